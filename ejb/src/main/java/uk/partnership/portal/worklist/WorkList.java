package uk.partnership.portal.worklist;

import java.io.Serializable;
import java.util.List;
import uk.partnership.portal.account.PeopleService;
import uk.partnership.portal.action.ActionView;
import uk.partnership.portal.meeting.MeetingSummary;
import uk.partnership.portal.minutes.ReferralService;
import uk.partnership.portal.scrutiny.ProgrammeViews;

/** What waits for one person, each list already cut to what they may see. */
public record WorkList(List<NextMeeting> meetings, List<ActionView> actions, long actionsDue,
                       List<MeetingSummary> minutesToRead,
                       List<ProgrammeViews.RecommendationView> recommendations, SecretaryWork secretary,
                       PeopleService.Attention agencyAdmin) implements Serializable {

    public static final WorkList NOTHING = new WorkList(List.of(), List.of(), 0, List.of(), List.of(),
            SecretaryWork.NOTHING, PeopleService.Attention.NOTHING);

    /**
     * A meeting of a body the person sits on, with the papers they may read, how many came late and how many arrived
     * since their last visit, and the body's previous meeting if its draft minutes await approval at this one.
     */
    public record NextMeeting(MeetingSummary meeting, int papers, int latePapers, int newPapers,
                              MeetingSummary minutesToApprove) implements Serializable {
    }

    /** What only the secretary of a body does. */
    public record SecretaryWork(List<MeetingSummary> agendasDue, List<MeetingSummary> toRecord,
                                List<MeetingSummary> toCirculate, List<ReferralService.Waiting> referrals,
                                List<ActionView> toClose) implements Serializable {

        public static final SecretaryWork NOTHING = new SecretaryWork(List.of(), List.of(), List.of(), List.of(),
                List.of());

        public boolean nothing() {
            return agendasDue.isEmpty() && toRecord.isEmpty() && toCirculate.isEmpty() && referrals.isEmpty()
                    && toClose.isEmpty();
        }
    }
}
