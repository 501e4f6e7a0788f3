package uk.partnership.portal.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.body.BodySummary;
import uk.partnership.portal.search.SearchKind;
import uk.partnership.portal.search.SearchResults;
import uk.partnership.portal.search.SearchService;
import uk.partnership.portal.web.support.PageActions;
import uk.partnership.portal.web.support.UkDateConverter;

/**
 * The search page: every choice is in the address (q, kind, body, from, to, page), so a search can be bookmarked,
 * reloaded and shared; a malformed choice is a message on the page, never an error.
 */
@Named
@RequestScoped
public class SearchBacking {


    @Inject
    SearchService search;

    @Inject
    BodyService bodies;

    private String q;
    private String kind;
    private String body;
    private String from;
    private String to;
    private String page;
    private SearchResults results;

    public void load() {
        Long bodyId = number(body, "Choose a body from the list.");
        Long pageNumber = number(page, "Choose a page from the list.");
        LocalDate fromDate = date(from, "The 'from' date");
        LocalDate toDate = date(to, "The 'to' date");
        if ((body != null && !body.isBlank() && bodyId == null) || (page != null && !page.isBlank() && pageNumber == null)
                || (from != null && !from.isBlank() && fromDate == null) || (to != null && !to.isBlank() && toDate == null)) {
            results = SearchResults.empty(q);
            return;
        }
        results = PageActions.attempt(() -> search.search(new SearchService.Query(q, kind, bodyId, fromDate, toDate,
                pageNumber == null ? null : pageNumber.intValue())));
        if (results == null) {
            results = SearchResults.empty(q);
        }
    }

    /** A date as typed (20/07/2020 and the like), or null after a message naming the field. */
    private static LocalDate date(String value, String field) {
        try {
            return new UkDateConverter().getAsObject(null, null, value);
        } catch (jakarta.faces.convert.ConverterException e) {
            org.omnifaces.util.Messages.addGlobalError(field + ": " + e.getFacesMessage().getSummary());
            return null;
        }
    }

    private static Long number(String value, String problem) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            org.omnifaces.util.Messages.addGlobalError(problem);
            return null;
        }
    }

    public List<Integer> getPageNumbers() {
        return java.util.stream.IntStream.rangeClosed(1, results == null ? 0 : results.pages()).boxed().toList();
    }

    public List<BodySummary> getBodies() {
        return bodies.listBodies();
    }

    public SearchKind[] getKinds() {
        return SearchKind.values();
    }

    /** The address of this search with another kind and the first page ({@code null}: every kind). */
    public String withKind(String other) {
        return address(other, 1);
    }

    /** The address of this search's given page. */
    public String atPage(int number) {
        return address(kind, number);
    }

    private String address(String k, int number) {
        StringBuilder a = new StringBuilder("?q=").append(encode(q));
        if (k != null && !k.isBlank()) {
            a.append("&kind=").append(encode(k));
        }
        if (body != null && !body.isBlank()) {
            a.append("&body=").append(encode(body));
        }
        if (from != null && !from.isBlank()) {
            a.append("&from=").append(encode(from));
        }
        if (to != null && !to.isBlank()) {
            a.append("&to=").append(encode(to));
        }
        if (number > 1) {
            a.append("&page=").append(number);
        }
        return a.toString();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public SearchResults getResults() {
        return results;
    }
}
