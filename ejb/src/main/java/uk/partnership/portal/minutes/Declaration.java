package uk.partnership.portal.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.partnership.portal.account.Person;
import uk.partnership.portal.meeting.AgendaItem;
import uk.partnership.portal.meeting.Meeting;
import uk.partnership.portal.shared.BaseEntity;

/** A declaration of interest made at a meeting, on an item or in general. */
@Entity
@Table(name = "declaration")
public class Declaration extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne
    @JoinColumn(name = "item_id")
    private AgendaItem item;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String text;

    protected Declaration() {
    }

    Declaration(Meeting meeting, Person person, AgendaItem item, String kind, String text) {
        this.meeting = meeting;
        this.person = person;
        this.item = item;
        this.kind = kind;
        this.text = text;
    }

    public Person getPerson() {
        return person;
    }

    public AgendaItem getItem() {
        return item;
    }

    public String getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }
}
