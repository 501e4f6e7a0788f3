package uk.partnership.portal.web.scrutiny;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.partnership.portal.scrutiny.ProgrammeForms;
import uk.partnership.portal.scrutiny.ProgrammeViews;
import uk.partnership.portal.scrutiny.SuggestionService;

/** The screening form of a topic's page: the five criteria scored 0–5 and a note, filled with the scores so far. */
@Named
@ViewScoped
public class TopicScreeningBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TopicBacking page;

    @Inject
    SuggestionService suggestions;

    private Integer publicInterest;
    private Integer impact;
    private Integer performance;
    private Integer context;
    private Integer duplication;
    private String note;

    @PostConstruct
    void fill() {
        ProgrammeViews.TopicDetail topic = page.getTopic();
        if (topic != null) {
            publicInterest = topic.scorePublicInterest();
            impact = topic.scoreImpact();
            performance = topic.scorePerformance();
            context = topic.scoreContext();
            duplication = topic.scoreDuplication();
            note = topic.screeningNote();
        }
    }

    public void save() {
        ProgrammeViews.TopicDetail topic = page.getTopic();
        page.saved(() -> suggestions.screen(topic.id(), new ProgrammeForms.Screening(publicInterest, impact, performance,
                context, duplication, note, topic.version())), "Screening saved.");
    }

    public Integer getPublicInterest() {
        return publicInterest;
    }

    public void setPublicInterest(Integer publicInterest) {
        this.publicInterest = publicInterest;
    }

    public Integer getImpact() {
        return impact;
    }

    public void setImpact(Integer impact) {
        this.impact = impact;
    }

    public Integer getPerformance() {
        return performance;
    }

    public void setPerformance(Integer performance) {
        this.performance = performance;
    }

    public Integer getContext() {
        return context;
    }

    public void setContext(Integer context) {
        this.context = context;
    }

    public Integer getDuplication() {
        return duplication;
    }

    public void setDuplication(Integer duplication) {
        this.duplication = duplication;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
