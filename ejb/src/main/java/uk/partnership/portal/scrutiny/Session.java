package uk.partnership.portal.scrutiny;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import uk.partnership.portal.meeting.AgendaItem;
import uk.partnership.portal.meeting.Meeting;
import uk.partnership.portal.shared.BaseEntity;

/** A topic on a meeting's agenda: scoping, an evidence session with its witnesses, the report or the response. */
@Entity
@Table(name = "wp_session")
public class Session extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "topic_id")
    private Topic topic;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne
    @JoinColumn(name = "item_id")
    private AgendaItem item;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionPurpose purpose;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Witness> witnesses = new ArrayList<>();

    protected Session() {
    }

    Session(Topic topic, Meeting meeting, AgendaItem item, SessionPurpose purpose) {
        this.topic = topic;
        this.meeting = meeting;
        this.item = item;
        this.purpose = purpose;
    }

    void addWitness(Witness witness) {
        witnesses.add(witness);
    }

    public Topic getTopic() {
        return topic;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public AgendaItem getItem() {
        return item;
    }

    public SessionPurpose getPurpose() {
        return purpose;
    }

    public List<Witness> getWitnesses() {
        return witnesses;
    }
}
