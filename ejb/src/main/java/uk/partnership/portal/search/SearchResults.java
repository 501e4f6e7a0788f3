package uk.partnership.portal.search;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** One page of what a search found among the records the reader may see, with the totals by kind. */
public record SearchResults(String query, long total, List<KindCount> counts, List<Hit> hits, int page, int pages)
        implements Serializable {

    public static final int PAGE_SIZE = 20;

    /** How many of one kind matched. */
    public record KindCount(String kind, String label, long count) implements Serializable {
    }

    /**
     * One record found: its kind, id, title, the passage around the words found (HTML: escaped text with the words
     * in {@code <mark>}), its date, its body and where to read it.
     */
    public record Hit(String kind, String kindLabel, long id, String title, String snippetHtml, LocalDate on,
                      String bodyName, String path) implements Serializable {
    }

    public static SearchResults empty(String query) {
        return new SearchResults(query, 0, List.of(), List.of(), 1, 0);
    }
}
