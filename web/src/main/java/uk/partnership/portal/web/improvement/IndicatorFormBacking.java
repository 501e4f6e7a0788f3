package uk.partnership.portal.web.improvement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Messages;
import uk.partnership.portal.improvement.IndicatorForm;
import uk.partnership.portal.improvement.IndicatorService;
import uk.partnership.portal.web.support.PageActions;

/** The "define an indicator" form, bound to the same {@link IndicatorForm} (and its rules) as the API. */
@Named
@ViewScoped
public class IndicatorFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ImprovementManageBacking page;

    @Inject
    IndicatorService indicators;

    private IndicatorForm form = new IndicatorForm();

    public void save() {
        var saved = PageActions.attempt(() -> indicators.defineIndicator(page.bodyId(), form));
        if (saved != null) {
            Messages.addGlobalInfo("Defined " + saved.indicator().name() + ".");
            form = new IndicatorForm();
        }
    }

    public IndicatorForm getForm() {
        return form;
    }
}
