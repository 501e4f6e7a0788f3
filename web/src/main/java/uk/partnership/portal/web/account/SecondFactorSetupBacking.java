package uk.partnership.portal.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import uk.partnership.portal.account.SecondFactor;
import uk.partnership.portal.account.SignedInPerson;
import uk.partnership.portal.web.security.PortalAuthenticationMechanism;
import uk.partnership.portal.web.support.PageActions;

/**
 * Setting up an authenticator app: the key as a QR code and as text, confirmed by a code from the app; then the
 * recovery codes, shown once. Those who run the portal are sent here before anything else until it is done.
 */
@Named
@ViewScoped
public class SecondFactorSetupBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SecondFactor secondFactor;

    private SecondFactor.Enrolment enrolment;
    private boolean enrolled;
    private String code;
    private List<String> recoveryCodes;

    public void load() {
        if (enrolment == null && recoveryCodes == null) {
            enrolled = secondFactor.enrolled();
            enrolment = secondFactor.begin();
        }
    }

    public void confirm() {
        List<String> codes = PageActions.attempt(() -> secondFactor.confirm(enrolment.secret(), code));
        code = null;
        if (codes != null) {
            recoveryCodes = codes;
            enrolled = true;
            HttpSession session = Faces.getRequest().getSession(false);
            if (session != null && session.getAttribute(PortalAuthenticationMechanism.SESSION_PERSON)
                    instanceof SignedInPerson person) {
                session.setAttribute(PortalAuthenticationMechanism.SESSION_PERSON, person.enrolFirst(false));
            }
        }
    }

    /** The key in groups of four, easier to type into an app by hand. */
    public String getGroupedSecret() {
        return enrolment == null ? "" : enrolment.secret().replaceAll("(.{4})(?!$)", "$1 ");
    }

    public SecondFactor.Enrolment getEnrolment() {
        return enrolment;
    }

    public boolean isEnrolled() {
        return enrolled;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }
}
