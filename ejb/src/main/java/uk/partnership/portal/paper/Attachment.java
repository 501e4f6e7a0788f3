package uk.partnership.portal.paper;

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

/** A file of a paper. Replacing it adds a new revision; the earlier one is kept, marked superseded. */
@Entity
@Table(name = "attachment")
public class Attachment extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "paper_id")
    private Paper paper;

    @Embedded
    private StoredFile file;

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

    /** The file's words, for search (null when none could be read). */
    @Column(name = "extracted_text")
    private String extractedText;

    Attachment(Paper paper, StoredFile file, byte[] content, Attachment replaces, boolean late, Person uploadedBy) {
        this.paper = paper;
        this.file = file;
        this.content = content;
        this.replaces = replaces;
        this.revision = replaces == null ? 1 : replaces.revision + 1;
        this.late = late;
        this.uploadedBy = uploadedBy;
        this.extractedText = FileText.of(file.getContentType(), content);
    }

    void supersede() {
        this.superseded = true;
    }

    public Paper getPaper() {
        return paper;
    }

    public StoredFile getFile() {
        return file;
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
