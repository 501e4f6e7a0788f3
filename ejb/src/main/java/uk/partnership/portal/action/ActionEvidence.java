package uk.partnership.portal.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.partnership.portal.account.Person;
import uk.partnership.portal.shared.BaseEntity;

/** A file that backs up a progress update (an audit summary, a signed protocol), checked as papers are. */
@Entity
@Table(name = "action_evidence")
public class ActionEvidence extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "update_id")
    private ActionUpdate update;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false)
    private byte[] content;

    @ManyToOne
    @JoinColumn(name = "uploaded_by")
    private Person uploadedBy;

    protected ActionEvidence() {
    }

    ActionEvidence(ActionUpdate update, String fileName, String contentType, byte[] content, String sha256,
                   Person uploadedBy) {
        this.update = update;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
    }

    public ActionUpdate getUpdate() {
        return update;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content;
    }
}
