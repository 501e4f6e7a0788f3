package uk.partnership.portal.web.scrutiny;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import uk.partnership.portal.scrutiny.ProgrammeForms;
import uk.partnership.portal.scrutiny.ProgrammeViews;
import uk.partnership.portal.scrutiny.TopicReviewService;

/** The terms of reference and final report forms of a topic's page. */
@Named
@ViewScoped
public class TopicReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TopicBacking page;

    @Inject
    TopicReviewService reviews;

    private String terms;
    private String summary;
    private LocalDate publishedOn;

    @PostConstruct
    void fill() {
        if (page.getTopic() != null) {
            terms = page.getTopic().termsOfReference();
        }
    }

    public void saveTerms() {
        ProgrammeViews.TopicDetail topic = page.getTopic();
        page.saved(() -> reviews.setTerms(topic.id(), new ProgrammeForms.Text(terms, topic.version())),
                "Terms of reference saved.");
    }

    public void publish() {
        ProgrammeViews.TopicDetail topic = page.getTopic();
        page.saved(() -> reviews.publishReport(topic.id(), new ProgrammeForms.Report(summary, publishedOn,
                topic.version())), "The final report is published with its recommendations.");
    }

    public String getTerms() {
        return terms;
    }

    public void setTerms(String terms) {
        this.terms = terms;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }
}
