package uk.partnership.portal.meeting;

import java.io.Serializable;
import java.util.List;

/** A body's meetings for its page: those to come, and the past ones by municipal year ("2020/21"), newest first. */
public record BodyMeetings(List<MeetingSummary> forthcoming, List<Year> past) implements Serializable {

    /** One municipal year's meetings, newest first. */
    public record Year(int year, String label, List<MeetingSummary> meetings) implements Serializable {
    }
}
