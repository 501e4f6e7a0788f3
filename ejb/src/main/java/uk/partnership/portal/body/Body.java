package uk.partnership.portal.body;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import uk.partnership.portal.access.AccessLevel;
import uk.partnership.portal.access.Scope;
import uk.partnership.portal.agency.Agency;
import uk.partnership.portal.shared.BaseEntity;

/** A board, panel, committee or sub-group. */
@Entity
@Table(name = "body")
@NamedQueries({
    @NamedQuery(name = "Body.listAll", query = "select b from Body b left join fetch b.parent order by b.name"),
    @NamedQuery(name = "Body.listVisible", query = """
            select b from Body b left join fetch b.parent
            where b.accessLevel = uk.partnership.portal.access.AccessLevel.PUBLIC or b.id in :mine
               or (b.accessLevel = uk.partnership.portal.access.AccessLevel.RESTRICTED
                   and exists (select a from Body b2 join b2.namedAgencies a where b2 = b and a.id = :agency))
            order by b.name""")
})
public class Body extends BaseEntity {

    @Column(nullable = false, unique = true, length = 300)
    private String name;

    @Column(name = "short_name", nullable = false, unique = true, length = 20)
    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private BodyKind kind;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Body parent;

    @Column(name = "terms_of_reference")
    private String termsOfReference;

    @Column(name = "meeting_frequency", length = 100)
    private String meetingFrequency;

    private Integer quorum;

    /** Council committees follow the access-to-information rules (publication deadlines, exempt items). */
    @Column(name = "access_to_information", nullable = false)
    private boolean accessToInformation;

    @Enumerated(EnumType.STRING)
    @Column(name = "access_level", nullable = false, length = 20)
    private AccessLevel accessLevel = AccessLevel.PARTNERSHIP;

    /** For restricted bodies: the agencies whose people may see it without sitting on it. */
    /** Read for all the bodies of a list at once (one statement, not one per body). */
    @ManyToMany
    @org.eclipse.persistence.annotations.BatchFetch(org.eclipse.persistence.annotations.BatchFetchType.IN)
    @JoinTable(name = "body_agency_access", joinColumns = @JoinColumn(name = "body_id"),
            inverseJoinColumns = @JoinColumn(name = "agency_id"))
    private Set<Agency> namedAgencies = new HashSet<>();

    protected Body() {
    }

    public Body(String name, String shortName, BodyKind kind, AccessLevel accessLevel) {
        this.name = name;
        this.shortName = shortName;
        this.kind = kind;
        this.accessLevel = accessLevel;
    }

    /** Changes how the body works; the version check stops a stale copy overwriting a newer one. */
    public void describe(String termsOfReference, String meetingFrequency, Integer quorum) {
        this.termsOfReference = termsOfReference;
        this.meetingFrequency = meetingFrequency;
        this.quorum = quorum;
    }

    public Scope scope() {
        return new Scope(getId(), accessLevel,
                namedAgencies.stream().map(Agency::getId).collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * Who may read the body's own working records — actions, indicators, plans, inspections, risks: its current
     * members, for a restricted body also its named agencies, and {@code owningAgencyId} (the agency a record belongs
     * to; null for none). Never the public, whatever the body's own level.
     */
    public Scope workingScope(Long owningAgencyId) {
        Set<Long> agencies = new HashSet<>(accessLevel == AccessLevel.RESTRICTED ? scope().namedAgencyIds() : Set.of());
        if (owningAgencyId != null) {
            agencies.add(owningAgencyId);
        }
        return new Scope(getId(), AccessLevel.RESTRICTED, Set.copyOf(agencies));
    }

    /** Changes what the body is; the caller has checked the rights and the version. */
    public void rename(String name, String shortName, BodyKind kind, Body parent) {
        this.name = name;
        this.shortName = shortName;
        this.kind = kind;
        this.parent = parent;
    }

    public void setAccess(AccessLevel accessLevel, boolean accessToInformation, Set<Agency> namedAgencies) {
        this.accessLevel = accessLevel;
        this.accessToInformation = accessToInformation;
        this.namedAgencies = new HashSet<>(namedAgencies);
    }

    public Set<Agency> getNamedAgencies() {
        return Set.copyOf(namedAgencies);
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public BodyKind getKind() {
        return kind;
    }

    public Body getParent() {
        return parent;
    }

    public String getTermsOfReference() {
        return termsOfReference;
    }

    public String getMeetingFrequency() {
        return meetingFrequency;
    }

    public Integer getQuorum() {
        return quorum;
    }

    public boolean isAccessToInformation() {
        return accessToInformation;
    }

    public AccessLevel getAccessLevel() {
        return accessLevel;
    }
}
