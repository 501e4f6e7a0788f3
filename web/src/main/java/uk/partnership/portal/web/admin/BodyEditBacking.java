package uk.partnership.portal.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import uk.partnership.portal.access.AccessLevel;
import uk.partnership.portal.agency.AgencyService;
import uk.partnership.portal.agency.AgencyView;
import uk.partnership.portal.body.BodyAdminService;
import uk.partnership.portal.body.BodyDetail;
import uk.partnership.portal.body.BodyForm;
import uk.partnership.portal.body.BodyKind;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.body.BodySummary;
import uk.partnership.portal.web.support.PageActions;
import uk.partnership.portal.access.Roles;

/** Setting up or changing a body ({@code ?id=}); system administrators only. */
@Named
@ViewScoped
public class BodyEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BodyService bodies;

    @Inject
    BodyAdminService admin;

    @Inject
    AgencyService agencies;

    private String id;
    private BodyDetail editing;
    private boolean loaded;
    private List<BodySummary> parents;
    private List<AgencyView> agencyOptions;

    private String name;
    private String shortName;
    private String kind = BodyKind.BOARD.name();
    private Long parentId;
    private String termsOfReference;
    private String meetingFrequency;
    private Integer quorum;
    private boolean accessToInformation;
    private String accessLevel = AccessLevel.PARTNERSHIP.name();
    private List<Long> namedAgencyIds = new ArrayList<>();

    public void load() {
        if (loaded) {
            return;
        }
        boolean allowed = PageActions.loadOrNotFound(() -> {
            if (!bodiesAdmin()) {
                throw new uk.partnership.portal.shared.ForbiddenException();
            }
            return Boolean.TRUE;
        }) != null;
        if (!allowed) {
            return;
        }
        if (id != null && !id.isBlank()) {
            editing = PageActions.loadOrNotFound(() -> bodies.getBody(PageActions.id(id)));
            if (editing == null) {
                return;
            }
            name = editing.name();
            shortName = editing.shortName();
            kind = editing.kindCode();
            parentId = editing.parentId();
            termsOfReference = editing.termsOfReference();
            meetingFrequency = editing.meetingFrequency();
            quorum = editing.quorum();
            accessToInformation = editing.accessToInformation();
            accessLevel = editing.accessLevelCode();
            namedAgencyIds = new ArrayList<>(editing.namedAgencyIds());
        }
        parents = bodies.listBodies().stream().filter(b -> editing == null || b.id() != editing.id()).toList();
        agencyOptions = agencies.listAgencies();
        loaded = true;
    }

    private boolean bodiesAdmin() {
        return Faces.isUserInRole(Roles.ADMIN);
    }

    public void save() {
        BodyForm form = new BodyForm(name, shortName, kind, parentId, termsOfReference, meetingFrequency, quorum,
                accessToInformation, accessLevel, namedAgencyIds, editing == null ? null : editing.version());
        BodyDetail saved = PageActions.attempt(() -> editing == null
                ? admin.createBody(form) : admin.updateBody(editing.id(), form));
        if (saved != null) {
            Messages.addFlashGlobalInfo("Saved " + saved.name() + ".");
            Faces.redirect(Faces.getRequestContextPath() + "/body/view.xhtml?id=%s", String.valueOf(saved.id()));
        }
    }

    public BodyKind[] getKinds() {
        return BodyKind.values();
    }

    public AccessLevel[] getAccessLevels() {
        return AccessLevel.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public BodyDetail getEditing() {
        return editing;
    }

    public List<BodySummary> getParents() {
        return parents;
    }

    public List<AgencyView> getAgencyOptions() {
        return agencyOptions;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getTermsOfReference() {
        return termsOfReference;
    }

    public void setTermsOfReference(String termsOfReference) {
        this.termsOfReference = termsOfReference;
    }

    public String getMeetingFrequency() {
        return meetingFrequency;
    }

    public void setMeetingFrequency(String meetingFrequency) {
        this.meetingFrequency = meetingFrequency;
    }

    public Integer getQuorum() {
        return quorum;
    }

    public void setQuorum(Integer quorum) {
        this.quorum = quorum;
    }

    public boolean isAccessToInformation() {
        return accessToInformation;
    }

    public void setAccessToInformation(boolean accessToInformation) {
        this.accessToInformation = accessToInformation;
    }

    public String getAccessLevel() {
        return accessLevel;
    }

    public void setAccessLevel(String accessLevel) {
        this.accessLevel = accessLevel;
    }

    public List<Long> getNamedAgencyIds() {
        return namedAgencyIds;
    }

    public void setNamedAgencyIds(List<Long> namedAgencyIds) {
        this.namedAgencyIds = namedAgencyIds;
    }
}
