package uk.partnership.portal.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.partnership.portal.body.Body;
import uk.partnership.portal.meeting.AgendaItem;
import uk.partnership.portal.shared.BaseEntity;

/** A resolution within an item's minute; a referral names the body it goes to and the item it became there. */
@Entity
@Table(name = "decision")
public class Decision extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id")
    private AgendaItem item;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DecisionKind kind;

    @Column(nullable = false)
    private String text;

    @ManyToOne
    @JoinColumn(name = "target_body_id")
    private Body targetBody;

    @ManyToOne
    @JoinColumn(name = "referral_item_id")
    private AgendaItem referralItem;

    protected Decision() {
    }

    Decision(AgendaItem item, DecisionKind kind, String text, Body targetBody, AgendaItem referralItem) {
        this.item = item;
        this.kind = kind;
        this.text = text;
        this.targetBody = targetBody;
        this.referralItem = referralItem;
    }

    public AgendaItem getItem() {
        return item;
    }

    public DecisionKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public Body getTargetBody() {
        return targetBody;
    }

    /** A referral waiting on the receiving body's list is placed on one of its agendas. */
    void place(AgendaItem item) {
        this.referralItem = item;
        markModified();
    }

    public AgendaItem getReferralItem() {
        return referralItem;
    }
}
