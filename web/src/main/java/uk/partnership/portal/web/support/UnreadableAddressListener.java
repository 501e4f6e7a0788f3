package uk.partnership.portal.web.support;

import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * A page opened with a value in its address it cannot read ({@code ?agency=abc}) answers 400 with the parameter
 * named, instead of rendering half a page whose links then fail on the missing record.
 */
public class UnreadableAddressListener implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.isPostback() || !context.isValidationFailed() || context.getViewRoot() == null) {
            return;
        }
        List<String> unreadable = ViewMetadata.getViewParameters(context.getViewRoot()).stream()
                .filter(p -> !p.isValid()).map(UnreadableAddressListener::describe).toList();
        if (unreadable.isEmpty()) {
            return;
        }
        Faces.responseSendError(400, "This page cannot read " + String.join(" or ", unreadable)
                + " in its address. Check the link, or go back and try again.");
        context.responseComplete();
    }

    private static String describe(UIViewParameter p) {
        Object submitted = p.getSubmittedValue();
        String value = submitted == null ? "" : submitted.toString();
        value = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return p.getName() + "=" + value.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }
}
