package uk.partnership.portal.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import uk.partnership.portal.meeting.AgendaItem;
import uk.partnership.portal.shared.BaseEntity;

/** The minute of one agenda item: sanitised HTML and a revision number that every save moves on by one. */
@Entity
@Table(name = "minute")
public class Minute extends BaseEntity {

    @OneToOne(optional = false)
    @JoinColumn(name = "item_id")
    private AgendaItem item;

    @Column(name = "text_html", nullable = false)
    private String textHtml = "";

    @Column(nullable = false)
    private int revision;

    @jakarta.persistence.Transient
    private boolean correcting;

    protected Minute() {
    }

    void write(String sanitisedHtml) {
        if (item.getMeeting().getMinutesStatus() == uk.partnership.portal.meeting.MinutesStatus.APPROVED
                && !correcting) {
            throw new uk.partnership.portal.shared.InvalidInputException("These minutes were approved as a correct "
                    + "record and are locked. Record a correction with its reason instead.");
        }
        this.textHtml = sanitisedHtml;
        this.revision++;
    }

    void correct(String sanitisedHtml) {
        correcting = true;
        try {
            write(sanitisedHtml);
        } finally {
            correcting = false;
        }
    }

    public AgendaItem getItem() {
        return item;
    }

    public String getTextHtml() {
        return textHtml;
    }

    public int getRevision() {
        return revision;
    }
}
