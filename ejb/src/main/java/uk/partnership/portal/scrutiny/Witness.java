package uk.partnership.portal.scrutiny;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.partnership.portal.agency.Agency;
import uk.partnership.portal.shared.BaseEntity;

/** Someone giving evidence at a session, and the agency they speak for. */
@Entity
@Table(name = "wp_witness")
public class Witness extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    private Session session;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 200)
    private String role;

    @ManyToOne
    @JoinColumn(name = "agency_id")
    private Agency agency;

    protected Witness() {
    }

    Witness(Session session, String name, String role, Agency agency) {
        this.session = session;
        this.name = name;
        this.role = role;
        this.agency = agency;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public Agency getAgency() {
        return agency;
    }
}
