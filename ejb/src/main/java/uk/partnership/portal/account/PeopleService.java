package uk.partnership.portal.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.agency.Agency;
import uk.partnership.portal.audit.AuditAction;
import uk.partnership.portal.audit.AuditTrail;
import uk.partnership.portal.audit.Changes;
import uk.partnership.portal.shared.ConflictException;
import uk.partnership.portal.shared.ForbiddenException;
import uk.partnership.portal.shared.InvalidInputException;
import uk.partnership.portal.shared.NotFoundException;
import uk.partnership.portal.shared.PortalClock;
import uk.partnership.portal.shared.Saving;

/**
 * Accounts, managed by each agency for its own people: invite, disable, re-enable, and see who has access to
 * what. System administrators may do this for every agency. Accounts are disabled, never deleted.
 */
@Stateless
@PermitAll
public class PeopleService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,99}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @EJB
    AuditTrail audit;

    @Inject
    PasswordHasher hasher;

    @Inject
    PortalClock clock;

    @Inject
    Event<PersonInvited> invited;

    /** With mail on, the activation link goes to the new holder by e-mail and is never shown to anyone else. */
    @Inject
    @ConfigProperty(name = "portal.mail.enabled", defaultValue = "false")
    boolean mailEnabled;

    /**
     * The new account and how its holder learns of it: with mail on, the link goes by e-mail only (no token here);
     * without mail, the one-time link's token and expiry for the administrator to pass on.
     */
    public record Invitation(PersonView person, String token, OffsetDateTime expiresAt, boolean mailed) {
    }

    public List<PersonView> peopleOf(long agencyId) {
        requirePeopleOf(access.caller(), agencyId);
        return em.createNamedQuery("Person.ofAgency", Person.class).setParameter("agency", agencyId)
                .getResultStream().map(PersonView::of).toList();
    }

    /** For an agency's administrators: invitations not yet taken up, and people whose every seat has ended. */
    public record Attention(List<PersonView> invited, List<PersonView> seatsEnded) implements java.io.Serializable {

        public static final Attention NOTHING = new Attention(List.of(), List.of());

        public boolean nothing() {
            return invited.isEmpty() && seatsEnded.isEmpty();
        }
    }

    /** What the caller's agency's accounts need of its administrator; nothing for anyone else. */
    public Attention attention() {
        Caller caller = access.caller();
        if (!caller.agencyAdmin() || caller.agencyId() == null) {
            return Attention.NOTHING;
        }
        List<PersonView> invited = em.createQuery("select p from Person p where p.agency.id = :agency and p.enabled = true"
                        + " and p.invitationHash is not null order by p.fullName", Person.class)
                .setParameter("agency", caller.agencyId()).getResultStream().map(PersonView::of).toList();
        @SuppressWarnings("unchecked")
        List<Number> ended = em.createNativeQuery("""
                        select p.id from person p where p.agency_id = ?1 and p.enabled
                          and exists (select 1 from membership m where m.person_id = p.id)
                          and not exists (select 1 from membership m where m.person_id = p.id
                              and (m.ends_on is null or m.ends_on >= ?2) and (m.ended_at is null or m.ended_at > ?3))
                        order by p.full_name""")
                .setParameter(1, caller.agencyId()).setParameter(2, clock.today()).setParameter(3, clock.now())
                .getResultList();
        List<PersonView> seatsEnded = ended.isEmpty() ? List.of() : em.createQuery("select p from Person p where "
                        + "p.id in :ids order by p.fullName", Person.class)
                .setParameter("ids", ended.stream().map(Number::longValue).toList()).getResultStream()
                .map(PersonView::of).toList();
        return new Attention(invited, seatsEnded);
    }

    public PersonView getPerson(long personId) {
        return PersonView.of(visiblePerson(access.caller(), personId));
    }

    public Invitation invite(long agencyId, InviteForm form) {
        Agency agency = requirePeopleOf(access.caller(), agencyId);
        String username = Person.normalise(form.username());
        InvalidInputException.require(USERNAME.matcher(username).matches(), "Choose a username of 2 to 100 "
                + "characters: lower-case letters, digits, dots, hyphens or underscores, starting with a letter or digit.");
        InvalidInputException.require(!"anonymous".equals(username), "That username is reserved.");
        String fullName = InvalidInputException.requireText(form.fullName(), "full name", 200);
        String email = InvalidInputException.requireText(form.email(), "e-mail address", 320);
        InvalidInputException.require(EMAIL.matcher(email).matches(), "Enter the e-mail address as name@example.org.");
        String jobTitle = InvalidInputException.optionalText(form.jobTitle(), "job title", 200);
        long taken = em.createQuery("select count(p) from Person p where p.username = :u", Long.class)
                .setParameter("u", username).getSingleResult();
        InvalidInputException.require(taken == 0, "The username " + username + " is already in use; choose another.");

        Person person = new Person(username, fullName, agency);
        person.describe(fullName, email, jobTitle);
        OffsetDateTime expires = clock.now().plusDays(7);
        String token = person.issueInvitation(expires);
        em.persist(person);
        Saving.flush(em);
        audit.record(AuditAction.CREATE, "Person", person.getId(), "Invited " + fullName, Changes.of()
                .set("username", username).set("fullName", fullName).set("email", email)
                .set("jobTitle", jobTitle).set("agency", agency.getName()));
        if (mailEnabled) {
            invited.fire(new PersonInvited(person.getId()));
            return new Invitation(PersonView.of(person), null, null, true);
        }
        return new Invitation(PersonView.of(person), token, expires, false);
    }

    public PersonView setEnabled(long personId, boolean enabled, Long version) {
        Caller caller = access.caller();
        Person person = visiblePerson(caller, personId);
        if (!access.mayManagePeopleOf(caller, person.getAgency().getId())) {
            throw new ForbiddenException();
        }
        ConflictException.requireVersion(person.getVersion(), version);
        if (!enabled && person.getId().equals(caller.personId())) {
            throw new InvalidInputException("You cannot disable your own account.");
        }
        if (person.isEnabled() != enabled) {
            person.setEnabled(enabled);
            if (!enabled) {
                em.createQuery("delete from ApiToken t where t.person = :p").setParameter("p", person).executeUpdate();
            }
            Saving.flush(em);
            audit.record(AuditAction.UPDATE, "Person", personId, (enabled ? "Re-enabled " : "Disabled ")
                    + person.getFullName(), Changes.of().field("enabled", !enabled, enabled));
        }
        return PersonView.of(person);
    }

    public void deletePerson(long personId) {
        visiblePerson(access.caller(), personId);
        throw new ForbiddenException("Accounts are disabled, not deleted, so everything they did stays attributable.");
    }

    /** Sets the password through a one-time invitation link. Needs no sign-in; the token is the proof. */
    public void activate(String token, char[] password) {
        Person person = token == null || token.isBlank() ? null
                : em.createNamedQuery("Person.findByInvitation", Person.class)
                        .setParameter("hash", ApiTokenService.sha256(token.strip()))
                        .getResultStream().findFirst().orElse(null);
        InvalidInputException.require(person != null && person.getInvitationExpiresAt() != null
                        && person.getInvitationExpiresAt().isAfter(clock.now()),
                "This invitation link is not valid or has expired. Ask your agency's administrator for a new one.");
        PasswordPolicy.problemWith(password, person.getUsername(), person.getFullName(), person.getEmail())
                .ifPresent(problem -> {
                    throw new InvalidInputException(problem);
                });
        person.activate(hasher.hash(password));
        Saving.flush(em);
        audit.recordSignIn(AuditAction.UPDATE, person.auditActor(), null);
    }

    private Agency requirePeopleOf(Caller caller, long agencyId) {
        Agency agency = em.find(Agency.class, agencyId);
        if (agency == null || !access.mayManagePeopleOf(caller, agencyId)) {
            throw new NotFoundException();
        }
        return agency;
    }

    /** Holders see themselves; their agency's administrators and system administrators see them too. */
    private Person visiblePerson(Caller caller, long personId) {
        Person person = em.find(Person.class, personId);
        if (person == null || !(person.getId().equals(caller.personId())
                || access.mayManagePeopleOf(caller, person.getAgency().getId()))) {
            throw new NotFoundException();
        }
        return person;
    }
}
