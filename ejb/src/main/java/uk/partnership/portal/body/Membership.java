package uk.partnership.portal.body;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import uk.partnership.portal.account.Person;
import uk.partnership.portal.agency.Agency;
import uk.partnership.portal.shared.BaseEntity;
import uk.partnership.portal.shared.LondonTime;

/**
 * A person's seat on a body for a term, representing an agency. Ended memberships are kept: past members stay in
 * past minutes.
 */
@Entity
@Table(name = "membership")
@NamedQueries({
    @NamedQuery(name = "Membership.currentSeats", query = """
            select m.body.id, m.role from Membership m
            where m.person.id = :person and m.startsOn <= :today and (m.endsOn is null or m.endsOn >= :today)
              and m.endedAt is null"""),
    @NamedQuery(name = "Membership.ofBody", query = """
            select m from Membership m join fetch m.person join fetch m.agency
            where m.body.id = :body order by m.role, m.person.fullName"""),
    @NamedQuery(name = "Membership.currentOfPerson", query = """
            select m from Membership m join fetch m.body
            where m.person.id = :person and m.startsOn <= :today and (m.endsOn is null or m.endsOn >= :today)
              and m.endedAt is null
            order by m.body.name"""),
    @NamedQuery(name = "Membership.currentOfAgency", query = """
            select m from Membership m join fetch m.body
            where m.person.agency.id = :agency and m.startsOn <= :today and (m.endsOn is null or m.endsOn >= :today)
              and m.endedAt is null
            order by m.body.name"""),
    @NamedQuery(name = "Membership.overlapping", query = """
            select count(m) from Membership m
            where m.body.id = :body and m.person.id = :person and m.id <> :self
              and m.startsOn <= :until and (m.endsOn is null or m.endsOn >= :from)
              and not (m.endedAt is not null and m.endsOn = :from)""")
})
public class Membership extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "body_id")
    private Body body;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    /** The agency the person represents on this body, which need not be their employer. */
    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MembershipRole role;

    @Column(nullable = false)
    private boolean voting = true;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    /** When a seat was ended with effect from that moment; it stops counting at once, not at midnight. */
    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    protected Membership() {
    }

    public Membership(Body body, Person person, Agency agency, MembershipRole role, LocalDate startsOn) {
        this.body = body;
        this.person = person;
        this.agency = agency;
        this.role = role;
        this.startsOn = startsOn;
    }

    /**
     * Changes the terms of the seat; the service has checked rights, version and overlaps. An end date of today or
     * earlier ends the seat at {@code now}; a later one (or none) leaves it running until then.
     */
    public void change(MembershipRole role, Agency agency, boolean voting, LocalDate startsOn, LocalDate endsOn,
                       OffsetDateTime now) {
        this.role = role;
        this.agency = agency;
        this.voting = voting;
        this.startsOn = startsOn;
        if (endsOn == null || endsOn.isAfter(LondonTime.dateOf(now))) {
            endedAt = null;
        } else if (!endsOn.equals(this.endsOn)) {
            endedAt = now;
        }
        this.endsOn = endsOn;
    }

    /** Whether the seat counted on {@code day}; a seat ended during a day no longer counts on that day. */
    public boolean isCurrentOn(LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day))
                && (endedAt == null || day.isBefore(LondonTime.dateOf(endedAt)));
    }

    public Body getBody() {
        return body;
    }

    public Person getPerson() {
        return person;
    }

    public Agency getAgency() {
        return agency;
    }

    public MembershipRole getRole() {
        return role;
    }

    public boolean isVoting() {
        return voting;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }
}
