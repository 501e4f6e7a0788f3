package uk.partnership.portal.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
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

    private static final SecureRandom RANDOM = new SecureRandom();
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

    /** What an administrator passes on to the new holder: the one-time link's token and its expiry. */
    public record Invitation(PersonView person, String token, OffsetDateTime expiresAt) {
    }

    public List<PersonView> peopleOf(long agencyId) {
        requirePeopleOf(access.caller(), agencyId);
        return em.createNamedQuery("Person.ofAgency", Person.class).setParameter("agency", agencyId)
                .getResultStream().map(PersonView::of).toList();
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
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        OffsetDateTime expires = clock.now().plusDays(7);
        person.invite(ApiTokenService.sha256(token), expires);
        em.persist(person);
        Saving.flush(em);
        audit.record(AuditAction.CREATE, "Person", person.getId(), "Invited " + fullName, Changes.of()
                .set("username", username).set("fullName", fullName).set("email", email)
                .set("jobTitle", jobTitle).set("agency", agency.getName()));
        return new Invitation(PersonView.of(person), token, expires);
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
