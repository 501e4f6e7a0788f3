package uk.partnership.portal.access;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.partnership.portal.shared.ForbiddenException;
import uk.partnership.portal.shared.NotFoundException;
import uk.partnership.portal.shared.PortalClock;

/**
 * Decides what the caller may see. Every service that reads non-public data asks it first; the pages and the API
 * never decide for themselves.
 */
@Stateless
@DeclareRoles({Roles.USER, Roles.ADMIN, Roles.AGENCY_ADMIN})
public class AccessPolicy {

    @Resource
    SessionContext context;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    RequestCaller thisRequest;

    @Inject
    CallerCache callers;

    /**
     * The current caller: one statement per request checks the account and its access stamp; the person and their
     * seats come from {@link CallerCache} while the stamp has not moved. Only a caller the sign-in mechanism put in
     * the {@code user} group counts, so the container's name for an anonymous caller can never match an account; a
     * disabled account is anonymous from its next request.
     */
    public Caller caller() {
        String actingFor = ActingFor.username();
        if (actingFor != null) {
            return current(actingFor);
        }
        Principal principal = context.getCallerPrincipal();
        if (principal == null || !context.isCallerInRole(Roles.USER)) {
            return Caller.ANONYMOUS;
        }
        String name = principal.getName();
        try {
            Caller kept = thisRequest.kept(name);
            if (kept != null) {
                return kept;
            }
            Caller read = current(name);
            thisRequest.keep(name, read);
            return read;
        } catch (ContextNotActiveException outsideARequest) {
            return current(name);
        }
    }

    /**
     * The sign-in mechanism has just checked this person's account and read its stamp: this request's caller is
     * settled here, so the services it calls ask the database nothing more about who is asking.
     */
    public void accountChecked(String username, long personId, long stamp) {
        try {
            thisRequest.keep(username, cached(personId, stamp));
        } catch (ContextNotActiveException outsideARequest) {
            // nothing to keep: caller() reads for itself
        }
    }

    /** After a change to someone's seats or account in this request: the next question reads the caller afresh. */
    public void callerChanged() {
        try {
            thisRequest.forget();
        } catch (ContextNotActiveException outsideARequest) {
            // nothing kept
        }
    }

    private Caller current(String username) {
        Object[] account = em.createQuery("""
                        select p.id, p.accessStamp from Person p where p.username = :username and p.enabled = true""",
                        Object[].class)
                .setParameter("username", username)
                .getResultStream().findFirst().orElse(null);
        return account == null ? Caller.ANONYMOUS : cached((Long) account[0], (Long) account[1]);
    }

    private Caller cached(long personId, long stamp) {
        LocalDate today = clock.today();
        Caller known = callers.find(personId, stamp, today);
        if (known != null) {
            return known;
        }
        Object[] person = em.createQuery("""
                        select p.id, p.agency.id, p.systemAdmin, p.agencyAdmin, p.username, p.agency.name, p.accessStamp
                        from Person p where p.id = :id and p.enabled = true""", Object[].class)
                .setParameter("id", personId)
                .getResultStream().findFirst().orElse(null);
        if (person == null) {
            return Caller.ANONYMOUS;
        }
        List<Object[]> seats = em.createNamedQuery("Membership.currentSeats", Object[].class)
                .setParameter("person", personId)
                .setParameter("today", today)
                .getResultList();
        Set<Long> bodies = new HashSet<>();
        Set<Long> secretaryOf = new HashSet<>();
        for (Object[] seat : seats) {
            bodies.add((Long) seat[0]);
            if ("SECRETARY".equals(String.valueOf(seat[1]))) {
                secretaryOf.add((Long) seat[0]);
            }
        }
        Caller read = new Caller(personId, (Long) person[1], (Boolean) person[2], (Boolean) person[3],
                Set.copyOf(bodies), Set.copyOf(secretaryOf), (String) person[4], (String) person[5]);
        callers.keep((Long) person[6], today, read);
        return read;
    }

    /**
     * The one rule for reading: administrators see everything; public records everyone; anything else the
     * current members of its body; restricted records also the people of the agencies named on them. Exempt
     * (Part B) records are for current members only. A record inside another must pass both.
     * {@code Body.listVisible} is this rule written as a query.
     */
    public boolean maySee(Caller caller, Scope scope) {
        if (scope.within() != null && !maySee(caller, scope.within())) {
            return false;
        }
        if (caller.systemAdmin() || scope.level() == AccessLevel.PUBLIC || caller.sitsOn(scope.bodyId())) {
            return true;
        }
        return scope.level() == AccessLevel.RESTRICTED && caller.agencyId() != null
                && scope.namedAgencyIds().contains(caller.agencyId());
    }

    /** The caller, if a system administrator; otherwise refused. */
    public Caller requireSystemAdmin() {
        Caller caller = caller();
        if (!caller.systemAdmin()) {
            throw new ForbiddenException();
        }
        return caller;
    }

    /** Memberships and the body's own records are managed by its secretaries and by administrators. */
    public boolean mayManage(Caller caller, long bodyId) {
        return caller.systemAdmin() || caller.isSecretaryOf(bodyId);
    }

    /**
     * The one answer for changes to a body's records: not found when the caller may not see the body, refused
     * when they may see it but do not manage it.
     */
    public void requireManager(Caller caller, Scope bodyScope) {
        if (!maySee(caller, bodyScope)) {
            throw new NotFoundException();
        }
        if (!mayManage(caller, bodyScope.bodyId())) {
            throw new ForbiddenException();
        }
    }

    /** An agency's people are managed by that agency's administrators and by system administrators. */
    public boolean mayManagePeopleOf(Caller caller, long agencyId) {
        return caller.systemAdmin() || (caller.agencyAdmin() && caller.agencyId() != null
                && caller.agencyId() == agencyId);
    }
}
