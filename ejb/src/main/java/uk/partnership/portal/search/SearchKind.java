package uk.partnership.portal.search;

import java.util.function.Function;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.access.Condition;
import uk.partnership.portal.access.ScopeCondition;
import uk.partnership.portal.body.WorkingRecords;
import uk.partnership.portal.meeting.ItemsVisible;
import uk.partnership.portal.minutes.MinutesQueryService;
import uk.partnership.portal.scrutiny.TopicRules;

/**
 * The kinds of record search finds: for each, the entity joined to its index row ({@code d}) and the feature's own
 * rule of who may read it, as a JPQL condition — the same rule the feature's pages and API apply.
 */
public enum SearchKind {
    MEETING("Meetings", "Meeting m", "m.id",
            c -> ScopeCondition.visibleTo(c, "Body", "m.body", "m.body.id", "body")),
    ITEM("Agenda items", "AgendaItem i join i.meeting m", "i.id", c -> ItemsVisible.to(c, "i", "m")),
    PAPER("Papers", "Paper p join p.item i join i.meeting m", "p.id", c -> ItemsVisible.to(c, "i", "m")),
    MINUTE("Minutes", "Minute n join n.item i join i.meeting m", "n.id", SearchKind::recordOfMeeting),
    DECISION("Decisions", "Decision x join x.item i join i.meeting m", "x.id", SearchKind::recordOfMeeting),
    ACTION("Actions", "Action a", "a.id", c -> WorkingRecords.visibleTo(c, "a.body", "a.ownerAgency")),
    UPDATE("Progress updates", "ActionUpdate u join u.action a", "u.id",
            c -> WorkingRecords.visibleTo(c, "a.body", "a.ownerAgency")),
    TOPIC("Scrutiny topics", "Topic t", "t.id",
            c -> ScopeCondition.visibleTo(c, "Body", "t.body", "t.body.id", "body").and(TopicRules.topicVisibleTo(c, "t"))),
    RECOMMENDATION("Recommendations", "Recommendation r join r.topic t left join r.addressedTo ag", "r.id",
            c -> ScopeCondition.visibleTo(c, "Body", "t.body", "t.body.id", "body")
                    .and(TopicRules.recommendationVisibleTo(c, "t", "ag"))),
    FINDING("Inspection findings", "Finding f join f.inspection s", "f.id", c -> WorkingRecords.visibleTo(c, "s.body")),
    BODY("Bodies", "Body b", "b.id", c -> ScopeCondition.visibleTo(c, "Body", "b", "b.id", "body"));

    private final String label;
    private final String from;
    private final String id;
    private final Function<Caller, Condition> visible;

    SearchKind(String label, String from, String id, Function<Caller, Condition> visible) {
        this.label = label;
        this.from = from;
        this.id = id;
        this.visible = visible;
    }

    public String label() {
        return label;
    }

    /** The entities to join after {@code from SearchDoc d, }. */
    String from() {
        return from;
    }

    /** The path of the record's id, joined to {@code d.recordId}. */
    String id() {
        return id;
    }

    Condition visibleTo(Caller caller) {
        return visible.apply(caller);
    }

    /** Minutes and decisions: the item's rule, and the meeting's record released to the reader. */
    private static Condition recordOfMeeting(Caller caller) {
        return ItemsVisible.to(caller, "i", "m").and(MinutesQueryService.recordVisibleTo(caller, "m"))
                .and(new Condition(" and m.minutesStatus is not null", java.util.Map.of()));
    }
}
