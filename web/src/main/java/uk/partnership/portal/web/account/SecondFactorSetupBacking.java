package uk.partnership.portal.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import uk.partnership.portal.account.Passkeys;
import uk.partnership.portal.account.SecondFactor;
import uk.partnership.portal.account.SignedInPerson;
import uk.partnership.portal.web.security.PasskeySite;
import uk.partnership.portal.web.security.PortalAuthenticationMechanism;
import uk.partnership.portal.web.support.PageActions;

/**
 * The caller's second factor: passkeys (added by the browser, named, listed, removed) and an authenticator app (the
 * key as a QR code and as text, confirmed by a code from the app); the recovery codes are shown once, when a second
 * factor is first set up or the app is set up again. Those who run the portal are sent here before anything else
 * until one is set up.
 */
@Named
@ViewScoped
public class SecondFactorSetupBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SecondFactor secondFactor;

    @Inject
    Passkeys passkeys;

    private SecondFactor.Enrolment enrolment;
    private Passkeys.Ceremony creation;
    private List<Passkeys.Summary> mine;
    private boolean enrolled;
    private boolean appEnrolled;
    private String code;
    private String passkeyName;
    private String passkeyResponse;
    private List<String> recoveryCodes;

    public void load() {
        if (enrolment == null && recoveryCodes == null) {
            enrolment = secondFactor.begin();
            refresh();
        }
    }

    public void confirm() {
        List<String> codes = PageActions.attempt(() -> secondFactor.confirm(enrolment.secret(), code));
        code = null;
        if (codes != null) {
            recoveryCodes = codes;
            appEnrolled = true;
            secondFactorSetUp();
        }
    }

    public void addPasskey() {
        String response = passkeyResponse;
        passkeyResponse = null;
        List<String> codes = PageActions.attempt(() -> passkeys.register(PasskeySite.of(Faces.getRequest()),
                creation.challenge(), response, passkeyName));
        if (codes == null) {
            creation = passkeys.creation(PasskeySite.of(Faces.getRequest()));
            return;
        }
        Messages.addGlobalInfo("Your passkey “{0}” is added: use it the next time you sign in.",
                passkeyName == null || passkeyName.isBlank() ? "Passkey" : passkeyName.strip());
        passkeyName = null;
        if (!codes.isEmpty()) {
            recoveryCodes = codes;
        }
        secondFactorSetUp();
        refresh();
    }

    public void removePasskey(long id) {
        if (PageActions.run(() -> passkeys.remove(id))) {
            Messages.addGlobalInfo("The passkey is removed.");
        }
        refresh();
    }

    private void refresh() {
        enrolled = secondFactor.enrolled();
        appEnrolled = secondFactor.appEnrolled();
        mine = passkeys.mine();
        creation = passkeys.creation(PasskeySite.of(Faces.getRequest()));
    }

    /** The session's person need not be sent here again. */
    private void secondFactorSetUp() {
        enrolled = true;
        HttpSession session = Faces.getRequest().getSession(false);
        if (session != null && session.getAttribute(PortalAuthenticationMechanism.SESSION_PERSON)
                instanceof SignedInPerson person) {
            session.setAttribute(PortalAuthenticationMechanism.SESSION_PERSON, person.enrolFirst(false));
        }
    }

    /** The key in groups of four, easier to type into an app by hand. */
    public String getGroupedSecret() {
        return enrolment == null ? "" : enrolment.secret().replaceAll("(.{4})(?!$)", "$1 ");
    }

    public SecondFactor.Enrolment getEnrolment() {
        return enrolment;
    }

    public String getPasskeyOptions() {
        return creation == null ? null : creation.options();
    }

    public List<Passkeys.Summary> getPasskeys() {
        return mine;
    }

    public boolean isEnrolled() {
        return enrolled;
    }

    public boolean isAppEnrolled() {
        return appEnrolled;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPasskeyName() {
        return passkeyName;
    }

    public void setPasskeyName(String passkeyName) {
        this.passkeyName = passkeyName;
    }

    public String getPasskeyResponse() {
        return passkeyResponse;
    }

    public void setPasskeyResponse(String passkeyResponse) {
        this.passkeyResponse = passkeyResponse;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }
}
