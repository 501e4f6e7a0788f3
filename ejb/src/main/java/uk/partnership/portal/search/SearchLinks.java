package uk.partnership.portal.search;

/** Where each kind of record is read, and the SQL that finds what it belongs to (its meeting, action or topic). */
final class SearchLinks {

    /** For the row {@code d}: the id of the record whose page shows it (null: its own). */
    static final String PARENT = "case d.kind"
            + " when 'ITEM' then (select i.meeting_id from agenda_item i where i.id = d.record_id)"
            + " when 'PAPER' then (select i.meeting_id from paper p join agenda_item i on i.id = p.item_id"
            + " where p.id = d.record_id)"
            + " when 'MINUTE' then (select i.meeting_id from minute n join agenda_item i on i.id = n.item_id"
            + " where n.id = d.record_id)"
            + " when 'DECISION' then (select i.meeting_id from decision x join agenda_item i on i.id = x.item_id"
            + " where x.id = d.record_id)"
            + " when 'UPDATE' then (select u.action_id from action_update u where u.id = d.record_id)"
            + " when 'RECOMMENDATION' then (select r.topic_id from wp_recommendation r where r.id = d.record_id)"
            + " when 'FINDING' then (select f.inspection_id from inspection_finding f where f.id = d.record_id)"
            + " end";

    /** For the row {@code d}: the access level of the agenda item it lives on, if it does. */
    static final String ITEM_LEVEL = "case d.kind"
            + " when 'ITEM' then (select i.access_level from agenda_item i where i.id = d.record_id)"
            + " when 'PAPER' then (select i.access_level from paper p join agenda_item i on i.id = p.item_id"
            + " where p.id = d.record_id)"
            + " when 'MINUTE' then (select i.access_level from minute n join agenda_item i on i.id = n.item_id"
            + " where n.id = d.record_id)"
            + " when 'DECISION' then (select i.access_level from decision x join agenda_item i on i.id = x.item_id"
            + " where x.id = d.record_id)"
            + " end";

    private SearchLinks() {
    }

    static String path(SearchKind kind, long id, long parent) {
        return switch (kind) {
            case MEETING -> "/meeting/view.xhtml?id=" + id;
            case ITEM, PAPER -> "/meeting/view.xhtml?id=" + parent + "#agenda";
            case MINUTE, DECISION -> "/meeting/view.xhtml?id=" + parent + "#minutes";
            case ACTION -> "/action/view.xhtml?id=" + id;
            case UPDATE -> "/action/view.xhtml?id=" + parent;
            case TOPIC -> "/scrutiny/topic.xhtml?id=" + id;
            case RECOMMENDATION -> "/scrutiny/topic.xhtml?id=" + parent;
            case FINDING -> "/improvement/inspection.xhtml?id=" + parent;
            case BODY -> "/body/view.xhtml?id=" + id;
        };
    }
}
