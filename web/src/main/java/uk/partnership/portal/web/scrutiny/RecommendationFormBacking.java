package uk.partnership.portal.web.scrutiny;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.omnifaces.util.Messages;
import uk.partnership.portal.scrutiny.ProgrammeForms;
import uk.partnership.portal.scrutiny.ProgrammeViews;
import uk.partnership.portal.scrutiny.TopicReviewService;
import uk.partnership.portal.web.support.PageActions;

/** The "add a recommendation" and "record the executive's response" forms of a topic's page. */
@Named
@ViewScoped
public class RecommendationFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TopicBacking page;

    @Inject
    TopicReviewService reviews;

    private String text;
    private Long agency;
    private Long responseTo;
    private String response;
    private String responseReason;
    private LocalDate respondedOn;

    public void recommend() {
        if (page.saved(() -> reviews.addRecommendation(page.getTopic().id(),
                new ProgrammeForms.NewRecommendation(text, agency)), "Recommendation added.")) {
            text = null;
        }
    }

    public void respond() {
        ProgrammeViews.RecommendationView r = page.getTopic().recommendations().stream()
                .filter(x -> responseTo != null && x.id() == responseTo).findFirst().orElse(null);
        if (r == null) {
            Messages.addGlobalError("Choose the recommendation the response is to.");
            return;
        }
        var done = PageActions.attempt(() -> reviews.respond(r.id(), new ProgrammeForms.Response(response,
                responseReason, respondedOn, r.version())));
        if (done != null) {
            Messages.addGlobalInfo("Response recorded for recommendation " + r.number() + ".");
            page.reread();
            responseReason = null;
        }
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getAgency() {
        return agency;
    }

    public void setAgency(Long agency) {
        this.agency = agency;
    }

    public Long getResponseTo() {
        return responseTo;
    }

    public void setResponseTo(Long responseTo) {
        this.responseTo = responseTo;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }

    public String getResponseReason() {
        return responseReason;
    }

    public void setResponseReason(String responseReason) {
        this.responseReason = responseReason;
    }

    public LocalDate getRespondedOn() {
        return respondedOn;
    }

    public void setRespondedOn(LocalDate respondedOn) {
        this.respondedOn = respondedOn;
    }
}
