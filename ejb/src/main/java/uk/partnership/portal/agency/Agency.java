package uk.partnership.portal.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import uk.partnership.portal.shared.BaseEntity;

/** A partner organisation: the council, a police force, a health body, a school, a charity. */
@Entity
@Table(name = "agency")
public class Agency extends BaseEntity {

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AgencyKind kind;

    protected Agency() {
    }

    public Agency(String name, AgencyKind kind) {
        this.name = name;
        this.kind = kind;
    }

    public void rename(String name, AgencyKind kind) {
        this.name = name;
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public AgencyKind getKind() {
        return kind;
    }
}
