package uk.partnership.portal.notification;

import static uk.partnership.portal.paper.TaggedPdf.esc;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.ActingFor;
import uk.partnership.portal.account.Person;
import uk.partnership.portal.action.ActionDetail;
import uk.partnership.portal.action.ActionLogQuery;
import uk.partnership.portal.meeting.CalendarService;
import uk.partnership.portal.meeting.ItemView;
import uk.partnership.portal.meeting.MeetingService;
import uk.partnership.portal.meeting.MeetingView;
import uk.partnership.portal.minutes.ReferralService;
import uk.partnership.portal.shared.NotFoundException;
import uk.partnership.portal.shared.UkFormats;

/**
 * Writes a notification as a letter for its recipient, asking the services as that person: what they may no longer
 * see throws, and the notification is dropped. Mail leaves the portal's protection, so an item that is not public
 * or for the whole partnership is named by its number only, with a link to sign in and read it. Each letter is
 * written in a transaction of its own, so a refusal ends that letter, not the round that sends the others.
 */
@Stateless
@PermitAll
public class LetterWriter {

    @EJB
    AccessPolicy access;

    @EJB
    MeetingService meetings;

    @EJB
    ActionLogQuery actions;

    @EJB
    CalendarService calendars;

    @EJB
    ReferralService referrals;

    @EJB
    MailChoices choices;

    @Inject
    MailSettings settings;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Letter write(Notification n, Person to) {
        Letter letter = ActingFor.person(to.getUsername(), () -> switch (n.getKind()) {
            case AGENDA_PUBLISHED -> agenda(to, stillMembers(n.getSubjectId()));
            case MEETING_REARRANGED, MEETING_CANCELLED -> moved(to, stillMembers(n.getSubjectId()));
            case MINUTES_CIRCULATED -> minutes(to, stillMembers(n.getSubjectId()), false);
            case MINUTES_APPROVED -> minutes(to, stillMembers(n.getSubjectId()), true);
            case ACTION_ASSIGNED -> action(to, actions.get(n.getSubjectId()));
            case REFERRAL_RECEIVED -> referral(to, n.getSubjectId());
        });
        String stop = settings.link("/mail/unsubscribe?t=" + choices.tokenFor(to.getId(), n.getKind()));
        return letter.withFooter("You receive this as a member of a body of the partnership (" + n.getKind().label()
                + ").", stop, settings.link("/account/mail.xhtml"));
    }

    /** The meeting as the recipient may read it now, only while they still sit on its body. */
    private MeetingView stillMembers(long meetingId) {
        MeetingView m = meetings.getMeeting(meetingId);
        if (!access.caller().sitsOn(m.bodyId())) {
            throw new NotFoundException();
        }
        return m;
    }

    private Letter agenda(Person to, MeetingView m) {
        String when = m.startsAt().format(UkFormats.DAY_AT_TIME);
        String link = settings.link("/meeting/view.xhtml?id=" + m.id());
        List<String> lines = new ArrayList<>();
        for (ItemView i : m.items()) {
            String number = i.number() == null ? "" : i.number() + " ";
            lines.add(number + i.titleOutsideThePortal());
        }
        String intro = "The agenda of the " + m.bodyName() + " meeting on " + when
                + (m.venue() == null ? "" : " (" + m.venue() + ")") + " is published.";
        StringBuilder text = new StringBuilder(greeting(to)).append("\n\n").append(intro).append("\n\n");
        lines.forEach(l -> text.append("  ").append(l).append('\n'));
        text.append("\nThe agenda, the papers and the pack: ").append(link).append('\n');
        StringBuilder html = new StringBuilder("<p>").append(esc(greeting(to))).append("</p><p>").append(esc(intro))
                .append("</p><ol>");
        lines.forEach(l -> html.append("<li>").append(esc(l)).append("</li>"));
        html.append("</ol><p><a href=\"").append(esc(link)).append("\">The agenda, the papers and the pack</a></p>");
        return new Letter(to.getEmail(), "Agenda published: " + m.bodyName() + ", " + when, text.toString(),
                page(html.toString()), calendars.meetingForMail(m.id()), null);
    }

    /** A meeting moved or cancelled, with the calendar event that updates or cancels the one sent before. */
    private Letter moved(Person to, MeetingView m) {
        boolean cancelled = "CANCELLED".equals(m.statusCode());
        String when = m.startsAt().format(UkFormats.DAY_AT_TIME);
        String link = settings.link("/meeting/view.xhtml?id=" + m.id());
        String intro = cancelled ? "The " + m.bodyName() + " meeting on " + when + " is cancelled."
                : "The " + m.bodyName() + " meeting is rearranged: it is now on " + when
                + (m.venue() == null ? "" : " (" + m.venue() + ")") + ".";
        String why = m.statusReason() == null ? "" : " Reason: " + m.statusReason();
        return plain(to, (cancelled ? "Meeting cancelled: " : "Meeting rearranged: ") + m.bodyName() + ", " + when,
                intro + why, link, "The meeting's page", calendars.meetingForMail(m.id()));
    }

    private Letter minutes(Person to, MeetingView m, boolean approved) {
        String when = m.startsAt().format(UkFormats.DAY_AT_TIME);
        String link = settings.link("/meeting/view.xhtml?id=" + m.id() + "#minutes");
        String intro = approved ? "The minutes of the " + m.bodyName() + " meeting on " + when
                + " are approved as a correct record."
                : "The draft minutes of the " + m.bodyName() + " meeting on " + when
                + " are circulated to members for comment before they are approved at the next meeting.";
        return plain(to, (approved ? "Minutes approved: " : "Draft minutes for comment: ") + m.bodyName() + ", "
                + when, intro, link, "Read the minutes", null);
    }

    /** For the receiving secretary, while it still waits: where from, never what (it may be exempt). */
    private Letter referral(Person to, long decisionId) {
        ReferralService.Waiting w = referrals.waitingForMyBodies().stream().filter(r -> r.decisionId() == decisionId)
                .findFirst().orElseThrow(() -> new NotFoundException());
        String link = settings.link("/body/view.xhtml?id=" + w.toBodyId());
        String intro = "The " + w.fromBody() + " has referred an item to the " + w.toBody()
                + ". It waits on the items to be placed until you put it on the agenda of one of its meetings.";
        return plain(to, "Referral to place: from the " + w.fromBody(), intro, link, "The " + w.toBody(), null);
    }

    private Letter action(Person to, ActionDetail a) {
        String link = settings.link("/action/view.xhtml?id=" + a.id());
        String due = UkFormats.DAY.format(a.dueOn());
        String intro = "The " + a.bodyName() + " has given you an action, " + a.reference() + ": " + a.title()
                + ". It is due on " + due + ".";
        return plain(to, "Action for you: " + a.reference() + ", due " + due, intro, link,
                "Report progress on " + a.reference(), null);
    }

    /** A letter of one paragraph and one link, in plain text and HTML. */
    private static Letter plain(Person to, String subject, String paragraph, String link, String linkText,
                                String calendar) {
        return new Letter(to.getEmail(), subject, greeting(to) + "\n\n" + paragraph + "\n\n" + linkText + ": "
                + link + "\n", page("<p>" + esc(greeting(to)) + "</p><p>" + esc(paragraph) + "</p><p><a href=\""
                + esc(link) + "\">" + esc(linkText) + "</a></p>"), calendar, null);
    }

    private static String greeting(Person to) {
        return "Dear " + to.getFullName() + ",";
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Partnership Governance "
                + "Portal</title></head><body>" + body + "<p>Partnership Governance Portal</p></body></html>";
    }
}
