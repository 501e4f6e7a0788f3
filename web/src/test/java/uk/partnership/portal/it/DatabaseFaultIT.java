package uk.partnership.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.partnership.portal.it.Api.ok;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under a bounded write load — its connections cut, then the whole server stopped and
 * started again — and the portal must come back by itself: readiness DOWN while the database is away and UP after,
 * the API answering again within 30 seconds of its return, and every progress report the API acknowledged with a
 * 2xx present in the database afterwards. Prints the recovery figures.
 */
class DatabaseFaultIT extends PortalIT {

    private static final int WRITERS = 3;
    private static final long RECOVERY_LIMIT_MS = 30_000;

    @Test
    void cutConnectionsAreReplacedAtOnceAndNoAcknowledgedReportIsLost() throws Exception {
        try (Fault fault = new Fault("cut")) {
            fault.runFor(3_000);
            long cutAt = System.currentTimeMillis();
            int cut = terminateConnections();
            assertTrue(cut > 0, "the portal held connections to cut");
            long back = fault.firstAnswerAfter(cutAt, RECOVERY_LIMIT_MS);
            fault.runFor(4_000);
            fault.stop();
            System.out.printf("Database fault (%d connections terminated): API answered again %.1f s later; "
                    + "%d reports acknowledged, %d refused while it recovered%n", cut, (back - cutAt) / 1000.0,
                    fault.acknowledged.size(), fault.refused.size());
            assertTrue(back - cutAt <= RECOVERY_LIMIT_MS, "answered within 30 s");
            fault.assertAcknowledgedReportsKept();
            assertTrue(fault.acknowledgedAfter(back) > 0, "reports are accepted again after the cut");
        }
    }

    @Test
    void aRestartedDatabaseIsReadyAgainWithin30SecondsAndNoAcknowledgedReportIsLost() throws Exception {
        try (Fault fault = new Fault("restart")) {
            fault.runFor(3_000);
            EmbeddedPostgresSession.stopDatabase();
            long stoppedAt = System.currentTimeMillis();
            try {
                Thread.sleep(6_000);
                assertEquals(503, api.get("/health/ready", null).status(), "not ready while the database is away");
                Api.Reply during = api.get("/api/v1/bodies", null);
                assertEquals(503, during.status(), "the API says the database is away: " + during.body());
                assertTrue(during.body().contains("not answering"), during.body());
                Api.Reply page = api.get("/body/list.xhtml", null);
                assertEquals(503, page.status(), "a page says so too, instead of a server error");
                assertTrue(page.body().contains("not answering"), page.body());
                Api.Reply signedIn = api.get("/api/v1/bodies", fault.police);
                assertEquals(503, signedIn.status(), "a bearer token cannot be checked, so nothing is served");
            } finally {
                EmbeddedPostgresSession.startDatabase();
            }
            long startedAt = System.currentTimeMillis();
            long back = fault.firstAnswerAfter(startedAt, RECOVERY_LIMIT_MS);
            long ready = fault.readyAfter(startedAt, RECOVERY_LIMIT_MS);
            fault.runFor(4_000);
            fault.stop();
            System.out.printf("Database restart (down %.1f s): API answered again %.1f s after PostgreSQL was back, "
                    + "ready after %.1f s; %d reports acknowledged, %d refused while it was away%n",
                    (startedAt - stoppedAt) / 1000.0, (back - startedAt) / 1000.0, (ready - startedAt) / 1000.0,
                    fault.acknowledged.size(), fault.refused.size());
            assertTrue(back - startedAt <= RECOVERY_LIMIT_MS, "answered within 30 s");
            assertTrue(fault.refused.size() > 0, "writes during the outage were refused, not silently dropped");
            fault.assertAcknowledgedReportsKept();
            assertTrue(fault.acknowledgedAfter(back) > 0, "reports are accepted again after the restart");
        }
    }

    private static int terminateConnections() throws Exception {
        try (Connection db = DriverManager.getConnection(EmbeddedPostgresSession.jdbcUrl(), "postgres", "postgres");
             Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity "
                     + "where backend_type = 'client backend' and pid <> pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Writers reporting progress on their own actions, and a watcher of the API and readiness. */
    private final class Fault implements AutoCloseable {

        final String run = UUID.randomUUID().toString().substring(0, 8);
        final String police;
        final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Long> acknowledgedAt = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        private final List<Future<?>> writers = new ArrayList<>();

        Fault(String kind) throws Exception {
            String secretary = api.token("secretary");
            police = api.token("police");
            Map<String, Long> people = api.personIds();
            int macsib = api.bodyIds().get("MACSIB");
            for (int w = 0; w < WRITERS; w++) {
                JsonObject action = ok(api.call("POST", "/api/v1/actions", secretary, "{\"bodyId\":" + macsib
                        + ",\"title\":\"Database " + kind + " drill " + run + "-" + w + "\",\"ownerPersonId\":"
                        + people.get("police") + ",\"dueOn\":\"" + LocalDate.now().plusDays(60) + "\"}")).object();
                long id = action.getJsonNumber("id").longValue();
                int writer = w;
                writers.add(pool.submit(() -> write(police, id, writer)));
            }
        }

        /** Up to 400 reports a writer, one every 100 ms, until stopped; each answer recorded. */
        private void write(String token, long actionId, int writer) {
            for (int n = 0; n < 400 && running.get(); n++) {
                String marker = "drill " + run + " writer " + writer + " report " + n;
                try {
                    Api.Reply read = api.get("/api/v1/actions/" + actionId, token);
                    if (read.status() == 200) {
                        int version = read.object().getInt("version");
                        Api.Reply reply = api.call("POST", "/api/v1/actions/" + actionId + "/updates", token,
                                "{\"progress\":\"" + marker + "\",\"status\":\"ON_TRACK\",\"version\":" + version + "}");
                        if (reply.status() >= 200 && reply.status() < 300) {
                            acknowledged.add(marker);
                            acknowledgedAt.add(System.currentTimeMillis());
                        } else {
                            refused.add(marker + ": " + reply.status());
                        }
                    } else {
                        refused.add(marker + ": read " + read.status());
                    }
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception e) {
                    refused.add(marker + ": " + e);
                }
            }
        }

        void runFor(long millis) throws InterruptedException {
            Thread.sleep(millis);
        }

        /** When the API first answered 200 after {@code since}, polling every 250 ms up to the limit. */
        long firstAnswerAfter(long since, long limit) throws Exception {
            return pollUntil("/api/v1/bodies", since, limit);
        }

        long readyAfter(long since, long limit) throws Exception {
            return pollUntil("/health/ready", since, limit);
        }

        private long pollUntil(String path, long since, long limit) throws Exception {
            while (System.currentTimeMillis() - since <= limit + 5_000) {
                if (api.get(path, null).status() == 200) {
                    return System.currentTimeMillis();
                }
                Thread.sleep(250);
            }
            return Long.MAX_VALUE / 2;
        }

        long acknowledgedAfter(long time) {
            return acknowledgedAt.stream().filter(t -> t > time).count();
        }

        void stop() throws Exception {
            running.set(false);
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
        }

        void assertAcknowledgedReportsKept() throws Exception {
            Set<String> stored = new HashSet<>();
            try (Connection db = DriverManager.getConnection(EmbeddedPostgresSession.jdbcUrl(), "postgres", "postgres");
                 PreparedStatement s = db.prepareStatement("select progress from action_update where progress like ?")) {
                s.setString(1, "drill " + run + " %");
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        stored.add(rs.getString(1));
                    }
                }
            }
            List<String> lost = acknowledged.stream().filter(m -> !stored.contains(m)).toList();
            assertTrue(acknowledged.size() > 10, "the load wrote: " + acknowledged.size());
            assertEquals(List.of(), lost, "acknowledged but not in the database");
        }

        @Override
        public void close() {
            running.set(false);
            pool.shutdownNow();
        }
    }
}
