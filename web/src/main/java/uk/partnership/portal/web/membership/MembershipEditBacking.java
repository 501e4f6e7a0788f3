package uk.partnership.portal.web.membership;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import uk.partnership.portal.agency.AgencyService;
import uk.partnership.portal.agency.AgencyView;
import uk.partnership.portal.body.BodyDetail;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.body.MemberView;
import uk.partnership.portal.body.MembershipForm;
import uk.partnership.portal.body.MembershipRole;
import uk.partnership.portal.body.MembershipService;
import uk.partnership.portal.body.PersonOption;
import uk.partnership.portal.shared.PortalClock;
import uk.partnership.portal.web.support.PageActions;

/**
 * Adding a seat ({@code ?body=}) or changing one ({@code ?id=}). The version being edited stays in the view, not
 * in the page, and the service compares it with the stored one, so a stale save is refused with a message.
 */
@Named
@ViewScoped
public class MembershipEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BodyService bodies;

    @Inject
    MembershipService memberships;

    @Inject
    AgencyService agencies;

    @Inject
    PortalClock clock;

    private String bodyParam;
    private String idParam;

    private BodyDetail body;
    private MemberView editing;
    private List<PersonOption> people;
    private List<AgencyView> agencyOptions;

    private Long personId;
    private Long agencyId;
    private String role = MembershipRole.MEMBER.name();
    private boolean voting = true;
    private LocalDate startsOn;
    private LocalDate endsOn;

    @PostConstruct
    void startToday() {
        startsOn = clock.today();
    }

    public void load() {
        if (body != null) {
            return; // postback in the same view
        }
        if (idParam != null) {
            editing = PageActions.loadOrNotFound(() -> memberships.seat(PageActions.id(idParam)));
            if (editing == null) {
                return;
            }
            body = bodies.getBody(editing.bodyId());
            personId = editing.personId();
            agencyId = editing.agencyId();
            role = editing.roleCode();
            voting = editing.voting();
            startsOn = editing.startsOn();
            endsOn = editing.endsOn();
        } else {
            body = PageActions.loadOrNotFound(() -> managedBody(PageActions.id(bodyParam)));
            if (body == null) {
                return;
            }
            people = memberships.directory();
        }
        agencyOptions = agencies.listAgencies();
    }

    private BodyDetail managedBody(long bodyId) {
        BodyDetail found = bodies.getBody(bodyId);
        if (!bodies.mayManage(bodyId)) {
            throw new uk.partnership.portal.shared.ForbiddenException();
        }
        return found;
    }

    public void save() {
        MembershipForm form = new MembershipForm(personId, agencyId, role, voting, startsOn, endsOn,
                editing == null ? null : editing.version());
        MemberView saved = PageActions.attempt(() -> editing == null
                ? memberships.addMember(body.id(), form)
                : memberships.changeMembership(editing.membershipId(), form));
        if (saved != null) {
            Messages.addFlashGlobalInfo("Saved the seat of " + saved.name() + ".");
            Faces.redirect(Faces.getRequestContextPath() + "/body/members.xhtml?id=%s", String.valueOf(body.id()));
        }
    }

    public MembershipRole[] getRoles() {
        return MembershipRole.values();
    }

    public String getBodyParam() {
        return bodyParam;
    }

    public void setBodyParam(String bodyParam) {
        this.bodyParam = bodyParam;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public BodyDetail getBody() {
        return body;
    }

    public MemberView getEditing() {
        return editing;
    }

    public List<PersonOption> getPeople() {
        return people;
    }

    public List<AgencyView> getAgencyOptions() {
        return agencyOptions;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public boolean isVoting() {
        return voting;
    }

    public void setVoting(boolean voting) {
        this.voting = voting;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
