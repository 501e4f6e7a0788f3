package uk.partnership.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a timed test: 100,000 generated actions on one body (with a progress update each), then the
 * body's log, the police partner's list, the filters, the overdue view and the export are timed and printed. What
 * it asserts is correctness at that size (every action is in exactly one RAG band, each band's rows carry that
 * band, the partner's total matches the database). The generated rows and the body are removed afterwards.
 */
class ActionLogBenchmarkIT extends PortalIT {

    private static final int ACTIONS = 100_000;
    private static final int RUNS = 7;

    private final Map<String, String> figures = new LinkedHashMap<>();

    @Test
    void theLogAndThePartnersListWithAHundredThousandActions() throws Exception {
        String admin = api.token("admin");
        Api.Reply created = api.call("POST", "/api/v1/bodies", admin, "{\"name\":\"Benchmark Improvement Board\","
                + "\"shortName\":\"BENCH\",\"kind\":\"IMPROVEMENT_BOARD\",\"accessLevel\":\"PARTNERSHIP\",\"quorum\":3}");
        assertEquals(201, created.status(), created.body());
        long body = created.object().getJsonNumber("id").longValue();
        var themes = jakarta.json.Json.createArrayBuilder();
        for (int i = 1; i <= 11; i++) {
            themes.add(jakarta.json.Json.createObjectBuilder().add("title", "Priority " + i));
        }
        JsonObject plan = api.call("POST", "/api/v1/improvement/" + body + "/plans", admin, jakarta.json.Json
                .createObjectBuilder().add("title", "Benchmark plan").add("period", "2026–29").add("priorities", themes)
                .build().toString()).object();
        long planId = plan.getJsonNumber("id").longValue();
        long policeOwned;
        try (Connection db = DriverManager.getConnection(EmbeddedPostgresSession.jdbcUrl(), "postgres", "postgres")) {
            long start = System.nanoTime();
            generate(db, body, planId);
            figures.put("generate " + ACTIONS + " actions + updates (SQL)", ms(System.nanoTime() - start));
            policeOwned = count(db, "select count(*) from action a join agency g on g.id = a.owner_agency_id "
                    + "where g.name = 'Cleveland Police'");
        }
        try {
            String police = api.token("police");
            JsonObject all = api.get("/api/v1/actions?body=" + body + "&size=25", admin).object();
            assertEquals(ACTIONS, all.getInt("total"));
            long banded = 0;
            for (String rag : List.of("RED", "AMBER", "GREEN", "BLUE")) {
                JsonObject band = api.get("/api/v1/actions?body=" + body + "&rag=" + rag + "&size=200", admin).object();
                banded += band.getInt("total");
                assertTrue(band.getJsonArray("actions").getValuesAs(JsonObject.class).stream()
                        .allMatch(a -> a.getString("rag").equals(rag)), "the query's band and the derived colour agree: " + rag);
            }
            assertEquals(ACTIONS, banded, "every action is in exactly one RAG band");
            JsonObject mine = api.get("/api/v1/actions?whose=MY_AGENCY&size=25", police).object();
            assertTrue(mine.getInt("total") >= policeOwned && mine.getInt("total") < policeOwned + 100,
                    "the partner sees their agency's " + policeOwned + " generated actions: " + mine.getInt("total"));

            time(api, admin, "API body log, first page of 25", "/api/v1/actions?body=" + body + "&size=25");
            time(api, admin, "API body log, last page", "/api/v1/actions?body=" + body + "&size=25&first=" + (ACTIONS - 25));
            time(api, admin, "API body log, overdue", "/api/v1/actions?body=" + body + "&overdue=true&size=25");
            time(api, admin, "API body log, RAG amber", "/api/v1/actions?body=" + body + "&rag=AMBER&size=25");
            time(api, admin, "API body log, due this month", "/api/v1/actions?body=" + body + "&dueThisMonth=true&size=25");
            time(api, admin, "API body log, words", "/api/v1/actions?body=" + body + "&q=action+4242&size=25");
            time(api, police, "API partner, my agency's, first page", "/api/v1/actions?whose=MY_AGENCY&size=25");
            time(api, police, "API partner, my agency's overdue", "/api/v1/actions?whose=MY_AGENCY&overdue=true&size=25");
            time(api, admin, "API overdue by agency", "/api/v1/actions/overdue-by-agency?body=" + body);
            time(api, admin, "API plan dashboard (11 priorities)", "/api/v1/plans/" + planId + "/dashboard");
            JsonObject dashboard = api.get("/api/v1/plans/" + planId + "/dashboard", admin).object();
            assertEquals(ACTIONS, dashboard.getJsonObject("plan").getJsonArray("priorities").getValuesAs(JsonObject.class)
                    .stream().mapToInt(p -> p.getInt("red") + p.getInt("amber") + p.getInt("green") + p.getInt("blue")).sum(),
                    "every action counted once in the roll-up");
            long start = System.nanoTime();
            var csv = api.bytes("/api/v1/actions/export.csv?body=" + body + "&status=ANY", admin);
            figures.put("CSV export of the whole log", ms(System.nanoTime() - start) + ", "
                    + csv.body().length / 1024 + " KB");
            start = System.nanoTime();
            var xlsx = api.bytes("/api/v1/actions/export.xlsx?body=" + body, admin);
            figures.put("Excel export of the whole log", ms(System.nanoTime() - start) + ", "
                    + xlsx.body().length / 1024 + " KB");
            assertEquals(ACTIONS + 1, new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8).split("\r\n").length);

            try (Browser browser = new Browser(base.toString())) {
                browser.signIn("admin");
                timePage(browser, "page: body action log (admin)", "/body/actions.xhtml?body=" + body);
                browser.signIn("police");
                timePage(browser, "page: partner's actions (police, my agency's)", "/action/mine.xhtml?whose=MY_AGENCY");
                timePage(browser, "page: partner's overdue by agency", "/action/overdue.xhtml");
                browser.signIn("admin");
                timePage(browser, "page: plan dashboard (admin)", "/improvement/plan.xhtml?id=" + planId);
            }
        } finally {
            System.out.println("Action log benchmark, " + ACTIONS + " actions (median of " + RUNS + " after 2 warm-ups):");
            figures.forEach((k, v) -> System.out.printf(Locale.UK, "  %-48s %s%n", k, v));
            try (Connection db = DriverManager.getConnection(EmbeddedPostgresSession.jdbcUrl(), "postgres", "postgres");
                 Statement s = db.createStatement()) {
                s.executeUpdate("update action set latest_update_id = null where body_id = " + body);
                s.executeUpdate("delete from action_update where action_id in (select id from action where body_id = " + body + ")");
                s.executeUpdate("delete from action where body_id = " + body);
                s.executeUpdate("delete from action_reference where body_id = " + body);
                s.executeUpdate("delete from plan_priority where plan_id in (select id from improvement_plan where body_id = "
                        + body + ")");
                s.executeUpdate("delete from improvement_plan where body_id = " + body);
            }
            assertEquals(204, api.call("DELETE", "/api/v1/bodies/" + body, admin, null).status(),
                    "the benchmark body goes again, so other tests see the demo partnership only");
        }
    }

    /**
     * Spread like a real log: every agency owns some, due dates two years either side of today, statuses evenly
     * across the five an owner reports (closing needs a resolution, so none are closed), one update each.
     */
    private static void generate(Connection db, long body, long planId) throws Exception {
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement("""
                with ag as (select array_agg(id order by id) ids, count(*) n from agency)
                insert into action (body_id, reference, title, owner_agency_id, due_on, status)
                select ?, 'BENCH-2026-' || lpad(g::text, 6, '0'), 'Generated action ' || g || ' for the benchmark',
                       ag.ids[1 + g % ag.n], current_date + (g % 1461) - 730,
                       (array['NOT_STARTED','ON_TRACK','AT_RISK','OFF_TRACK','COMPLETE'])[1 + g % 5]
                from generate_series(1, ?) g, ag""")) {
            insert.setLong(1, body);
            insert.setInt(2, ACTIONS);
            insert.executeUpdate();
        }
        try (Statement s = db.createStatement()) {
            s.executeUpdate("insert into action_update (action_id, written_on, progress, impact, status_before, status_after) "
                    + "select id, current_date - 1, 'Generated progress for ' || reference, 'Generated impact', "
                    + "'NOT_STARTED', status from action where body_id = " + body);
            s.executeUpdate("update action a set latest_update_id = u.id from action_update u "
                    + "where u.action_id = a.id and a.body_id = " + body);
            s.executeUpdate("with p as (select array_agg(id order by number) ids from plan_priority where plan_id = "
                    + planId + ") update action a set priority_id = p.ids[1 + a.id % 11] from p where a.body_id = " + body);
            s.execute("analyze action");
            s.execute("analyze action_update");
        }
        db.commit();
        db.setAutoCommit(true);
    }

    private void time(Api api, String token, String label, String path) throws Exception {
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < RUNS + 2; i++) {
            long start = System.nanoTime();
            Api.Reply reply = api.get(path, token);
            long took = System.nanoTime() - start;
            assertEquals(200, reply.status(), reply.body());
            if (i >= 2) {
                runs.add(took);
            }
        }
        figures.put(label, ms(median(runs)));
    }

    private void timePage(Browser browser, String label, String path) {
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < RUNS + 2; i++) {
            long start = System.nanoTime();
            browser.open(path);
            browser.find("#list\\:actions, #noneOverdue, .group, #priorities");
            long took = System.nanoTime() - start;
            if (i >= 2) {
                runs.add(took);
            }
        }
        figures.put(label, ms(median(runs)));
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String ms(long nanos) {
        return String.format(Locale.UK, "%.1f ms", nanos / 1_000_000.0);
    }
}
