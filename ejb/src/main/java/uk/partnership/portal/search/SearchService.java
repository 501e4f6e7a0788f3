package uk.partnership.portal.search;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.access.Condition;
import uk.partnership.portal.audit.AuditAction;
import uk.partnership.portal.audit.AuditTrail;
import uk.partnership.portal.shared.Choices;
import uk.partnership.portal.shared.InvalidInputException;

/**
 * Searches the index as the caller: web-search syntax ("quoted phrases", -exclusions, or) with English stemming,
 * every kind's rows joined to their records and cut by that kind's rule inside the query, so the totals, the counts
 * by kind and the snippets come only from what the caller may read. Results are ranked (title words weigh more),
 * newest first among equals, and paged. A search that shows restricted or exempt records is written to the audit
 * trail, as reading them would be.
 */
@Stateless
@PermitAll
public class SearchService {

    static final int MAX_QUERY = 200;
    static final int MAX_PAGE = 50;
    private static final String MATCH = "SQL('? @@ websearch_to_tsquery(''english'', ?)', d.tsv, :q) = TRUE";
    private static final String START = "\u0002";
    private static final String STOP = "\u0003";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @EJB
    AuditTrail audit;

    /** What to look for and where: words, and optionally a kind, a body, a date range and a page (from 1). */
    public record Query(String text, String kind, Long bodyId, LocalDate from, LocalDate to, Integer page) {
    }

    public SearchResults search(Query query) {
        String text = query.text() == null ? "" : query.text().strip();
        if (text.isEmpty()) {
            return SearchResults.empty("");
        }
        InvalidInputException.require(text.length() <= MAX_QUERY, "Search for at most " + MAX_QUERY + " characters.");
        InvalidInputException.require(query.from() == null || query.to() == null || !query.to().isBefore(query.from()),
                "The 'to' date is before the 'from' date; swap them.");
        SearchKind only = query.kind() == null || query.kind().isBlank() ? null
                : Choices.parse(SearchKind.class, query.kind(), "Choose a kind of record from the list.");
        int page = query.page() == null ? 1 : query.page();
        InvalidInputException.require(page >= 1 && page <= MAX_PAGE, "Choose a page from 1 to " + MAX_PAGE + ".");
        Caller caller = access.caller();
        int wanted = page * SearchResults.PAGE_SIZE;

        Map<SearchKind, Long> counts = new EnumMap<>(SearchKind.class);
        List<Ranked> ranked = new ArrayList<>();
        for (SearchKind kind : SearchKind.values()) {
            if (only != null && kind != only) {
                continue;
            }
            Condition visible = kind.visibleTo(caller);
            String where = " from SearchDoc d, " + kind.from() + " where d.kind = '" + kind.name() + "' and d.recordId = "
                    + kind.id() + " and " + MATCH + filters(query) + visible.jpql();
            // One statement a kind: the best rows to the page's end, each carrying the kind's whole count.
            List<Object[]> top = bind(em.createQuery("select d.recordId, SQL('ts_rank(?, websearch_to_tsquery("
                    + "''english'', ?))', d.tsv, :q) as rnk, d.onDate, SQL('count(*) over ()') as total" + where
                    + " order by rnk desc, d.onDate desc, d.recordId desc", Object[].class), visible, text, query)
                    .setMaxResults(wanted).getResultList();
            if (top.isEmpty()) {
                continue;
            }
            counts.put(kind, ((Number) top.get(0)[3]).longValue());
            top.forEach(r -> ranked.add(new Ranked(kind, ((Number) r[0]).longValue(), ((Number) r[1]).doubleValue(),
                    (LocalDate) r[2])));
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        ranked.sort(Comparator.comparingDouble(Ranked::rank).reversed()
                .thenComparing(Ranked::on, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Ranked::id, Comparator.reverseOrder()));
        List<Ranked> shown = ranked.stream().skip((long) (page - 1) * SearchResults.PAGE_SIZE)
                .limit(SearchResults.PAGE_SIZE).toList();
        List<Found> found = found(shown, text);
        auditRestricted(caller, found, text);
        List<SearchResults.Hit> hits = found.stream().map(Found::hit).toList();
        List<SearchResults.KindCount> byKind = counts.entrySet().stream()
                .map(e -> new SearchResults.KindCount(e.getKey().name(), e.getKey().label(), e.getValue())).toList();
        int pages = (int) Math.min(MAX_PAGE, (total + SearchResults.PAGE_SIZE - 1) / SearchResults.PAGE_SIZE);
        return new SearchResults(text, total, byKind, hits, page, pages);
    }

    private record Ranked(SearchKind kind, long id, double rank, LocalDate on) {
    }

    private static String filters(Query query) {
        return (query.bodyId() == null ? "" : " and d.bodyId = :body")
                + (query.from() == null ? "" : " and d.onDate >= :from")
                + (query.to() == null ? "" : " and d.onDate <= :to");
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, Condition visible, String text, Query query) {
        visible.bind(q).setParameter("q", text);
        if (query.bodyId() != null) {
            q.setParameter("body", query.bodyId());
        }
        if (query.from() != null) {
            q.setParameter("from", query.from());
        }
        if (query.to() != null) {
            q.setParameter("to", query.to());
        }
        return q;
    }

    /**
     * Titles, snippets, bodies, where to read them and (for what lives on an agenda) the item's level, in one query
     * for the page's records only: the caller may read each of them.
     */
    private List<Found> found(List<Ranked> shown, String text) {
        if (shown.isEmpty()) {
            return List.of();
        }
        StringBuilder keys = new StringBuilder();
        List<Object> params = new ArrayList<>();
        params.add(text);
        for (Ranked r : shown) {
            keys.append(keys.length() == 0 ? "" : " or ").append("(d.kind = ?").append(params.size() + 1)
                    .append(" and d.record_id = ?").append(params.size() + 2).append(")");
            params.add(r.kind().name());
            params.add(r.id());
        }
        var q = em.createNativeQuery("select d.kind, d.record_id, d.title, ts_headline('english', d.content,"
                + " websearch_to_tsquery('english', ?1), 'StartSel=" + START + ", StopSel=" + STOP + ", MaxWords=35,"
                + " MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"'), b.name, " + SearchLinks.PARENT + ", "
                + SearchLinks.ITEM_LEVEL + " from search_doc d left join body b on b.id = d.body_id where " + keys);
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        Map<String, Object[]> rows = new HashMap<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            rows.put(r[0] + ":" + ((Number) r[1]).longValue(), r);
        }
        List<Found> found = new ArrayList<>();
        for (Ranked r : shown) {
            Object[] row = rows.get(r.kind().name() + ":" + r.id());
            if (row != null) {
                long parent = row[5] == null ? r.id() : ((Number) row[5]).longValue();
                found.add(new Found(new SearchResults.Hit(r.kind().name(), r.kind().label(), r.id(), (String) row[2],
                        marked((String) row[3]), r.on(), (String) row[4], SearchLinks.path(r.kind(), r.id(), parent)),
                        (String) row[6]));
            }
        }
        return found;
    }

    /** A hit and, for what lives on an agenda, its item's access level. */
    private record Found(SearchResults.Hit hit, String itemLevel) {
    }

    /** The headline as HTML: every character escaped, then the found words marked. */
    static String marked(String headline) {
        if (headline == null) {
            return "";
        }
        String escaped = headline.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
        return escaped.replace(START, "<mark>").replace(STOP, "</mark>");
    }

    /** Restricted or exempt records shown by a search are read, as far as the audit trail is concerned. */
    private void auditRestricted(Caller caller, List<Found> found, String text) {
        long restricted = found.stream().filter(f -> "RESTRICTED".equals(f.itemLevel())
                || "EXEMPT".equals(f.itemLevel())).count();
        if (!caller.anonymous() && restricted > 0) {
            audit.record(AuditAction.READ, "Search", null, "Searched for \"" + (text.length() > 100
                    ? text.substring(0, 100) : text) + "\": " + restricted + " restricted or exempt results shown", null);
        }
    }
}
