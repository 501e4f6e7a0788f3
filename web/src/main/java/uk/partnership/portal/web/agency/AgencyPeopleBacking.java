package uk.partnership.portal.web.agency;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import uk.partnership.portal.account.AccessLine;
import uk.partnership.portal.account.InviteForm;
import uk.partnership.portal.account.PeopleService;
import uk.partnership.portal.account.PersonView;
import uk.partnership.portal.account.ProviderForm;
import uk.partnership.portal.account.ProviderView;
import uk.partnership.portal.account.SignOnService;
import uk.partnership.portal.agency.AgencyService;
import uk.partnership.portal.agency.AgencyView;
import uk.partnership.portal.body.AgencyAccessService;
import uk.partnership.portal.web.security.CurrentUser;
import uk.partnership.portal.web.security.SignOn;
import uk.partnership.portal.web.support.PageActions;

/** An agency's own people, for its administrators: invite, disable, re-enable, and who has access to what. */
@Named
@ViewScoped
public class AgencyPeopleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PeopleService people;

    @Inject
    AgencyAccessService agencyAccess;

    @Inject
    AgencyService agencies;

    @Inject
    SignOnService signOn;

    @Inject
    CurrentUser currentUser;

    @Inject
    SignOn signOnClient;

    private String id;
    private AgencyView agency;
    private List<PersonView> accounts;
    private List<AccessLine> access;

    private String username;
    private String fullName;
    private String email;
    private String jobTitle;
    private String invitationLink;

    private ProviderView provider;
    private String issuer;
    private String clientId;
    private String emailDomains;

    public void load() {
        if (agency != null) {
            return;
        }
        accounts = PageActions.loadOrNotFound(() -> people.peopleOf(PageActions.id(id)));
        if (accounts != null) {
            agency = agencies.getAgency(PageActions.id(id));
            access = agencyAccess.accessReport(agency.id());
            if (currentUser.isAdmin()) {
                showProvider(signOn.providerOf(agency.id()).orElse(null));
            }
        }
    }

    /** Registers or changes the agency's own sign-in (system administrators only; the EJB tier refuses others). */
    public void saveProvider() {
        ProviderView saved = PageActions.attempt(() -> signOn.register(agency.id(),
                new ProviderForm(issuer, clientId, emailDomains), provider == null ? null : provider.version()));
        if (saved != null) {
            signOnClient.providersChanged();
            Messages.addGlobalInfo("Saved. People of " + agency.name() + " with an address at "
                    + String.join(", ", saved.emailDomains()) + " now sign in through " + saved.issuer() + ".");
            showProvider(saved);
        }
    }

    /** Ends the agency's own sign-in: its people use local passwords again, and sessions opened through it end. */
    public void removeProvider() {
        if (PageActions.run(() -> signOn.remove(agency.id()))) {
            signOnClient.providersChanged();
            Messages.addGlobalInfo("Removed. People of " + agency.name() + " sign in with a password again.");
            showProvider(null);
        }
    }

    private void showProvider(ProviderView view) {
        provider = view;
        issuer = view == null ? null : view.issuer();
        clientId = view == null ? null : view.clientId();
        emailDomains = view == null ? null : String.join(", ", view.emailDomains());
    }

    public String getProviderSummary() {
        return provider == null ? "Nobody at this agency signs in through its own accounts: they use passwords here."
                : "People with an address at " + String.join(", ", provider.emailDomains()) + " sign in through "
                + provider.issuer() + ".";
    }

    public ProviderView getProvider() {
        return provider;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getEmailDomains() {
        return emailDomains;
    }

    public void setEmailDomains(String emailDomains) {
        this.emailDomains = emailDomains;
    }

    public void invite() {
        PeopleService.Invitation invitation = PageActions.attempt(() -> people.invite(agency.id(),
                new InviteForm(username, fullName, email, jobTitle)));
        if (invitation != null) {
            if (invitation.mailed()) {
                invitationLink = null;
                Messages.addGlobalInfo("Invited " + invitation.person().fullName() + ". The link to choose a password "
                        + "is e-mailed to " + invitation.person().email() + "; it works once, for 7 days.");
            } else {
                invitationLink = Faces.getRequestBaseURL() + "activate.xhtml?token=" + invitation.token();
                Messages.addGlobalInfo("Invited " + invitation.person().fullName() + ". Pass the link below to them; "
                        + "it is shown only now and works once, for 7 days.");
            }
            username = fullName = email = jobTitle = null;
            refresh();
        }
    }

    public void setEnabled(PersonView person, boolean enabled) {
        if (PageActions.attempt(() -> people.setEnabled(person.id(), enabled, person.version())) != null) {
            Messages.addGlobalInfo((enabled ? "Re-enabled " : "Disabled ") + person.fullName() + ".");
        }
        refresh();
    }

    private void refresh() {
        accounts = people.peopleOf(agency.id());
        access = agencyAccess.accessReport(agency.id());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public AgencyView getAgency() {
        return agency;
    }

    public List<PersonView> getAccounts() {
        return accounts;
    }

    public List<AccessLine> getAccess() {
        return access;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getInvitationLink() {
        return invitationLink;
    }
}
