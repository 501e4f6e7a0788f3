package uk.partnership.portal.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EAR on a full Payara Server 6: a fresh domain on free ports, the EAR deployed with asadmin against a real
 * PostgreSQL, then the pages and the API answer from it.
 */
class EarOnPayaraServerIT {

    private static final String DOMAIN = "portal-smoke";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static EmbeddedPostgres postgres;
    private static Path server;
    private static int portBase;
    private static long deploySeconds;

    @BeforeAll
    static void deployEar() throws Exception {
        postgres = EmbeddedPostgres.builder().setPort(Integer.getInteger("ear.pg.port")).start();
        server = Path.of(System.getProperty("payara.server.dir"));
        Path domains = server.getParent().resolve("domains");
        Files.createDirectories(domains);
        Path leftover = domains.resolve(DOMAIN);
        if (Files.exists(leftover)) {
            // A domain left by an earlier run without 'clean' would make create-domain fail.
            try (var files = Files.walk(leftover)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        portBase = freePortBase();
        asadmin("create-domain", "--domaindir", domains.toString(), "--portbase", String.valueOf(portBase),
                "--nopassword", "true", DOMAIN);
        long t0 = System.nanoTime();
        asadmin("start-domain", "--domaindir", domains.toString(), DOMAIN);
        asadmin("--port", String.valueOf(portBase + 48), "deploy", "--name", "portal",
                System.getProperty("portal.ear"));
        deploySeconds = (System.nanoTime() - t0) / 1_000_000_000L;
        System.out.println("EAR smoke test: domain started and EAR deployed in " + deploySeconds + " s");
    }

    @AfterAll
    static void stopServer() throws Exception {
        try {
            if (server != null) {
                asadmin("stop-domain", "--domaindir", server.getParent().resolve("domains").toString(), DOMAIN);
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    @Test
    void theApiAnswersFromTheEarWithThePublicBodies() throws Exception {
        HttpResponse<String> bodies = get("/api/v1/bodies");
        assertEquals(200, bodies.statusCode(), bodies.body());
        assertTrue(bodies.body().contains("Overview and Scrutiny Board"), bodies.body());
        assertTrue(!bodies.body().contains("Children's Trust Board"), "partnership bodies stay hidden");
    }

    @Test
    void theSignInPageRendersFromTheEarAtTheRootContext() throws Exception {
        HttpResponse<String> login = get("/login.xhtml");
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("<h1>Sign in</h1>"), login.body());
    }

    @Test
    void aDemoAccountGetsATokenFromTheEar() throws Exception {
        HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"chair\",\"password\":\"Partnership-Demo-2026\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, token.statusCode(), token.body());
        assertTrue(token.body().contains("\"tokenType\":\"Bearer\""), token.body());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + (portBase + 80) + path);
    }

    private static void asadmin(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        // Through bash: an unpacked zip does not always keep the script's execute bit.
        command.add("bash");
        command.add(server.resolve("bin/asadmin").toString());
        command.add("--interactive=false");
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", args) + " failed:\n" + output);
        }
    }

    /** A port base whose admin (+48) and HTTP (+80, +81) ports are free. */
    private static int freePortBase() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(200, 600) * 100;
            if (free(base + 48) && free(base + 80) && free(base + 81) && free(base + 86) && free(base + 76)) {
                return base;
            }
        }
        throw new IllegalStateException("no free port base found for the smoke-test domain");
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
