package uk.partnership.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a timed test (run by its own command, see the README): a body with 20,000 meetings, 100,000
 * agenda items each with a minute and 25,000 papers, generated from a fixed seed into the search index by the
 * database's own triggers; then typical searches through the API, as a member of the body and as the public, each
 * repeated, with p50 and p95 printed. It asserts only that the answers are right at that size.
 */
class SearchBenchmarkIT extends PortalIT {

    private static final int MEETINGS = 20_000;
    private static final int ITEMS_PER_MEETING = 5;
    private static final int PAPER_EVERY = 4;
    private static final int RUNS = 40;
    private static final String[] WORDS = ("safeguarding children placement custody return interview missing episode "
            + "exploitation school attendance exclusion health assessment care leaver fostering adoption residential "
            + "court social worker caseload supervision audit quality plan review strategy threshold referral "
            + "contact assessment timeliness neglect domestic abuse parenting early help family hub youth offending "
            + "remand bail police partnership board scrutiny panel recommendation budget overspend recruitment "
            + "agency staff vacancy training workforce practice standard inspection finding improvement judgement "
            + "outcome measure indicator target performance trend quarter month year council member director "
            + "manager officer report update progress risk mitigation action owner deadline overdue complete").split(" ");

    private final List<String> lines = new ArrayList<>();

    @Test
    void typicalSearchesOverAHundredThousandMinutes() throws Exception {
        String admin = api.token("admin");
        Api.Reply created = api.call("POST", "/api/v1/bodies", admin, "{\"name\":\"Search Benchmark Board\","
                + "\"shortName\":\"SBENCH\",\"kind\":\"BOARD\",\"accessLevel\":\"PARTNERSHIP\",\"quorum\":3}");
        assertEquals(201, created.status(), created.body());
        long body = created.object().getJsonNumber("id").longValue();
        Api.ok(api.call("POST", "/api/v1/bodies/" + body + "/members", admin, "{\"personId\":"
                + api.personIds().get("police") + ",\"role\":\"MEMBER\",\"startsOn\":\"2000-01-01\"}"));
        try (Connection db = DriverManager.getConnection(EmbeddedPostgresSession.jdbcUrl(), "postgres", "postgres")) {
            long start = System.nanoTime();
            generate(db, body);
            lines.add(String.format(Locale.UK, "generated %,d meetings, %,d items and minutes, %,d papers in %.0f s "
                            + "(the index kept by triggers)", MEETINGS, MEETINGS * ITEMS_PER_MEETING,
                    MEETINGS * ITEMS_PER_MEETING / PAPER_EVERY, (System.nanoTime() - start) / 1e9));
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                    "select count(*) from search_doc where body_id = " + body)) {
                r.next();
                lines.add(String.format(Locale.UK, "index rows for the body: %,d", r.getLong(1)));
            }
        }
        String police = api.token("police");
        String school = api.token("school");
        long rare = total("zephyrine", police);
        assertEquals(1, rare, "the one minute that carries the rare word");
        assertEquals(0, total("zephyrine", school), "a partner who does not sit on the body finds nothing");
        assertEquals(0, total("zephyrine", null), "nor does the public");
        assertTrue(total("safeguarding", police) > 10_000, "a common word finds many");

        time("common word (police, member)", "safeguarding", police);
        time("two words (police)", "custody remand", police);
        time("phrase (police)", "\"return interview\"", police);
        time("word and exclusion (police)", "fostering -adoption", police);
        time("rare word (police)", "zephyrine", police);
        time("common word, minutes only, one year (police)", "safeguarding&kind=MINUTE&from=2020-01-01&to=2020-12-31",
                police);
        time("common word, second page (police)", "safeguarding&page=2", police);
        time("common word (school, not a member)", "safeguarding", school);
        time("common word (the public)", "safeguarding", null);
        System.out.println("Search benchmark (" + RUNS + " runs each after 3 warm-ups, through the API):");
        lines.forEach(l -> System.out.println("  " + l));
    }

    private long total(String q, String token) throws Exception {
        return Api.ok(api.get("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), token)).object()
                .getJsonNumber("total").longValue();
    }

    private void time(String label, String query, String token) throws Exception {
        int amp = query.indexOf('&');
        String path = "/api/v1/search?q=" + URLEncoder.encode(amp < 0 ? query : query.substring(0, amp),
                StandardCharsets.UTF_8) + (amp < 0 ? "" : query.substring(amp));
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < RUNS + 3; i++) {
            long start = System.nanoTime();
            Api.Reply reply = api.get(path, token);
            long took = System.nanoTime() - start;
            assertEquals(200, reply.status(), reply.body());
            if (i >= 3) {
                runs.add(took);
            }
        }
        Collections.sort(runs);
        lines.add(String.format(Locale.UK, "%-48s p50 %6.1f ms  p95 %6.1f ms", label, runs.get(runs.size() / 2) / 1e6,
                runs.get((int) Math.ceil(runs.size() * 0.95) - 1) / 1e6));
    }

    /** Meetings across ten years, five items each with a minute, a paper on every fourth; one word used once. */
    private static void generate(Connection db, long body) throws Exception {
        Random random = new Random(20_200_720L);
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.executeUpdate("insert into meeting (body_id, starts_at, venue, status, municipal_year, agenda_published_at, "
                    + "agenda_published_on, minutes_status) select " + body + ", timestamp '2016-01-04 10:00' + "
                    + "(g * interval '4 hours'), 'Town Hall', 'HELD', 2016 + g / 2000, now(), current_date, 'APPROVED' "
                    + "from generate_series(1, " + MEETINGS + ") g");
        }
        List<Long> meetings = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select id from meeting where body_id = "
                + body + " order by id")) {
            while (r.next()) {
                meetings.add(r.getLong(1));
            }
        }
        try (PreparedStatement item = db.prepareStatement("insert into agenda_item (meeting_id, position, item_number, "
                + "title, purpose, access_level) values (?, ?, ?, ?, 'DECISION', 'PARTNERSHIP') returning id");
             PreparedStatement minute = db.prepareStatement("insert into minute (item_id, text_html, revision) values "
                     + "(?, ?, 1)");
             PreparedStatement paper = db.prepareStatement("insert into paper (item_id, report_of, submitted_to, "
                     + "report_date, title, report_for, key_decision, urgent, protective_marking, summary) values "
                     + "(?, 'Director of Children''s Services', 'The board', current_date, ?, 'DECISION', false, false, "
                     + "'OFFICIAL', ?)")) {
            int n = 0;
            for (long meeting : meetings) {
                for (int p = 1; p <= ITEMS_PER_MEETING; p++) {
                    n++;
                    item.setLong(1, meeting);
                    item.setInt(2, p);
                    item.setString(3, String.valueOf(p));
                    item.setString(4, sentence(random, 6));
                    long itemId;
                    try (ResultSet r = item.executeQuery()) {
                        r.next();
                        itemId = r.getLong(1);
                    }
                    minute.setLong(1, itemId);
                    minute.setString(2, "<p>" + (n == 77_777 ? "zephyrine " : "") + sentence(random, 60) + "</p>");
                    minute.addBatch();
                    if (n % PAPER_EVERY == 0) {
                        paper.setLong(1, itemId);
                        paper.setString(2, sentence(random, 8));
                        paper.setString(3, sentence(random, 80));
                        paper.addBatch();
                    }
                }
                if (n % 5_000 == 0) {
                    minute.executeBatch();
                    paper.executeBatch();
                }
            }
            minute.executeBatch();
            paper.executeBatch();
        }
        db.commit();
        try (Statement s = db.createStatement()) {
            s.execute("analyze search_doc");
            s.execute("analyze meeting");
            s.execute("analyze agenda_item");
            s.execute("analyze minute");
            s.execute("analyze paper");
        }
        db.setAutoCommit(true);
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }
}
