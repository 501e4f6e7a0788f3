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

    protected Minute() {
    }

    void write(String sanitisedHtml) {
        this.textHtml = sanitisedHtml;
        this.revision++;
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
