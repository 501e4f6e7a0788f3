package uk.partnership.portal.web.scrutiny;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.omnifaces.util.Messages;
import uk.partnership.portal.agency.AgencyService;
import uk.partnership.portal.agency.AgencyView;
import uk.partnership.portal.meeting.MeetingSummary;
import uk.partnership.portal.scrutiny.ProgrammeForms;
import uk.partnership.portal.scrutiny.ProgrammeViews;
import uk.partnership.portal.scrutiny.ResponseKind;
import uk.partnership.portal.scrutiny.SessionPurpose;
import uk.partnership.portal.scrutiny.WorkProgrammeService;
import uk.partnership.portal.web.support.PageActions;

/**
 * A topic's page: why it was suggested, how it was screened, its sessions and witnesses, the final report, the
 * numbered recommendations with the executive's responses and the actions that follow. The secretary's forms keep
 * what was typed when a rule is broken.
 */
@Named
@ViewScoped
public class TopicBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkProgrammeService programmes;

    @Inject
    AgencyService agencies;

    private String id;
    private ProgrammeViews.TopicDetail topic;
    private List<MeetingSummary> meetings = List.of();
    private Integer publicInterest;
    private Integer impact;
    private Integer performance;
    private Integer context;
    private Integer duplication;
    private String note;
    private String terms;
    private Long meetingId;
    private String purpose = "EVIDENCE";
    private List<Witness> witnesses = blankWitnesses();
    private String recommendationText;
    private Long recommendationAgency;
    private String summary;
    private LocalDate publishedOn;
    private Long responseTo;
    private String response;
    private String responseReason;
    private LocalDate respondedOn;

    /** One witness line of the session form. */
    public static class Witness implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String role;
        private Long agencyId;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public Long getAgencyId() {
            return agencyId;
        }

        public void setAgencyId(Long agencyId) {
            this.agencyId = agencyId;
        }
    }

    public void load() {
        topic = PageActions.loadOrNotFound(() -> programmes.topic(PageActions.id(id)));
        if (topic != null) {
            terms = topic.termsOfReference();
            publicInterest = topic.scorePublicInterest();
            impact = topic.scoreImpact();
            performance = topic.scorePerformance();
            context = topic.scoreContext();
            duplication = topic.scoreDuplication();
            note = topic.screeningNote();
            if (topic.mayManage()) {
                meetings = programmes.meetingsFor(topic.id());
            }
        }
    }

    public void screen() {
        saved(() -> programmes.screen(topic.id(), new ProgrammeForms.Screening(publicInterest, impact, performance,
                context, duplication, note, topic.version())), "Screening saved.");
    }

    public void saveTerms() {
        saved(() -> programmes.setTerms(topic.id(), new ProgrammeForms.Text(terms, topic.version())),
                "Terms of reference saved.");
    }

    public void schedule() {
        List<ProgrammeForms.WitnessEntry> entries = witnesses.stream().filter(w -> w.name != null && !w.name.isBlank())
                .map(w -> new ProgrammeForms.WitnessEntry(w.name, w.role, w.agencyId)).toList();
        if (saved(() -> programmes.schedule(topic.id(), new ProgrammeForms.SessionEntry(meetingId, purpose, entries)),
                "Added to the meeting.")) {
            witnesses = blankWitnesses();
        }
    }

    public void recommend() {
        if (saved(() -> programmes.addRecommendation(topic.id(), new ProgrammeForms.NewRecommendation(
                recommendationText, recommendationAgency)), "Recommendation added.")) {
            recommendationText = null;
        }
    }

    public void publish() {
        saved(() -> programmes.publishReport(topic.id(), new ProgrammeForms.Report(summary, publishedOn, topic.version())),
                "The final report is published with its recommendations.");
    }

    public void respond() {
        ProgrammeViews.RecommendationView r = topic.recommendations().stream()
                .filter(x -> responseTo != null && x.id() == responseTo).findFirst().orElse(null);
        if (r == null) {
            Messages.addGlobalError("Choose the recommendation the response is to.");
            return;
        }
        var done = PageActions.attempt(() -> programmes.respond(r.id(), new ProgrammeForms.Response(response,
                responseReason, respondedOn, r.version())));
        if (done != null) {
            Messages.addGlobalInfo("Response recorded for recommendation " + r.number() + ".");
            topic = programmes.topic(topic.id());
            responseReason = null;
        }
    }

    private boolean saved(Supplier<ProgrammeViews.TopicDetail> call, String message) {
        ProgrammeViews.TopicDetail after = PageActions.attempt(call);
        if (after == null) {
            return false;
        }
        topic = after;
        Messages.addGlobalInfo(message);
        return true;
    }

    private static List<Witness> blankWitnesses() {
        List<Witness> lines = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            lines.add(new Witness());
        }
        return lines;
    }

    public List<AgencyView> getAgencies() {
        return agencies.listAgencies();
    }

    public SessionPurpose[] getPurposes() {
        return SessionPurpose.values();
    }

    public ResponseKind[] getResponses() {
        return ResponseKind.values();
    }

    public List<Integer> getScores() {
        return List.of(0, 1, 2, 3, 4, 5);
    }

    public List<MeetingSummary> getMeetings() {
        return meetings;
    }

    public ProgrammeViews.TopicDetail getTopic() {
        return topic;
    }

    public List<Witness> getWitnesses() {
        return witnesses;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Integer getPublicInterest() {
        return publicInterest;
    }

    public void setPublicInterest(Integer v) {
        this.publicInterest = v;
    }

    public Integer getImpact() {
        return impact;
    }

    public void setImpact(Integer v) {
        this.impact = v;
    }

    public Integer getPerformance() {
        return performance;
    }

    public void setPerformance(Integer v) {
        this.performance = v;
    }

    public Integer getContext() {
        return context;
    }

    public void setContext(Integer v) {
        this.context = v;
    }

    public Integer getDuplication() {
        return duplication;
    }

    public void setDuplication(Integer v) {
        this.duplication = v;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getTerms() {
        return terms;
    }

    public void setTerms(String terms) {
        this.terms = terms;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getRecommendationText() {
        return recommendationText;
    }

    public void setRecommendationText(String recommendationText) {
        this.recommendationText = recommendationText;
    }

    public Long getRecommendationAgency() {
        return recommendationAgency;
    }

    public void setRecommendationAgency(Long recommendationAgency) {
        this.recommendationAgency = recommendationAgency;
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
