package uk.partnership.portal.file;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import uk.partnership.portal.shared.Sha256;

/**
 * What the portal keeps about any uploaded file — a paper's attachment or an action's evidence — in the same columns
 * wherever it is stored: the safe name, the type read from the content, the size and the SHA-256. The bytes stay a
 * lazily loaded column of the owning entity, so lists never load them. {@link #checked} is the one way in: the
 * upload rules of {@link FileCheck}, then the hash.
 */
@Embeddable
public class StoredFile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    protected StoredFile() {
    }

    private StoredFile(String fileName, String contentType, long sizeBytes, String sha256) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
    }

    /** An upload, refused (with the reason) unless its name, size and content pass the checks. */
    static StoredFile checked(String fileName, byte[] content, long maxBytes) {
        byte[] bytes = content == null ? new byte[0] : content;
        String name = FileCheck.safeName(fileName);
        return new StoredFile(name, FileCheck.contentType(name, bytes, maxBytes), bytes.length, Sha256.hex(bytes));
    }

    /** The file with its bytes, for a download. */
    public FileContent withContent(byte[] bytes) {
        return new FileContent(fileName, contentType, sha256, bytes);
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }
}
