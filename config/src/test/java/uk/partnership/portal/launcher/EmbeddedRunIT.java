package uk.partnership.portal.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.partnership.portal.it.DemoAuthenticator;

/**
 * The README's run command as a person uses it: the launcher starts PostgreSQL and Payara Micro, serves the
 * demo partnership, stops both on a termination signal (what Ctrl-C sends), and keeps the data for the next start.
 */
class EmbeddedRunIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theRunCommandServesTheDemoStopsCleanlyAndKeepsItsData() throws Exception {
        Path data = Files.createTempDirectory("portal-run-it");
        int port = freePort();

        Process first = start(data, port);
        theDemoHasMeetingsForEveryone(port);
        mailGoesToTheLocalServer(port);
        String adminToken = token(port, "admin");
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/agencies")).header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Kept across restarts\",\"kind\":\"SCHOOL\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(200, get(port, "/login.xhtml").statusCode());
        stop(first, data, port);

        Process second = start(data, port);
        String agencies = get(port, "/api/v1/agencies").body();
        assertTrue(agencies.contains("Kept across restarts"), "the data survived the restart");
        assertEquals(1, agencies.split("Cleveland Police", -1).length - 1, "the demo data was not loaded twice");
        stop(second, data, port);
    }

    /**
     * The demo's history: every demo user finds meetings held and meetings to come among the bodies they may see;
     * the public reads the panel's approved minutes of 20 July 2020, laid out as the seed's, and no partnership body.
     */
    private static void theDemoHasMeetingsForEveryone(int port) throws Exception {
        String today = java.time.LocalDate.now().toString();
        for (String user : List.of("admin", "secretary", "chair", "police", "health", "school", "voluntary",
                "police-admin", "councillor")) {
            List<String[]> meetings = meetings(port, token(port, user));
            assertTrue(meetings.stream().anyMatch(m -> m[1].compareTo(today) < 0), user + " sees past meetings");
            assertTrue(meetings.stream().anyMatch(m -> m[1].compareTo(today) > 0), user + " sees forthcoming meetings");
        }
        List<String> schoolBodies = meetings(port, token(port, "school")).stream().map(m -> m[0]).distinct().toList();
        assertTrue(schoolBodies.contains("CTB") && !schoolBodies.contains("MACSIB"), "a member sees her board, not "
                + "the improvement board: " + schoolBodies);
        assertTrue(meetings(port, token(port, "police")).stream().anyMatch(m -> m[0].equals("MACSIB")));

        List<String[]> open = meetings(port, null);
        assertTrue(open.stream().allMatch(m -> List.of("CYPSC", "OSB", "HWB").contains(m[0])), "the public sees "
                + "public bodies only");
        String[] july = open.stream().filter(m -> m[1].startsWith("2020-07-20")).findFirst().orElseThrow();
        String minutes = get(port, "/api/v1/meetings/" + july[2] + "/minutes").body();
        assertTrue(minutes.contains("\"statusCode\":\"APPROVED\""), minutes);
        assertTrue(minutes.contains("\"substituteFor\":\"Councillor Femi Osei\""), "substitutes as the seed has them");
        assertTrue(minutes.contains("That the topics listed be submitted to the Overview and Scrutiny Board"), minutes);
        String page = get(port, "/meeting/view.xhtml?id=" + july[2]).body();
        assertTrue(page.contains("20/3") && page.contains("Councillor Mark Ellis (Chair)"), "the minutes page");
    }

    /**
     * The run command's local mail server takes what the portal sends: the panel's draft agenda published, its
     * members with an address are written to, and the administrators' mail log shows the messages sent.
     */
    private static void mailGoesToTheLocalServer(int port) throws Exception {
        String secretary = token(port, "secretary");
        String list = send(port, "GET", "/api/v1/meetings?from=" + java.time.LocalDate.now() + "&to="
                + java.time.LocalDate.now().plusYears(1), secretary, null).body();
        Matcher draft = Pattern.compile("\\{[^{}]*\"bodyShortName\":\"CYPSC\",\"id\":(\\d+)[^{}]*"
                + "\"statusCode\":\"SCHEDULED\"").matcher(list);
        assertTrue(draft.find(), list);
        String meeting = send(port, "GET", "/api/v1/meetings/" + draft.group(1), secretary, null).body();
        Matcher version = Pattern.compile("\"version\":(\\d+)\\}$").matcher(meeting.strip());
        assertTrue(version.find(), meeting);
        HttpResponse<String> published = send(port, "POST", "/api/v1/meetings/" + draft.group(1) + "/publish",
                secretary, "{\"version\":" + version.group(1) + "}");
        assertEquals(200, published.statusCode(), published.body());
        assertEquals(403, send(port, "GET", "/api/v1/mail/log", secretary, null).statusCode(), "administrators only");
        String admin = token(port, "admin");
        String log = "";
        for (int i = 0; i < 60 && !log.contains("councillor@demo.invalid"); i++) {
            Thread.sleep(500);
            log = send(port, "GET", "/api/v1/mail/log", admin, null).body();
        }
        assertTrue(log.contains("\"recipient\":\"councillor@demo.invalid\"") && log.contains("\"state\":\"Sent\"")
                && log.contains("Agenda published: Children and Young People"), log);
    }

    private static HttpResponse<String> send(int port, String method, String path, String token, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Each meeting the caller may see as {body short name, starts at, id}. */
    private static List<String[]> meetings(int port, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/meetings?from=2019-01-01&to=" + java.time.LocalDate.now().plusYears(1)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        String body = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"bodyShortName\":\"([^\"]+)\".*?\"id\":(\\d+).*?\"startsAt\":\"([^\"]+)\"")
                .matcher(body);
        List<String[]> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(new String[] {m.group(1), m.group(3), m.group(2)});
        }
        assertFalse(found.isEmpty(), body);
        return found;
    }

    private static Process start(Path data, int port) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dportal.http.port=" + port, "-jar", Path.of("target", "launcher", "portal-launcher.jar").toString())
                .redirectErrorStream(true);
        builder.environment().remove("DB_URL");
        builder.environment().put("PORTAL_DATA_DIR", data.toString());
        long t0 = System.nanoTime();
        Process process = builder.start();
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith("Portal ready")) {
                        ready.complete(line);
                    }
                }
                ready.complete(null);
            } catch (IOException e) {
                ready.completeExceptionally(e);
            }
        }, "launcher-output");
        reader.setDaemon(true);
        reader.start();
        String line = ready.get(4, TimeUnit.MINUTES);
        assertTrue(line != null, "the launcher said it was ready");
        Matcher seconds = Pattern.compile("in ([0-9.]+) s").matcher(line);
        System.out.printf("Embedded run ready in %s s (launcher's own figure); %.1f s from process start%n",
                seconds.find() ? seconds.group(1) : "?", (System.nanoTime() - t0) / 1e9);
        return process;
    }

    private static void stop(Process launcher, Path data, int port) throws Exception {
        List<ProcessHandle> children = launcher.descendants().toList();
        long t0 = System.nanoTime();
        launcher.destroy();
        assertTrue(launcher.waitFor(60, TimeUnit.SECONDS), "the launcher stops on a termination signal");
        for (ProcessHandle child : children) {
            child.onExit().get(30, TimeUnit.SECONDS);
        }
        System.out.printf("Embedded run stopped in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        assertFalse(Files.exists(data.resolve("postgres").resolve("postmaster.pid")), "PostgreSQL stopped");
        try (ServerSocket socket = new ServerSocket(port)) {
            assertTrue(socket.isBound(), "the HTTP port is free again");
        }
    }

    private static String token(int port, String username) throws Exception {
        boolean enrolled = DemoAuthenticator.ENROLLED.contains(username);
        HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/auth/token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username
                        + "\",\"password\":\"Partnership-Demo-2026\""
                        + (enrolled ? ",\"code\":\"" + DemoAuthenticator.nextCode(username) + "\"" : "") + "}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, reply.statusCode(), reply.body());
        Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(reply.body());
        assertTrue(m.find());
        return m.group(1);
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
