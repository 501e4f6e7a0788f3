package uk.partnership.portal.agency;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.audit.AuditAction;
import uk.partnership.portal.audit.AuditTrail;
import uk.partnership.portal.audit.Changes;
import uk.partnership.portal.shared.Choices;
import uk.partnership.portal.shared.ConflictException;
import uk.partnership.portal.shared.InvalidInputException;
import uk.partnership.portal.shared.Saving;
import uk.partnership.portal.shared.NotFoundException;

/** The partner agencies: anyone may list them; system administrators add, change and remove them. */
@Stateless
@PermitAll
public class AgencyService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @EJB
    AuditTrail audit;

    public List<AgencyView> listAgencies() {
        return em.createQuery("select a from Agency a order by a.name", Agency.class)
                .getResultStream().map(AgencyView::of).toList();
    }

    public AgencyView getAgency(long id) {
        return AgencyView.of(find(id));
    }

    public AgencyView createAgency(AgencyForm form) {
        access.requireSystemAdmin();
        String name = InvalidInputException.requireText(form.name(), "agency name", 200);
        AgencyKind kind = Choices.parse(AgencyKind.class, form.kind(), "Choose the kind of agency.");
        requireUniqueName(name, -1L);
        Agency agency = new Agency(name, kind);
        em.persist(agency);
        Saving.flush(em);
        audit.record(AuditAction.CREATE, "Agency", agency.getId(), name,
                Changes.of().set("name", name).set("kind", kind.name()));
        return AgencyView.of(agency);
    }

    public AgencyView updateAgency(long id, AgencyForm form) {
        Agency agency = find(id);
        access.requireSystemAdmin();
        ConflictException.requireVersion(agency.getVersion(), form.version());
        String name = InvalidInputException.requireText(form.name(), "agency name", 200);
        AgencyKind kind = Choices.parse(AgencyKind.class, form.kind(), "Choose the kind of agency.");
        requireUniqueName(name, id);
        Changes changes = Changes.of().field("name", agency.getName(), name).field("kind", agency.getKind().name(), kind.name());
        agency.rename(name, kind);
        Saving.flush(em);
        if (!changes.isEmpty()) {
            audit.record(AuditAction.UPDATE, "Agency", id, name, changes);
        }
        return AgencyView.of(agency);
    }

    /** Only an agency nobody belongs to or represents can go; otherwise history would lose its names. */
    public void deleteAgency(long id) {
        Agency agency = find(id);
        access.requireSystemAdmin();
        long people = em.createQuery("select count(p) from Person p where p.agency.id = :a", Long.class)
                .setParameter("a", id).getSingleResult();
        long seats = em.createQuery("select count(m) from Membership m where m.agency.id = :a", Long.class)
                .setParameter("a", id).getSingleResult();
        long grants = ((Number) em.createNativeQuery("select count(*) from body_agency_access where agency_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
        if (people + seats + grants > 0) {
            throw new ConflictException("This agency has people, seats or access grants, so it cannot be removed.");
        }
        em.createNativeQuery("delete from identity_provider where agency_id = ?1").setParameter(1, id).executeUpdate();
        em.remove(agency);
        audit.record(AuditAction.DELETE, "Agency", id, agency.getName(), Changes.of().field("name", agency.getName(), null));
    }

    private void requireUniqueName(String name, long self) {
        long same = em.createQuery("select count(a) from Agency a where lower(a.name) = lower(:n) and a.id <> :self",
                Long.class).setParameter("n", name).setParameter("self", self).getSingleResult();
        InvalidInputException.require(same == 0, "There is already an agency called " + name + ".");
    }

    private Agency find(long id) {
        Agency agency = em.find(Agency.class, id);
        if (agency == null) {
            throw new NotFoundException();
        }
        return agency;
    }
}
