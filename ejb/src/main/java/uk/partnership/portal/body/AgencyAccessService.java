package uk.partnership.portal.body;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.account.AccessLine;
import uk.partnership.portal.account.Person;
import uk.partnership.portal.agency.Agency;
import uk.partnership.portal.shared.NotFoundException;
import uk.partnership.portal.shared.PortalClock;

/** For an agency's administrators: who in the agency has access to which bodies, and why. */
@Stateless
@PermitAll
public class AgencyAccessService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @Inject
    PortalClock clock;

    /** Each person of the agency with their current seats; restricted bodies naming the agency open to all. */
    public List<AccessLine> accessReport(long agencyId) {
        if (em.find(Agency.class, agencyId) == null || !access.mayManagePeopleOf(access.caller(), agencyId)) {
            throw new NotFoundException();
        }
        Map<Long, AccessLine> lines = new LinkedHashMap<>();
        for (Person p : em.createNamedQuery("Person.ofAgency", Person.class).setParameter("agency", agencyId)
                .getResultList()) {
            lines.put(p.getId(), new AccessLine(p.getId(), p.getFullName(), p.isEnabled(), new ArrayList<>()));
        }
        LocalDate today = clock.today();
        em.createNamedQuery("Membership.currentOfAgency", Membership.class)
                .setParameter("agency", agencyId).setParameter("today", today)
                .getResultStream()
                .forEach(m -> lines.get(m.getPerson().getId()).seats()
                        .add(m.getBody().getName() + " (" + m.getRole().label() + ")"));
        List<String> grants = em.createQuery("""
                        select b.name from Body b join b.namedAgencies a
                        where a.id = :agency and b.accessLevel = uk.partnership.portal.access.AccessLevel.RESTRICTED
                        order by b.name""", String.class)
                .setParameter("agency", agencyId).getResultList();
        if (!grants.isEmpty()) {
            lines.values().forEach(line -> grants.forEach(g -> line.seats().add(g + " (restricted: whole agency)")));
        }
        return List.copyOf(lines.values());
    }

}
