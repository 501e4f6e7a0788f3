package uk.partnership.portal.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import uk.partnership.portal.account.SignedInPerson;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.access.Roles;

/** The signed-in person for page headers; null-safe for anonymous visitors. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    @Inject
    BodyService bodies;

    private Boolean secretary;

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null && person() != null;
    }

    public String getName() {
        SignedInPerson person = person();
        return person == null ? "" : person.fullName();
    }

    public boolean isAgencyAdmin() {
        return request.isUserInRole(Roles.AGENCY_ADMIN);
    }

    public long getAgencyId() {
        SignedInPerson person = person();
        return person == null ? -1 : person.agencyId();
    }

    /** Looks after at least one body (or administers them all): reads the seats afresh, like every check. */
    public boolean isSecretary() {
        if (secretary == null) {
            secretary = isSignedIn() && bodies.managesAnyBody();
        }
        return secretary;
    }

    public boolean isAdmin() {
        return request.isUserInRole(Roles.ADMIN);
    }

    private SignedInPerson person() {
        HttpSession session = request.getSession(false);
        return session == null ? null
                : session.getAttribute(PortalAuthenticationMechanism.SESSION_PERSON) instanceof SignedInPerson p ? p : null;
    }
}
