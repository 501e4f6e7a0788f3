package uk.partnership.portal.action;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.partnership.portal.account.Person;
import uk.partnership.portal.file.StoredFile;
import uk.partnership.portal.shared.BaseEntity;

/** A file that backs up a progress update (an audit summary, a signed protocol), checked as papers are. */
@Entity
@Table(name = "action_evidence")
public class ActionEvidence extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "update_id")
    private ActionUpdate update;

    @Embedded
    private StoredFile file;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @ManyToOne
    @JoinColumn(name = "uploaded_by")
    private Person uploadedBy;

    protected ActionEvidence() {
    }

    ActionEvidence(ActionUpdate update, StoredFile file, byte[] content, Person uploadedBy) {
        this.update = update;
        this.file = file;
        this.content = content;
        this.uploadedBy = uploadedBy;
    }

    public ActionUpdate getUpdate() {
        return update;
    }

    public StoredFile getFile() {
        return file;
    }

    public byte[] getContent() {
        return content;
    }
}
