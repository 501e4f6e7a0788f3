package uk.partnership.portal.web.scrutiny;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import uk.partnership.portal.scrutiny.ProgrammeForms;
import uk.partnership.portal.scrutiny.TopicReviewService;

/** The "put on a meeting" form of a topic's page: the meeting, what the session is for and its witnesses. */
@Named
@ViewScoped
public class TopicSessionBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int WITNESS_ROWS = 3;

    @Inject
    TopicBacking page;

    @Inject
    TopicReviewService reviews;

    private Long meetingId;
    private String purpose = "EVIDENCE";
    private List<Witness> witnesses = blankWitnesses();

    /** One witness row. */
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

    public void save() {
        List<ProgrammeForms.WitnessEntry> entries = witnesses.stream().filter(w -> w.name != null && !w.name.isBlank())
                .map(w -> new ProgrammeForms.WitnessEntry(w.name, w.role, w.agencyId)).toList();
        if (page.saved(() -> reviews.schedule(page.getTopic().id(),
                new ProgrammeForms.SessionEntry(meetingId, purpose, entries)), "Added to the meeting.")) {
            witnesses = blankWitnesses();
        }
    }

    private static List<Witness> blankWitnesses() {
        List<Witness> lines = new ArrayList<>();
        for (int i = 0; i < WITNESS_ROWS; i++) {
            lines.add(new Witness());
        }
        return lines;
    }

    public List<Witness> getWitnesses() {
        return witnesses;
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
}
