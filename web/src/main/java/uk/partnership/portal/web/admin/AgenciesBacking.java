package uk.partnership.portal.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import uk.partnership.portal.agency.AgencyForm;
import uk.partnership.portal.agency.AgencyKind;
import uk.partnership.portal.agency.AgencyService;
import uk.partnership.portal.agency.AgencyView;
import uk.partnership.portal.web.support.PageActions;
import uk.partnership.portal.access.Roles;

/** System administrators list, add and change partner agencies. */
@Named
@ViewScoped
public class AgenciesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgencyService agencies;

    private List<AgencyView> list;
    private AgencyView editing;
    private String name;
    private String kind = AgencyKind.VOLUNTARY_SECTOR.name();

    public void load() {
        if (list != null) {
            return;
        }
        if (!Faces.isUserInRole(Roles.ADMIN)) {
            PageActions.notFound();
            return;
        }
        list = agencies.listAgencies();
    }

    public void edit(AgencyView agency) {
        editing = agency;
        name = agency.name();
        kind = agency.kindCode();
    }

    public void cancel() {
        editing = null;
        name = null;
    }

    public void save() {
        AgencyForm form = new AgencyForm(name, kind, editing == null ? null : editing.version());
        AgencyView saved = PageActions.attempt(() -> editing == null
                ? agencies.createAgency(form) : agencies.updateAgency(editing.id(), form));
        if (saved != null) {
            Messages.addGlobalInfo("Saved " + saved.name() + ".");
            cancel();
            list = agencies.listAgencies();
        }
    }

    public AgencyKind[] getKinds() {
        return AgencyKind.values();
    }

    public List<AgencyView> getList() {
        return list;
    }

    public AgencyView getEditing() {
        return editing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }
}
