package uk.partnership.portal.minutes;

import java.time.LocalDate;
import uk.partnership.portal.action.Resolution;

/** A decision with where it was taken, for minutes and the decisions register. */
public record DecisionView(long id, long meetingId, long bodyId, String bodyName, LocalDate meetingDate,
                           long itemId, String itemNumber, String itemTitle, String kind, String kindLabel, String text,
                           String targetBody, Long referralMeetingId) implements Resolution {

    public static DecisionView of(Decision d) {
        var item = d.getItem();
        var meeting = item.getMeeting();
        return new DecisionView(d.getId(), meeting.getId(), meeting.getBody().getId(), meeting.getBody().getName(),
                meeting.meetingDay(), item.getId(), item.getItemNumber(), item.getTitle(), d.getKind().name(),
                d.getKind().label(), d.getText(), d.getTargetBody() == null ? null : d.getTargetBody().getName(),
                d.getReferralItem() == null ? null : d.getReferralItem().getMeeting().getId());
    }
}
