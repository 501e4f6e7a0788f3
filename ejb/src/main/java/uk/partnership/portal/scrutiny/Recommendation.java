package uk.partnership.portal.scrutiny;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import uk.partnership.portal.agency.Agency;
import uk.partnership.portal.shared.BaseEntity;
import uk.partnership.portal.shared.InvalidInputException;

/** A numbered recommendation of a review's final report, the agency it is addressed to, and the response. */
@Entity
@Table(name = "wp_recommendation")
public class Recommendation extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "topic_id")
    private Topic topic;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private String text;

    @ManyToOne
    @JoinColumn(name = "addressed_agency_id")
    private Agency addressedTo;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ResponseKind response;

    @Column(name = "response_reason")
    private String responseReason;

    @Column(name = "responded_on")
    private LocalDate respondedOn;

    protected Recommendation() {
    }

    Recommendation(Topic topic, int number, String text, Agency addressedTo) {
        this.topic = topic;
        this.number = number;
        this.text = text;
        this.addressedTo = addressedTo;
    }

    void respond(ResponseKind kind, String reason, LocalDate on) {
        InvalidInputException.require(kind == ResponseKind.ACCEPTED || reason != null,
                "Give the executive's reason when a recommendation is only partly accepted or rejected.");
        this.response = kind;
        this.responseReason = reason;
        this.respondedOn = on;
    }

    public Topic getTopic() {
        return topic;
    }

    public int getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }

    public Agency getAddressedTo() {
        return addressedTo;
    }

    public ResponseKind getResponse() {
        return response;
    }

    public String getResponseReason() {
        return responseReason;
    }

    public LocalDate getRespondedOn() {
        return respondedOn;
    }
}
