package uk.partnership.portal.web.minutes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.body.BodySummary;
import uk.partnership.portal.minutes.DecisionKind;
import uk.partnership.portal.minutes.DecisionView;
import uk.partnership.portal.minutes.MinutesQueryService;
import uk.partnership.portal.web.support.PageActions;

/** The decisions register: every decision the reader may see, filtered by body, kind, date and words. */
@Named
@ViewScoped
public class DecisionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MinutesQueryService minutes;

    @Inject
    BodyService bodies;

    private Long bodyId;
    private String kind;
    private LocalDate from;
    private LocalDate to;
    private String words;
    private List<DecisionView> decisions;

    public void search() {
        decisions = PageActions.attempt(() -> minutes.register(bodyId, kind, from, to, words));
    }

    public List<DecisionView> getDecisions() {
        if (decisions == null) {
            search();
        }
        return decisions;
    }

    public List<BodySummary> getBodies() {
        return bodies.listBodies();
    }

    public DecisionKind[] getKinds() {
        return DecisionKind.values();
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }
}
