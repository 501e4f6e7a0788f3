package uk.partnership.portal.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import uk.partnership.portal.access.AccessLevel;
import uk.partnership.portal.access.Scope;
import uk.partnership.portal.account.Person;
import uk.partnership.portal.agency.Agency;
import uk.partnership.portal.body.Body;
import uk.partnership.portal.shared.BaseEntity;

/** One item of a meeting's agenda, with its own access level. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(nullable = false)
    private int position;

    @Column(name = "item_number", length = 20)
    private String itemNumber;

    @Column(nullable = false, length = 500)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemPurpose purpose;

    @Column(length = 300)
    private String presenter;

    @Enumerated(EnumType.STRING)
    @Column(name = "standard_kind", length = 30)
    private StandardItem standardKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "access_level", nullable = false, length = 20)
    private AccessLevel accessLevel = AccessLevel.PUBLIC;

    /** Schedule 12A, Local Government Act 1972: the paragraph that makes the item exempt. */
    @Column(name = "exempt_paragraph")
    private Integer exemptParagraph;

    /** What the public may read about an exempt item, if the secretary marks anything as publishable. */
    @Column(name = "public_title", length = 500)
    private String publicTitle;

    private boolean late;

    @Column(name = "urgency_reason")
    private String urgencyReason;

    @ManyToOne
    @JoinColumn(name = "urgency_agreed_by")
    private Person urgencyAgreedBy;

    /** Read for all the items of a list at once (one statement, not one per item). */
    @ManyToMany
    @org.eclipse.persistence.annotations.BatchFetch(org.eclipse.persistence.annotations.BatchFetchType.IN)
    @JoinTable(name = "agenda_item_agency", joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "agency_id"))
    private Set<Agency> namedAgencies = new HashSet<>();

    protected AgendaItem() {
    }

    AgendaItem(Meeting meeting, int position, String title, ItemPurpose purpose, StandardItem standardKind) {
        this.meeting = meeting;
        this.position = position;
        this.title = title;
        this.purpose = purpose;
        this.standardKind = standardKind;
        // A new item starts as private as its body: marking it public is the secretary's decision.
        this.accessLevel = meeting.getBody().getAccessLevel();
        if (accessLevel == AccessLevel.RESTRICTED) {
            this.namedAgencies = new HashSet<>(meeting.getBody().getNamedAgencies());
        }
    }

    /** Seen by those who may see both the item's own level and its body. */
    public Scope scope() {
        return new Scope(meeting.getBody().getId(), accessLevel,
                namedAgencies.stream().map(Agency::getId).collect(Collectors.toUnmodifiableSet()))
                .inside(meeting.getBody().scope());
    }

    /**
     * Gives an item referred here from {@code source} at least the protection its text had there: an exempt source
     * keeps its paragraph, a restricted one (item or body) keeps only the agencies both named, a members-only one
     * stays members-only. Only text the public could read may take this body's own level.
     */
    void carryAccessOf(AgendaItem source) {
        if (source.accessLevel == AccessLevel.EXEMPT) {
            restrict(AccessLevel.EXEMPT, source.exemptParagraph, source.publicTitle, Set.of());
            return;
        }
        Body from = source.meeting.getBody();
        AccessLevel strictest = AccessLevel.stricter(source.accessLevel, from.getAccessLevel());
        if (strictest == AccessLevel.PUBLIC) {
            return;
        }
        if (strictest == AccessLevel.RESTRICTED) {
            Set<Agency> agencies = new HashSet<>(source.accessLevel == AccessLevel.RESTRICTED ? source.namedAgencies
                    : from.getNamedAgencies());
            if (source.accessLevel == AccessLevel.RESTRICTED && from.getAccessLevel() == AccessLevel.RESTRICTED) {
                agencies.retainAll(from.getNamedAgencies());
            }
            if (!agencies.isEmpty()) {
                restrict(AccessLevel.RESTRICTED, null, null, agencies);
                return;
            }
            strictest = AccessLevel.PARTNERSHIP;
        }
        restrict(strictest, null, null, Set.of());
    }

    public boolean numbered() {
        return standardKind == null || standardKind.numbered();
    }

    void describe(String title, ItemPurpose purpose, String presenter) {
        this.title = title;
        this.purpose = purpose;
        this.presenter = presenter;
    }

    void restrict(AccessLevel level, Integer exemptParagraph, String publicTitle, Set<Agency> namedAgencies) {
        this.accessLevel = level;
        this.exemptParagraph = exemptParagraph;
        this.publicTitle = publicTitle;
        this.namedAgencies = new HashSet<>(namedAgencies);
    }

    void markLate(String urgencyReason, Person agreedBy) {
        this.late = true;
        this.urgencyReason = urgencyReason;
        this.urgencyAgreedBy = agreedBy;
    }

    void moveTo(int position) {
        this.position = position;
    }

    void number(String itemNumber) {
        this.itemNumber = itemNumber;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public int getPosition() {
        return position;
    }

    public String getItemNumber() {
        return itemNumber;
    }

    public String getTitle() {
        return title;
    }

    public ItemPurpose getPurpose() {
        return purpose;
    }

    public String getPresenter() {
        return presenter;
    }

    public StandardItem getStandardKind() {
        return standardKind;
    }

    public AccessLevel getAccessLevel() {
        return accessLevel;
    }

    public Integer getExemptParagraph() {
        return exemptParagraph;
    }

    public String getPublicTitle() {
        return publicTitle;
    }

    public boolean isLate() {
        return late;
    }

    public String getUrgencyReason() {
        return urgencyReason;
    }

    public Person getUrgencyAgreedBy() {
        return urgencyAgreedBy;
    }

    public Set<Agency> getNamedAgencies() {
        return Set.copyOf(namedAgencies);
    }
}
