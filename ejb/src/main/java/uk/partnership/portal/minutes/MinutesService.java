package uk.partnership.portal.minutes;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.account.CurrentPerson;
import uk.partnership.portal.audit.AuditAction;
import uk.partnership.portal.audit.AuditTrail;
import uk.partnership.portal.audit.Changes;
import uk.partnership.portal.meeting.AgendaItem;
import uk.partnership.portal.meeting.MeetingService;
import uk.partnership.portal.shared.ForbiddenException;
import uk.partnership.portal.shared.InvalidInputException;
import uk.partnership.portal.shared.NotFoundException;
import uk.partnership.portal.shared.PortalClock;

/**
 * Writing minutes. Each save names the revision it started from; a save from an older revision never
 * overwrites: it is kept in the history and answered with both texts so its author can merge.
 */
@Stateless
@PermitAll
public class MinutesService {

    private static final int MAX_LENGTH = 200_000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @EJB
    CurrentPerson currentPerson;

    @EJB
    AuditTrail audit;

    @EJB
    MeetingService meetings;

    @Inject
    PortalClock clock;

    public MinuteSave saveMinute(long itemId, String html, Integer baseRevision) {
        AgendaItem item = managedItem(itemId);
        InvalidInputException.require(baseRevision != null, "Say which revision of the minute you started from.");
        InvalidInputException.require(html == null || html.length() <= MAX_LENGTH,
                "A minute can be at most " + MAX_LENGTH + " characters of text and markup.");
        String clean = MinuteText.sanitise(html);
        // The first save creates the row; concurrent first saves meet on the unique item id, not in an error.
        em.createNativeQuery("insert into minute (item_id) values (?1) on conflict (item_id) do nothing")
                .setParameter(1, itemId).executeUpdate();
        // Saves of one minute queue on its row, so comparing revisions and writing happen as one step.
        Minute minute = em.createQuery("select m from Minute m where m.item.id = :item", Minute.class)
                .setParameter("item", itemId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
        OffsetDateTime now = clock.now();
        var author = currentPerson.get().orElse(null);
        if (minute.getRevision() != baseRevision) {
            em.persist(new MinuteVersion(minute, baseRevision, clean, MinuteVersion.Kind.CONFLICT, author, now));
            return new MinuteSave(true, minute.getRevision(), minute.getTextHtml(), minute.getTextHtml(), clean);
        }
        String before = minute.getTextHtml();
        minute.write(clean);
        em.persist(new MinuteVersion(minute, minute.getRevision(), clean, MinuteVersion.Kind.SAVED, author, now));
        em.flush();
        audit.record(AuditAction.UPDATE, "Minute", minute.getId(), "Minute of item " + itemId + " revision "
                + minute.getRevision(), Changes.of().field("length", before.length(), clean.length()));
        return new MinuteSave(false, minute.getRevision(), clean, null, null);
    }

    /** The minute with its history, for those who may see the item (the secretaries while in draft). */
    public MinuteView minute(long itemId) {
        AgendaItem item;
        try {
            item = managedItem(itemId);
        } catch (ForbiddenException e) {
            // Draft minutes do not exist for anyone but their secretaries until they are circulated.
            throw new NotFoundException();
        }
        Minute minute = em.createQuery("select m from Minute m where m.item.id = :item", Minute.class)
                .setParameter("item", item.getId()).getResultStream().findFirst().orElse(null);
        MinuteView.Context context = new MinuteView.Context(item.getMeeting().getId(),
                item.getMeeting().getBody().getName(), item.getMeeting().meetingDay(), item.getItemNumber(),
                item.getTitle(), em.createQuery("select d from Decision d where d.item = :i order by d.id", Decision.class)
                .setParameter("i", item).getResultStream().map(DecisionView::of).toList());
        if (minute == null) {
            return new MinuteView(itemId, 0, "", List.of(), context);
        }
        List<MinuteView.Entry> history = em.createQuery(
                        "select v from MinuteVersion v where v.minute = :m order by v.id", MinuteVersion.class)
                .setParameter("m", minute).getResultStream()
                .map(v -> new MinuteView.Entry(v.getRevision(), v.getKind().name(),
                        v.getSavedBy() == null ? null : v.getSavedBy().getFullName(), v.getSavedAt(), v.getTextHtml()))
                .toList();
        return new MinuteView(itemId, minute.getRevision(), minute.getTextHtml(), history, context);
    }

    private AgendaItem managedItem(long itemId) {
        return meetings.managedItem(access.caller(), itemId);
    }
}
