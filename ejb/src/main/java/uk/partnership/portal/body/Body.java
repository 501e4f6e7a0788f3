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
import uk.partnership.portal.access.AccessLevel;
import uk.partnership.portal.shared.BaseEntity;

/** A board, panel, committee or sub-group. */
@Entity
@Table(name = "body")
@NamedQueries({
    @NamedQuery(name = "Body.listAll", query = "select b from Body b left join fetch b.parent order by b.name"),
    @NamedQuery(name = "Body.listVisible", query = """
            select b from Body b left join fetch b.parent
            where b.accessLevel = :public or b.id in :mine
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
