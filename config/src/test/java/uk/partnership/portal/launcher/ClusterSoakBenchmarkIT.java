package uk.partnership.portal.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.partnership.portal.it.Api;

/**
 * The cluster's soak (its own command, config/cluster/soak.sh; not run by the test command): the cluster of
 * {@link ClusterIT}, then {@code cluster.soak.minutes} (10) of mixed reads and writes by 16 workers, each request
 * sent in turn through HAProxy, straight to node A and straight to node B: public pages, the API as five demo users
 * (bodies, meetings, actions, search) and, one request in five of each worker with an open police action of its
 * own, a progress update of it. Any answer other than 2xx
 * is an error; the figures are printed and appended to docs/PERFORMANCE.md.
 */
class ClusterSoakBenchmarkIT {

    private static final String[] PAGES = {"/", "/body/list.xhtml", "/meetings.xhtml", "/decisions.xhtml"};
    private static final String[] READS = {"/api/v1/bodies", "/api/v1/meetings?from=2020-01-01&to=2027-12-31",
            "/api/v1/actions?size=20", "/api/v1/search?q=children", "/api/v1/actions?whose=MY_AGENCY&size=20"};

    @Test
    void tenMinutesOfMixedReadsAndWritesOverBothNodes() throws Exception {
        Duration length = Duration.ofMinutes(Long.getLong("cluster.soak.minutes", 10));
        int workers = Integer.getInteger("cluster.soak.workers", 16);
        try (Cluster cluster = new Cluster(Path.of("target", "cluster-soak").toAbsolutePath())) {
            cluster.start();
            List<Api> targets = List.of(new Api(cluster.frontBase()), new Api(cluster.a.base()), new Api(cluster.b.base()));
            Map<String, String> tokens = new ConcurrentHashMap<>();
            for (String user : List.of("police", "health", "school", "councillor", "chair")) {
                tokens.put(user, targets.get(0).token(user));
            }
            List<JsonObject> actions = Api.ok(targets.get(0).get("/api/v1/actions?whose=MY_AGENCY&status=OPEN&size=50",
                    tokens.get("police"))).object().getJsonArray("actions").getValuesAs(JsonObject.class);

            AtomicInteger requests = new AtomicInteger();
            AtomicInteger writes = new AtomicInteger();
            Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
            Map<String, AtomicInteger> byTarget = new ConcurrentHashMap<>();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            long end = System.nanoTime() + length.toNanos();
            long t0 = System.nanoTime();
            List<CompletableFuture<Void>> running = new ArrayList<>();
            var pool = Executors.newFixedThreadPool(workers);
            for (int w = 0; w < workers; w++) {
                int worker = w;
                running.add(CompletableFuture.runAsync(() -> {
                    Random random = new Random(worker);
                    long action = actions.get(worker % actions.size()).getJsonNumber("id").longValue();
                    int n = 0;
                    while (System.nanoTime() < end) {
                        Api target = targets.get(n++ % targets.size());
                        String what;
                        long started = System.nanoTime();
                        int status;
                        try {
                            int pick = random.nextInt(10);
                            if (pick < 2 && worker < actions.size()) {
                                what = "progress update";
                                String police = tokens.get("police");
                                int version = Api.ok(target.get("/api/v1/actions/" + action, police)).object()
                                        .getInt("version");
                                status = target.call("POST", "/api/v1/actions/" + action + "/updates", police,
                                        "{\"progress\":\"Soak " + worker + "-" + n + " on " + LocalDate.now()
                                                + "\",\"version\":" + version + "}").status();
                                writes.incrementAndGet();
                            } else if (pick < 5) {
                                what = PAGES[random.nextInt(PAGES.length)];
                                status = target.get(what, null).status();
                            } else {
                                what = READS[random.nextInt(READS.length)];
                                List<String> users = List.copyOf(tokens.keySet());
                                status = target.get(what, tokens.get(users.get(random.nextInt(users.size())))).status();
                            }
                        } catch (Throwable e) {
                            what = "exception " + e.getClass().getSimpleName();
                            status = 0;
                        }
                        latencies.add(System.nanoTime() - started);
                        requests.incrementAndGet();
                        byTarget.computeIfAbsent(target.base(), k -> new AtomicInteger()).incrementAndGet();
                        if (status / 100 != 2) {
                            errors.computeIfAbsent(status + " " + what, k -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                }, pool));
            }
            running.forEach(CompletableFuture::join);
            pool.shutdown();
            double seconds = (System.nanoTime() - t0) / 1e9;
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            long p50 = sorted.get(sorted.size() / 2) / 1_000_000;
            long p95 = sorted.get((int) (sorted.size() * 0.95)) / 1_000_000;
            long p99 = sorted.get((int) (sorted.size() * 0.99)) / 1_000_000;
            int errorCount = errors.values().stream().mapToInt(AtomicInteger::get).sum();
            long severe = 0;
            for (String node : List.of("node-a.log", "node-b.log")) {
                try (var lines = Files.lines(Path.of("target", "cluster-soak", node))) {
                    severe += lines.filter(l -> l.contains("SEVERE")).count();
                }
            }
            String report = String.format("""

                    ## Cluster soak, %s

                    `config/cluster/soak.sh`: two Payara Micro nodes (Hazelcast TCP/IP), HAProxy, one PostgreSQL, the
                    demo data; %d workers for %.0f s, each request in turn through HAProxy, to node A and to node B;
                    public pages, the API as five demo users, and progress updates (read, then written with its
                    version): one request in five of the %d workers that have an open police action of their own.

                    | requests | req/s | progress updates | errors | SEVERE log lines | p50 | p95 | p99 |
                    |---:|---:|---:|---:|---:|---:|---:|---:|
                    | %,d | %,.0f | %,d | %,d | %d | %d ms | %d ms | %d ms |

                    Requests per target: %s. Errors: %s.
                    """, LocalDate.now(), workers, seconds, Math.min(workers, actions.size()), requests.get(),
                    requests.get() / seconds, writes.get(), errorCount, severe, p50, p95, p99, byTarget, errors.isEmpty() ? "none" : errors);
            System.out.println(report);
            Files.writeString(Path.of("..", "docs", "PERFORMANCE.md"), report, StandardOpenOption.APPEND);
            assertEquals(Map.of(), Map.copyOf(errors), "no errors over the soak");
        }
    }
}
