package uk.partnership.portal.improvement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;
import uk.partnership.portal.shared.BaseEntity;

/** A numbered finding or recommendation of an inspection letter; plan priorities and actions answer it. */
@Entity
@Table(name = "inspection_finding")
public class Finding extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "inspection_id")
    private Inspection inspection;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FindingKind kind;

    @Column(nullable = false)
    private String text;

    protected Finding() {
    }

    Finding(Inspection inspection, int number, FindingKind kind, String text) {
        this.inspection = inspection;
        this.number = number;
        this.kind = kind;
        this.text = text;
    }

    public Inspection getInspection() {
        return inspection;
    }

    public int getNumber() {
        return number;
    }

    public FindingKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    /** "Recommendation 2 of Inspection of local authority children's services: Ensure that …", on a plan. */
    public String label() {
        return kind.label() + " " + number + " of " + inspection.getTitle() + ": " + text;
    }

    /** The same, inspection first, for a list to choose from. */
    public String optionLabel() {
        return inspection.getTitle() + ", " + kind.label().toLowerCase(Locale.UK) + " " + number + ": " + text;
    }
}
