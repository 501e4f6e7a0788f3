package uk.partnership.portal.paper;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.partnership.portal.account.Person;
import uk.partnership.portal.shared.BaseEntity;

/** A file of a paper. Replacing it adds a new revision; the earlier one is kept, marked superseded. */
@Entity
@Table(name = "attachment")
public class Attachment extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "paper_id")
    private Paper paper;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false)
    private int revision;

    @ManyToOne
    @JoinColumn(name = "replaces_id")
    private Attachment replaces;

    private boolean superseded;

    private boolean late;

    @ManyToOne
    @JoinColumn(name = "uploaded_by")
    private Person uploadedBy;

    protected Attachment() {
    }

    Attachment(Paper paper, String fileName, String contentType, byte[] content, String sha256, Attachment replaces,
               boolean late, Person uploadedBy) {
        this.paper = paper;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.replaces = replaces;
        this.revision = replaces == null ? 1 : replaces.revision + 1;
        this.late = late;
        this.uploadedBy = uploadedBy;
    }

    void supersede() {
        this.superseded = true;
    }

    public Paper getPaper() {
        return paper;
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

    public byte[] getContent() {
        return content;
    }

    public int getRevision() {
        return revision;
    }

    public Attachment getReplaces() {
        return replaces;
    }

    public boolean isSuperseded() {
        return superseded;
    }

    public boolean isLate() {
        return late;
    }
}
