package uk.partnership.portal.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.partnership.portal.search.SearchResults;
import uk.partnership.portal.search.SearchService;

/** Search, with the same answers as the search page: anonymous callers search the public record. */
@ApplicationScoped
@Path("search")
@Tag(name = "Search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    SearchService search;

    @GET
    @Operation(summary = "Search what the caller may read",
            description = "q in web-search syntax (\"a phrase\", -excluded, or); kind one of MEETING, ITEM, PAPER, "
                    + "MINUTE, DECISION, ACTION, UPDATE, TOPIC, RECOMMENDATION, FINDING, BODY; body an id; from and "
                    + "to as YYYY-MM-DD; page from 1 (20 results a page).")
    public SearchResults search(@QueryParam("q") String q, @QueryParam("kind") String kind,
                                @QueryParam("body") Long body, @QueryParam("from") String from,
                                @QueryParam("to") String to, @QueryParam("page") Integer page) {
        return search.search(new SearchService.Query(q, kind, body, ApiParams.date(from), ApiParams.date(to), page));
    }
}
