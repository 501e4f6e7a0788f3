package uk.partnership.portal.notification;

/**
 * What a notification announces; its subject id is the meeting's, the paper's, the action's, the referring
 * decision's, the person's (an invitation) or the subscription's (its confirmation).
 */
public enum NotificationKind {
    AGENDA_PUBLISHED("Agendas published"),
    MEETING_REARRANGED("Meetings rearranged"),
    MEETING_CANCELLED("Meetings cancelled"),
    PAPER_LATE("Papers added or replaced after the agenda"),
    MINUTES_CIRCULATED("Draft minutes circulated for comment"),
    MINUTES_APPROVED("Minutes approved"),
    ACTION_ASSIGNED("Actions given to you"),
    ACTION_DUE_SOON("Actions due in 7 days"),
    ACTION_OVERDUE("Overdue actions, weekly"),
    RECOMMENDATION_AWAITING("Scrutiny recommendations awaiting your agency's response"),
    REFERRAL_RECEIVED("Referrals to place on an agenda"),
    /** An account's activation link: always sent, whatever the person chose. */
    INVITATION("Invitations to activate an account"),
    /** To a member of the public: the link that confirms their subscription to a public body. */
    SUBSCRIPTION_CONFIRM("Confirming a subscription"),
    /** Not an event: what a digest's unsubscribe link stops. */
    DIGEST("Daily and weekly digests");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
