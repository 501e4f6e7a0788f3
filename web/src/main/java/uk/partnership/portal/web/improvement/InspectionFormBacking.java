package uk.partnership.portal.web.improvement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Messages;
import uk.partnership.portal.improvement.InspectionService;
import uk.partnership.portal.web.support.PageActions;

/** The "record an inspection or visit" form of the improvement page. */
@Named
@ViewScoped
public class InspectionFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ImprovementManageBacking page;

    @Inject
    InspectionService inspections;

    private InspectionDraft form = new InspectionDraft();

    public void save() {
        var saved = PageActions.attempt(() -> inspections.recordInspection(page.bodyId(), form.entry()));
        if (saved != null) {
            Messages.addGlobalInfo("Recorded: " + saved.kindLabel() + ", " + saved.title() + ".");
            form = new InspectionDraft();
            page.refresh();
        }
    }

    public InspectionDraft getForm() {
        return form;
    }
}
