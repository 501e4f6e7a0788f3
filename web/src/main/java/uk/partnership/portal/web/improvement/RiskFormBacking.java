package uk.partnership.portal.web.improvement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Messages;
import uk.partnership.portal.improvement.RiskForm;
import uk.partnership.portal.improvement.RiskService;
import uk.partnership.portal.web.support.PageActions;

/** The "enter a risk" form, bound to the same {@link RiskForm} (and its rules) as the API. */
@Named
@ViewScoped
public class RiskFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_APPETITE = 12;

    @Inject
    ImprovementManageBacking page;

    @Inject
    RiskService risks;

    private RiskForm form = blank();

    public void save() {
        var saved = PageActions.attempt(() -> risks.recordRisk(page.bodyId(), form));
        if (saved != null) {
            Messages.addGlobalInfo("Entered " + saved.title() + " (score " + saved.score() + ").");
            form = blank();
        }
    }

    private static RiskForm blank() {
        RiskForm blank = new RiskForm();
        blank.setAppetite(DEFAULT_APPETITE);
        return blank;
    }

    public RiskForm getForm() {
        return form;
    }
}
