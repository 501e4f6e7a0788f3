package uk.partnership.portal.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.partnership.portal.account.Person;
import uk.partnership.portal.agency.Agency;
import uk.partnership.portal.meeting.Meeting;
import uk.partnership.portal.shared.BaseEntity;

/** One line of a meeting's attendance: a member, a substitute, an officer or a guest. */
@Entity
@Table(name = "attendance")
public class Attendance extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(nullable = false)
    private String name;

    @ManyToOne
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttendanceKind kind;

    @ManyToOne
    @JoinColumn(name = "substitute_for")
    private Person substituteFor;

    private String note;

    protected Attendance() {
    }

    Attendance(Meeting meeting, Person person, String name, Agency agency, AttendanceKind kind, Person substituteFor,
               String note) {
        this.meeting = meeting;
        this.person = person;
        this.name = name;
        this.agency = agency;
        this.kind = kind;
        this.substituteFor = substituteFor;
        this.note = note;
    }

    public Person getPerson() {
        return person;
    }

    public String getName() {
        return name;
    }

    public Agency getAgency() {
        return agency;
    }

    public AttendanceKind getKind() {
        return kind;
    }

    public Person getSubstituteFor() {
        return substituteFor;
    }

    public String getNote() {
        return note;
    }
}
