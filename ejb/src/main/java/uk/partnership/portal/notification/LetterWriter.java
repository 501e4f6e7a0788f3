package uk.partnership.portal.notification;

import static uk.partnership.portal.paper.TaggedPdf.esc;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
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
import uk.partnership.portal.paper.PaperService;
import uk.partnership.portal.paper.PaperView;
import uk.partnership.portal.scrutiny.ProgrammeQuery;
import uk.partnership.portal.scrutiny.ProgrammeViews;
import uk.partnership.portal.shared.LondonTime;
import uk.partnership.portal.shared.NotFoundException;
import uk.partnership.portal.shared.PortalClock;
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

    private static final int INVITATION_DAYS = 7;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalClock clock;

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

    @EJB
    PaperService papers;

    @EJB
    ProgrammeQuery programmes;

    @Inject
    MailSettings settings;

    /** A message sent at once: one event, its footer and the link that stops its kind. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Letter write(Notification n, Person to) {
        Letter.Section section = section(n, to);
        if (n.getKind() == NotificationKind.INVITATION) {
            return Letter.single(to.getEmail(), to.getFullName(), section, new Letter.Footer("You receive this "
                    + "because your agency's administrator gave you an account.", null, null));
        }
        return Letter.single(to.getEmail(), to.getFullName(), section, footer(to, n.getKind(),
                "You receive this as a member of a body of the partnership (" + n.getKind().label() + ")."));
    }

    /**
     * A message to a member of the public who subscribed to a body: the confirmation link, or the public view of an
     * agenda or approved minutes (written as the public, so nothing else can be in it) with the link that stops it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Letter writeForSubscriber(Notification n) {
        List<?> found = em.createNativeQuery("""
                        select s.email, s.token, b.name, s.body_id, s.confirmed_at is not null, s.stopped_at is not null
                        from public_subscription s join body b on b.id = s.body_id where s.id = ?1""")
                .setParameter(1, n.getSubscriptionId()).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        Object[] s = (Object[]) found.get(0);
        String email = (String) s[0];
        String token = (String) s[1];
        String body = (String) s[2];
        if (n.getKind() == NotificationKind.SUBSCRIPTION_CONFIRM) {
            return Letter.single(email, null, plain("Confirm your subscription: " + body, "Someone, "
                            + "probably you, asked for this address to receive the agendas and approved minutes of the "
                            + body + " by e-mail. Nothing more is sent unless you confirm through the link below. If it "
                            + "was not you, ignore this message.", settings.link("/subscribe.xhtml?t=" + token),
                    "Confirm the subscription", null), new Letter.Footer("You receive this because your address was "
                    + "entered on the " + body + "'s page.", null, null));
        }
        if (!Boolean.TRUE.equals(s[4]) || Boolean.TRUE.equals(s[5])) {
            throw new NotFoundException();
        }
        long bodyId = ((Number) s[3]).longValue();
        Letter.Section section = ActingFor.thePublic(() -> {
            MeetingView m = meetings.getMeeting(n.getSubjectId());
            if (m.bodyId() != bodyId) {
                throw new NotFoundException();
            }
            return switch (n.getKind()) {
                case AGENDA_PUBLISHED -> agenda(m);
                case MINUTES_APPROVED -> minutes(m, true);
                default -> throw new IllegalStateException("Not a message for subscribers: " + n.getKind());
            };
        });
        return Letter.single(email, null, section, new Letter.Footer("You receive this because you "
                + "subscribed to the agendas and minutes of the " + body + ".",
                settings.link("/mail/unsubscribe?t=" + token), null));
    }

    /** What one event says to its recipient, written as that person in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Letter.Section section(Notification n, Person to) {
        if (n.getKind() == NotificationKind.INVITATION) {
            return invitation(to);
        }
        return ActingFor.person(to.getUsername(), () -> switch (n.getKind()) {
            case AGENDA_PUBLISHED -> agenda(stillMembers(n.getSubjectId()));
            case MEETING_REARRANGED, MEETING_CANCELLED -> moved(stillMembers(n.getSubjectId()));
            case PAPER_LATE -> latePaper(n.getSubjectId());
            case MINUTES_CIRCULATED -> minutes(stillMembers(n.getSubjectId()), false);
            case MINUTES_APPROVED -> minutes(stillMembers(n.getSubjectId()), true);
            case ACTION_ASSIGNED -> action(actions.get(n.getSubjectId()));
            case ACTION_DUE_SOON -> reminder(actions.get(n.getSubjectId()), false);
            case ACTION_OVERDUE -> reminder(actions.get(n.getSubjectId()), true);
            case REFERRAL_RECEIVED -> referral(n.getSubjectId());
            case RECOMMENDATION_AWAITING -> recommendation(programmes.recommendation(n.getSubjectId()));
            case INVITATION, DIGEST, SUBSCRIPTION_CONFIRM -> throw new IllegalStateException("Not a message to a "
                    + "member: " + n.getKind());
        });
    }

    /** The sections of one person's waiting messages as one digest, with the link that stops digests. */
    public Letter digest(Person to, MailMode mode, List<Letter.Section> sections) {
        String daily = mode == MailMode.WEEKLY ? "weekly" : "daily";
        String count = sections.size() == 1 ? "1 message" : sections.size() + " messages";
        return Letter.digest(to.getEmail(), to.getFullName(), "Your " + daily + " digest: " + count
                        + " from the partnership", "Here is what happened since your last " + daily + " digest.",
                sections, footer(to, NotificationKind.DIGEST, "You receive this " + daily + " digest because you "
                        + "chose it for one or more bodies of the partnership."));
    }

    private Letter.Footer footer(Person to, NotificationKind kind, String why) {
        return new Letter.Footer(why, settings.link("/mail/unsubscribe?t=" + choices.tokenFor(to.getId(), kind)),
                settings.link("/account/mail.xhtml"));
    }

    /**
     * The activation link goes by e-mail only, made as the letter is written: a fresh token replaces whatever the
     * account held, so only the link in the message works, once, for seven days.
     */
    private Letter.Section invitation(Person to) {
        Person person = em.find(Person.class, to.getId());
        if (person == null || !person.isInvitationPending()) {
            throw new NotFoundException();
        }
        OffsetDateTime expires = clock.now().plusDays(INVITATION_DAYS);
        String token = person.issueInvitation(expires);
        String link = settings.link("/activate.xhtml?token=" + token);
        return plain("Your account on the Partnership Governance Portal", "Your agency, " + person.getAgency()
                        .getName() + ", has given you an account on the Partnership Governance Portal as "
                        + person.getUsername() + ". Choose your password through the link below: it works once, "
                        + "until " + expires.atZoneSameInstant(LondonTime.ZONE).format(UkFormats.DAY_AT_TIME) + ".",
                link, "Choose your password", null);
    }

    /** The meeting as the recipient may read it now, only while they still sit on its body. */
    private MeetingView stillMembers(long meetingId) {
        MeetingView m = meetings.getMeeting(meetingId);
        if (!access.caller().sitsOn(m.bodyId())) {
            throw new NotFoundException();
        }
        return m;
    }

    private Letter.Section agenda(MeetingView m) {
        String when = m.startsAt().format(UkFormats.DAY_AT_TIME);
        String link = settings.link("/meeting/view.xhtml?id=" + m.id());
        List<String> lines = new ArrayList<>();
        for (ItemView i : m.items()) {
            String number = i.number() == null ? "" : i.number() + " ";
            lines.add(number + i.titleOutsideThePortal());
        }
        String intro = "The agenda of the " + m.bodyName() + " meeting on " + when
                + (m.venue() == null ? "" : " (" + m.venue() + ")") + " is published.";
        StringBuilder text = new StringBuilder(intro).append("\n\n");
        lines.forEach(l -> text.append("  ").append(l).append('\n'));
        text.append("\nThe agenda, the papers and the pack: ").append(link).append('\n');
        StringBuilder html = new StringBuilder("<p>").append(esc(intro)).append("</p><ol>");
        lines.forEach(l -> html.append("<li>").append(esc(l)).append("</li>"));
        html.append("</ol><p><a href=\"").append(esc(link)).append("\">The agenda, the papers and the pack</a></p>");
        return new Letter.Section("Agenda published: " + m.bodyName() + ", " + when, text.toString(),
                html.toString(), calendars.meetingForMail(m.id()));
    }

    /** A meeting moved or cancelled, with the calendar event that updates or cancels the one sent before. */
    private Letter.Section moved(MeetingView m) {
        boolean cancelled = "CANCELLED".equals(m.statusCode());
        String when = m.startsAt().format(UkFormats.DAY_AT_TIME);
        String link = settings.link("/meeting/view.xhtml?id=" + m.id());
        String intro = cancelled ? "The " + m.bodyName() + " meeting on " + when + " is cancelled."
                : "The " + m.bodyName() + " meeting is rearranged: it is now on " + when
                + (m.venue() == null ? "" : " (" + m.venue() + ")") + ".";
        String why = m.statusReason() == null ? "" : " Reason: " + m.statusReason();
        return plain((cancelled ? "Meeting cancelled: " : "Meeting rearranged: ") + m.bodyName() + ", " + when,
                intro + why, link, "The meeting's page", calendars.meetingForMail(m.id()));
    }

    private Letter.Section minutes(MeetingView m, boolean approved) {
        String when = m.startsAt().format(UkFormats.DAY_AT_TIME);
        String link = settings.link("/meeting/view.xhtml?id=" + m.id() + "#minutes");
        String intro = approved ? "The minutes of the " + m.bodyName() + " meeting on " + when
                + " are approved as a correct record."
                : "The draft minutes of the " + m.bodyName() + " meeting on " + when
                + " are circulated to members for comment before they are approved at the next meeting.";
        return plain((approved ? "Minutes approved: " : "Draft minutes for comment: ") + m.bodyName() + ", "
                + when, intro, link, "Read the minutes", null);
    }

    /**
     * A paper added or replaced after publication, while the recipient sits on the body and may read the paper;
     * named by its item's number and public title only (the paper may be marked or restricted).
     */
    private Letter.Section latePaper(long paperId) {
        long meetingId = papers.meetingOfPaper(paperId);
        MeetingView m = stillMembers(meetingId);
        PaperView paper = papers.papersOfMeeting(meetingId).values().stream().flatMap(List::stream)
                .filter(p -> p.id() == paperId).findFirst().orElseThrow(NotFoundException::new);
        ItemView item = m.items().stream().filter(i -> i.id() == paper.itemId()).findFirst()
                .orElseThrow(NotFoundException::new);
        boolean replaced = paper.files().stream().anyMatch(f -> !f.superseded() && f.revision() > 1);
        String when = m.startsAt().format(UkFormats.DAY_AT_TIME);
        String what = (item.number() == null ? "" : item.number() + " ") + item.titleOutsideThePortal();
        String intro = (replaced ? "A paper has been replaced" : "A paper has been added") + " after the agenda of the "
                + m.bodyName() + " meeting on " + when + " was published, for the item " + what + ".";
        return plain((replaced ? "Paper replaced: " : "Late paper: ") + m.bodyName() + ", " + when, intro,
                settings.link("/meeting/view.xhtml?id=" + m.id()), "The agenda and its papers", null);
    }

    /** A published report's recommendation to the recipient's agency, with where to see and answer it. */
    private Letter.Section recommendation(ProgrammeViews.RecommendationView r) {
        String intro = "The " + r.bodyName() + " has published its report on " + r.topicTitle() + ". Its recommendation "
                + r.number() + " is addressed to " + r.addressedTo() + " and awaits a response: " + r.text();
        return plain("Recommendation awaiting your response: " + r.topicTitle(), intro,
                settings.link("/scrutiny/recommendations.xhtml"), "Your agency's recommendations", null);
    }

    /** For the receiving secretary, while it still waits: where from, never what (it may be exempt). */
    private Letter.Section referral(long decisionId) {
        ReferralService.Waiting w = referrals.waitingForMyBodies().stream().filter(r -> r.decisionId() == decisionId)
                .findFirst().orElseThrow(() -> new NotFoundException());
        String link = settings.link("/body/view.xhtml?id=" + w.toBodyId());
        String intro = "The " + w.fromBody() + " has referred an item to the " + w.toBody()
                + ". It waits on the items to be placed until you put it on the agenda of one of its meetings.";
        return plain("Referral to place: from the " + w.fromBody(), intro, link, "The " + w.toBody(), null);
    }

    private Letter.Section action(ActionDetail a) {
        String link = settings.link("/action/view.xhtml?id=" + a.id());
        String due = UkFormats.DAY.format(a.dueOn());
        String intro = "The " + a.bodyName() + " has given you an action, " + a.reference() + ": " + a.title()
                + ". It is due on " + due + ".";
        return plain("Action for you: " + a.reference() + ", due " + due, intro, link,
                "Report progress on " + a.reference(), null);
    }

    /** A reminder to the owner (and, when overdue, the agency's administrators) with progress one click away. */
    private Letter.Section reminder(ActionDetail a, boolean overdue) {
        String link = settings.link("/action/view.xhtml?id=" + a.id() + "#update");
        String due = UkFormats.DAY.format(a.dueOn());
        String intro = overdue ? "The " + a.bodyName() + "'s action " + a.reference() + ", " + a.title() + ", owned by "
                + a.ownerName() + " (" + a.ownerAgency() + "), was due on " + due + " and is not yet complete."
                : "The " + a.bodyName() + "'s action " + a.reference() + ", " + a.title() + ", owned by "
                + a.ownerName() + ", is due on " + due + ".";
        return plain((overdue ? "Action overdue: " : "Action due in 7 days: ") + a.reference() + ", due " + due,
                intro, link, "Report progress on " + a.reference(), null);
    }

    /** A section of one paragraph and one link, in plain text and HTML. */
    private static Letter.Section plain(String subject, String paragraph, String link, String linkText,
                                        String calendar) {
        return new Letter.Section(subject, paragraph + "\n\n" + linkText + ": " + link + "\n", "<p>"
                + esc(paragraph) + "</p><p><a href=\"" + esc(link) + "\">" + esc(linkText) + "</a></p>", calendar);
    }
}
