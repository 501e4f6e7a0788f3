package uk.partnership.portal.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Two Payara Micro nodes of the built war, clustered by Payara's own Hazelcast (TCP/IP member list on loopback),
 * one PostgreSQL from the embedded binaries, a local mail server, and Debian's HAProxy in front with sticky sessions,
 * all as separate processes started from {@code config/cluster/}. Logs go to {@code target/cluster/}.
 */
final class Cluster implements AutoCloseable {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path work;
    private final Path launcher;
    private final Path clusterConfig;
    private final String clusterName = "portal-cluster-it-" + ProcessHandle.current().pid();
    final int dbPort;
    final int front;
    final Node a;
    final Node b;
    final LocalMail mail;
    private EmbeddedPostgres postgres;
    private Process haproxy;

    /** One Payara Micro instance. */
    final class Node {
        final String name;
        final int httpPort;
        final int hzPort;
        private Process process;

        Node(String name, int httpPort, int hzPort) {
            this.name = name;
            this.httpPort = httpPort;
            this.hzPort = hzPort;
        }

        String base() {
            return "http://localhost:" + httpPort;
        }

        void start(boolean seed) throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                    "-Ddb.url=jdbc:postgresql://localhost:" + dbPort + "/postgres", "-Ddb.user=postgres",
                    "-Ddb.password=postgres", "-Dportal.demo.seed=" + seed, "-Dportal.base-url=http://localhost:" + front));
            command.addAll(mail.properties());
            command.addAll(List.of("-jar", launcher.resolve("payara-micro.jar").toString(),
                    "--deploy", launcher.resolve("portal-web.war").toString()));
            Map<String, String> values = Map.of("NODE_NAME", name, "HTTP_PORT", String.valueOf(httpPort),
                    "HZ_PORT", String.valueOf(hzPort), "MEMBERS", "127.0.0.1:" + a.hzPort + ",127.0.0.1:" + b.hzPort,
                    "CLUSTER_NAME", clusterName, "LAUNCHER", launcher.toString());
            for (String line : Files.readAllLines(clusterConfig.resolve("node.options"))) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String option = line.strip();
                    for (Map.Entry<String, String> v : values.entrySet()) {
                        option = option.replace("${" + v.getKey() + "}", v.getValue());
                    }
                    command.add(option);
                }
            }
            Path log = work.resolve(name + ".log");
            ProcessBuilder node = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            // Sessions in the data grid (glassfish-web.xml reads this), so they survive their node.
            node.environment().put("PORTAL_SESSION_STORE", "hazelcast");
            process = node.start();
        }

        /** Waits until {@code /health/ready} answers 200; the seconds it took. */
        double awaitReady(Duration limit) throws Exception {
            long t0 = System.nanoTime();
            while (System.nanoTime() - t0 < limit.toNanos()) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " stopped; see " + work.resolve(name + ".log"));
                }
                if (readyStatus() == 200) {
                    return (System.nanoTime() - t0) / 1e9;
                }
                Thread.sleep(500);
            }
            throw new IllegalStateException(name + " not ready in " + limit + "; see " + work.resolve(name + ".log"));
        }

        /** The status of {@code /health/ready}, or 0 when the node does not answer. */
        int readyStatus() {
            return status(base() + "/health/ready");
        }

        /** As a machine failing would: no shutdown, no goodbye to the data grid. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        boolean alive() {
            return process != null && process.isAlive();
        }

        void stop() throws InterruptedException {
            if (alive()) {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }

    /** {@code work} is emptied first: each run begins with a new database. */
    Cluster(Path work) throws IOException {
        this.work = work;
        if (Files.exists(work)) {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        // Payara, HAProxy and PostgreSQL are processes of their own: a test run stopped half-way must not leave them.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
            try {
                if (postgres != null) {
                    postgres.close();
                }
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop: " + e.getMessage());
            }
        }, "cluster-cleanup"));
        Files.createDirectories(work);
        this.launcher = Path.of("target", "launcher").toAbsolutePath();
        this.clusterConfig = Path.of("cluster").toAbsolutePath();
        this.dbPort = freePort();
        this.front = freePort();
        this.a = new Node("node-a", freePort(), freePort());
        this.b = new Node("node-b", freePort(), freePort());
        this.mail = LocalMail.start();
    }

    /** PostgreSQL, node A (which creates the schema and the demo), node B, then HAProxy. */
    void start() throws Exception {
        startDatabase();
        long t0 = System.nanoTime();
        a.start(true);
        double first = a.awaitReady(Duration.ofMinutes(4));
        b.start(false);
        double second = b.awaitReady(Duration.ofMinutes(4));
        System.out.printf("Cluster: node A ready in %.1f s, node B in %.1f s more (%.1f s in all)%n", first, second,
                (System.nanoTime() - t0) / 1e9);
        ProcessBuilder proxy = new ProcessBuilder(System.getProperty("haproxy.binary", "/usr/sbin/haproxy"), "-db",
                "-f", clusterConfig.resolve("haproxy.cfg").toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("haproxy.log").toFile()));
        proxy.environment().put("PORTAL_FRONT", "127.0.0.1:" + front);
        proxy.environment().put("PORTAL_NODE_A", "127.0.0.1:" + a.httpPort);
        proxy.environment().put("PORTAL_NODE_B", "127.0.0.1:" + b.httpPort);
        haproxy = proxy.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (frontStatus("/health/ready") != 200) {
            if (!haproxy.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("HAProxy did not start; see " + work.resolve("haproxy.log"));
            }
            Thread.sleep(200);
        }
    }

    String frontBase() {
        return "http://localhost:" + front;
    }

    int frontStatus(String path) {
        return status(frontBase() + path);
    }

    /** The status a GET of {@code url} answers, or 0 when nothing answers. */
    static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    void startDatabase() throws IOException {
        postgres = EmbeddedDatabase.start(work.resolve("postgres"), dbPort);
    }

    /** A clean stop of PostgreSQL (as a restart for maintenance does); the data stays. */
    void stopDatabase() throws IOException {
        postgres.close();
        postgres = null;
    }

    java.sql.Connection jdbc() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:" + dbPort + "/postgres", "postgres",
                "postgres");
    }

    @Override
    public void close() throws Exception {
        if (haproxy != null) {
            haproxy.destroy();
            haproxy.waitFor(10, TimeUnit.SECONDS);
        }
        a.stop();
        b.stop();
        mail.stop();
        if (postgres != null) {
            postgres.close();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
