package uk.partnership.portal.notification;

/** What a notification announces; its subject id is the meeting's, the action's or the referring decision's. */
public enum NotificationKind {
    AGENDA_PUBLISHED("Agendas published"),
    MEETING_REARRANGED("Meetings rearranged"),
    MEETING_CANCELLED("Meetings cancelled"),
    MINUTES_CIRCULATED("Draft minutes circulated for comment"),
    MINUTES_APPROVED("Minutes approved"),
    ACTION_ASSIGNED("Actions given to you"),
    REFERRAL_RECEIVED("Referrals to place on an agenda");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
