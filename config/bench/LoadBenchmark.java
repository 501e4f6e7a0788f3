import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load benchmark's driver (run by load-benchmark.sh): optionally fills the database with ten years of work,
 * signs in several demo users (a session each, and an API token each), then drives wrk against a static file of the
 * same server and each main page and API call, every request taking the next user's session in turn. Per URL it
 * prints req/s, the ratio to the static file, p50/p95/p99, errors, and SQL statements per request (from
 * pg_stat_statements), and appends the table to docs/PERFORMANCE.md.
 */
public class LoadBenchmark {

    static final List<String> USERS = List.of("police", "health", "secretary", "chair");
    static final String PASSWORD = "Partnership-Demo-2026";
    /** The demo accounts with the demo authenticator key (config/demo/demo-data.sql), and the last step each used. */
    static final java.util.Set<String> ENROLLED = java.util.Set.of("admin", "secretary", "police-admin");
    static final String DEMO_KEY = "PGPDEMOPARTNERSHIPSECONDFACTORKY";
    static final Map<String, Long> LAST_STEP = new java.util.HashMap<>();

    /** The demo authenticator's next unused code for this person (RFC 6238: HMAC-SHA1, 30 s, 6 digits). */
    static String demoCode(String user) throws InterruptedException {
        while (true) {
            long now = System.currentTimeMillis() / 30_000;
            for (long step = now; step <= now + 1; step++) {
                if (step > LAST_STEP.getOrDefault(user, Long.MIN_VALUE)) {
                    LAST_STEP.put(user, step);
                    return totp(step);
                }
            }
            Thread.sleep(30_000 - System.currentTimeMillis() % 30_000 + 200);
        }
    }

    static String totp(long step) {
        try {
            String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
            java.io.ByteArrayOutputStream key = new java.io.ByteArrayOutputStream();
            int buffer = 0;
            int bits = 0;
            for (char c : DEMO_KEY.toCharArray()) {
                buffer = (buffer << 5) | alphabet.indexOf(c);
                bits += 5;
                if (bits >= 8) {
                    key.write((buffer >> (bits - 8)) & 0xff);
                    bits -= 8;
                }
            }
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA1");
            mac.init(new javax.crypto.spec.SecretKeySpec(key.toByteArray(), "HmacSHA1"));
            byte[] h = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
            int o = h[h.length - 1] & 0xf;
            int n = ((h[o] & 0x7f) << 24 | (h[o + 1] & 0xff) << 16 | (h[o + 2] & 0xff) << 8 | (h[o + 3] & 0xff)) % 1_000_000;
            return String.format("%06d", n);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbc = args[1];
        String size = args[2];
        Path out = Path.of(args[3]);
        int seconds = Integer.getInteger("bench.seconds", 10);
        int connections = Integer.getInteger("bench.connections", 32);
        int warmUp = Integer.getInteger("bench.warmup", 5);
        if (size.equals("soak")) {
            soak(base, out, Path.of(args[4]), Integer.getInteger("bench.soak.minutes", 10),
                    Integer.getInteger("bench.soak.sessions", 200), connections);
            return;
        }
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            if (size.startsWith("ten")) {
                long start = System.nanoTime();
                try (Statement s = db.createStatement()) {
                    s.execute(Files.readString(Path.of("config/bench/ten-years.sql")));
                }
                System.out.printf("Generated ten years in %.0f s%n", (System.nanoTime() - start) / 1e9);
            }
            try (Statement s = db.createStatement()) {
                s.execute("create extension if not exists pg_stat_statements");
            }
            String counts = counts(db);
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            List<String> cookies = new ArrayList<>();
            List<String> tokens = new ArrayList<>();
            for (String user : USERS) {
                cookies.add("Cookie: JSESSIONID=" + signIn(http, base, user));
                tokens.add("Authorization: Bearer " + token(http, base, user));
            }
            long body = firstId(db, "select id from body where short_name like 'GEN%' order by id limit 1",
                    "select id from body where short_name = 'MACSIB'");
            long plan = firstId(db, "select id from improvement_plan order by id limit 1", "select 1");
            long meeting = firstId(db, "select m.id from meeting m join body b on b.id = m.body_id where b.id = " + body
                    + " order by m.starts_at desc limit 1", "select id from meeting order by id limit 1");
            Map<String, List<String>> urls = new LinkedHashMap<>();
            urls.put("/resources/css/portal.css (static, no credentials)", List.of());
            urls.put("/api/v1/bodies", tokens);
            urls.put("/api/v1/actions", tokens);
            urls.put("/api/v1/meetings?body=" + body, tokens);
            urls.put("/api/v1/search?q=safeguarding", tokens);
            urls.put("/ (home)", cookies);
            urls.put("/body/view.xhtml?id=" + body, cookies);
            urls.put("/body/actions.xhtml?body=" + body, cookies);
            urls.put("/meeting/view.xhtml?id=" + meeting, cookies);
            urls.put("/improvement/plan.xhtml?id=" + plan, cookies);
            urls.put("/search.xhtml?q=safeguarding", cookies);
            // The server compiles its hot code in the first seconds of load: each URL is driven once before any is
            // measured, so the table compares warmed code, as a portal that has run for an hour is.
            for (Map.Entry<String, List<String>> u : urls.entrySet()) {
                wrk(base + u.getKey().replaceAll(" \\(.*\\)$", ""), u.getValue(), warmUp, connections);
            }
            List<String> rows = new ArrayList<>();
            double staticRate = 0;
            for (Map.Entry<String, List<String>> u : urls.entrySet()) {
                String path = u.getKey().replaceAll(" \\(.*\\)$", "");
                try (Statement s = db.createStatement()) {
                    s.execute("select pg_stat_statements_reset()");
                }
                Wrk w = wrk(base + path, u.getValue(), seconds, connections);
                long statements = statements(db);
                if (staticRate == 0) {
                    staticRate = w.rate;
                }
                String row = String.format(Locale.UK, "| `%s` | %,.0f | %.3f | %.0f | %.0f | %.0f | %d | %s |", u.getKey(),
                        w.rate, w.rate / staticRate, w.p50, w.p95, w.p99, w.errors,
                        u.getValue().isEmpty() ? "0" : String.format(Locale.UK, "%.1f", statements / (double) Math.max(1, w.requests)));
                System.out.println(row);
                rows.add(row);
            }
            String heap = heapPerSession(http, base);
            System.out.println(heap);
            StringBuilder md = new StringBuilder("\n## " + size + " (" + LocalDate.now() + ", " + connections
                    + " connections, " + warmUp + " s warm-up and " + seconds + " s per URL, " + USERS.size()
                    + " users in turn)\n\n" + counts + "\n\n"
                    + "| URL | req/s | ratio to static | p50 ms | p95 ms | p99 ms | errors | SQL statements per request |\n"
                    + "|---|---|---|---|---|---|---|---|\n");
            rows.forEach(r -> md.append(r).append('\n'));
            md.append('\n').append(heap).append('\n');
            Files.writeString(out, md, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    /**
     * The soak: {@code sessions} people signed in through the pages (the demo's partners in turn, each a session of
     * their own) and wrk sending, for {@code minutes}, each request as a random one of them to a random one of the
     * main pages; then the errors wrk saw and the server's exceptions (SEVERE lines added to the portal's log).
     */
    static void soak(String base, Path out, Path portalLog, int minutes, int sessions, int connections) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        List<String> partners = USERS.stream().filter(u -> !ENROLLED.contains(u)).toList();
        StringBuilder lua = new StringBuilder("local sessions = {");
        for (int i = 0; i < sessions; i++) {
            lua.append('"').append(signIn(http, base, partners.get(i % partners.size()))).append("\",");
        }
        List<String> paths = List.of("/", "/body/list.xhtml", "/body/view.xhtml?id=4", "/body/actions.xhtml?body=4",
                "/meeting/view.xhtml?id=12", "/meetings.xhtml", "/decisions.xhtml", "/improvement/plan.xhtml?id=1",
                "/search.xhtml?q=safeguarding", "/action/mine.xhtml?whose=MY_AGENCY&status=OPEN");
        lua.append("}\nlocal paths = {");
        paths.forEach(path -> lua.append('"').append(path).append("\","));
        lua.append("}\nrequest = function()\n  return wrk.format(\"GET\", paths[math.random(#paths)], "
                + "{[\"Cookie\"] = \"JSESSIONID=\" .. sessions[math.random(#sessions)]})\nend\n"
                + "done = function(summary, latency, requests)\n  io.write(string.format(\"RESULT %d %d %d %.1f %.1f %.1f\\n\","
                + " summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read"
                + " + summary.errors.timeout, summary.duration, latency:percentile(50) / 1000,"
                + " latency:percentile(95) / 1000, latency:percentile(99) / 1000))\nend\n");
        Path script = Files.createTempFile("soak", ".lua");
        Files.writeString(script, lua);
        long severeBefore = severe(portalLog);
        Process p = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + minutes + "m", "--timeout", "10s",
                "-s", script.toString(), base + "/").redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Matcher m = Pattern.compile("RESULT (\\d+) (\\d+) (\\d+) ([\\d.]+) ([\\d.]+) ([\\d.]+)").matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("wrk said: " + output);
        }
        long exceptions = severe(portalLog) - severeBefore;
        long requests = Long.parseLong(m.group(1));
        String line = String.format(Locale.UK, "\n## Soak (%s, %d minutes, %d signed-in sessions, %d connections, "
                        + "%d pages at random)\n\n%,d requests (%,.0f req/s), %s errors, p50 %s ms, p95 %s ms, p99 %s ms; "
                        + "server exceptions (SEVERE lines in the portal's log): %d.\n", LocalDate.now(), minutes,
                sessions, connections, paths.size(), requests, requests / (Long.parseLong(m.group(3)) / 1e6),
                m.group(2), m.group(4), m.group(5), m.group(6), exceptions);
        System.out.print(line);
        Files.writeString(out, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    static long severe(Path log) throws IOException {
        try (var lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return lines.filter(l -> l.contains("[SEVERE]")).count();
        }
    }

    /**
     * Heap per signed-in session: the portal's used heap after a full collection, before and after 200 more people
     * sign in and open their home page (jcmd on the Payara Micro process).
     */
    static String heapPerSession(HttpClient http, String base) throws Exception {
        long pid = ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").matches(".*launcher.*payara-micro.*"))
                .mapToLong(ProcessHandle::pid).findFirst().orElse(-1);
        if (pid < 0) {
            return "Heap per session: the Payara Micro process was not found.";
        }
        long before = usedHeap(pid);
        List<String> kept = new ArrayList<>();
        int sessions = 200;
        for (int i = 0; i < sessions; i++) {
            // Partners only: each of the secretary's sign-ins would wait for a fresh authenticator code.
            List<String> partners = USERS.stream().filter(u -> !ENROLLED.contains(u)).toList();
            String session = signIn(http, base, partners.get(i % partners.size()));
            http.send(HttpRequest.newBuilder(URI.create(base + "/")).header("Cookie", "JSESSIONID=" + session).build(),
                    HttpResponse.BodyHandlers.discarding());
            kept.add(session);
        }
        long after = usedHeap(pid);
        return String.format(Locale.UK, "Heap per signed-in session (200 sessions, each signed in and home opened, "
                + "after a full GC): %,d KB (used heap %,d KB before, %,d KB after).", (after - before) / sessions,
                before, after);
    }

    static long usedHeap(long pid) throws Exception {
        run("jcmd", Long.toString(pid), "GC.run");
        String info = run("jcmd", Long.toString(pid), "GC.heap_info");
        Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("jcmd said: " + info);
        }
        return Long.parseLong(m.group(1));
    }

    static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return output;
    }

    record Wrk(double rate, double p50, double p95, double p99, long errors, long requests) {
    }

    /** Runs wrk with a script that gives each request the next header of the list (users in turn). */
    static Wrk wrk(String url, List<String> headers, int seconds, int connections) throws Exception {
        Path script = Files.createTempFile("wrk", ".lua");
        StringBuilder lua = new StringBuilder("local headers = {");
        for (String h : headers) {
            int colon = h.indexOf(':');
            lua.append("{\"").append(h, 0, colon).append("\", \"").append(h.substring(colon + 1).strip()).append("\"},");
        }
        lua.append("}\nlocal i = 0\nrequest = function()\n  if #headers > 0 then\n    i = i % #headers + 1\n"
                + "    wrk.headers[headers[i][1]] = headers[i][2]\n  end\n  return wrk.format(nil)\nend\n"
                + "done = function(summary, latency, requests)\n  io.write(string.format(\"RESULT %d %d %d %.1f %.1f %.1f\\n\","
                + " summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read"
                + " + summary.errors.timeout, summary.duration, latency:percentile(50) / 1000,"
                + " latency:percentile(95) / 1000, latency:percentile(99) / 1000))\nend\n");
        Files.writeString(script, lua);
        Process p = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--timeout", "10s",
                "-s", script.toString(), url).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Matcher m = Pattern.compile("RESULT (\\d+) (\\d+) (\\d+) ([\\d.]+) ([\\d.]+) ([\\d.]+)").matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("wrk said: " + output);
        }
        long requests = Long.parseLong(m.group(1));
        double duration = Long.parseLong(m.group(3)) / 1e6;
        return new Wrk(requests / duration, Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)),
                Double.parseDouble(m.group(6)), Long.parseLong(m.group(2)), requests);
    }

    static long statements(Connection db) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select coalesce(sum(calls), 0) from "
                + "pg_stat_statements where query not ilike '%pg_stat_statements%' and query not ilike 'begin%' and "
                + "query not ilike 'commit%' and query not ilike 'rollback%' and query not ilike 'set %' and "
                + "query not ilike 'show %' and query not ilike 'select 1'")) {
            r.next();
            return r.getLong(1);
        }
    }

    static String counts(Connection db) throws Exception {
        StringBuilder c = new StringBuilder("Data: ");
        for (String t : List.of("agency", "person", "body", "meeting", "agenda_item", "paper", "minute", "action",
                "action_update")) {
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select count(*) from " + t)) {
                r.next();
                c.append(String.format(Locale.UK, "%s %,d; ", t, r.getLong(1)));
            }
        }
        return c.toString().replaceAll("; $", ".");
    }

    static long firstId(Connection db, String sql, String fallback) throws Exception {
        for (String q : List.of(sql, fallback)) {
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(q)) {
                if (r.next()) {
                    return r.getLong(1);
                }
            }
        }
        return 1;
    }

    /** Signs in through the page, as a browser does; the session id. */
    static String signIn(HttpClient http, String base, String user) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher vs = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        if (!vs.find()) {
            throw new IllegalStateException("no view state on the sign-in page");
        }
        String form = "signIn=signIn&signIn%3Ausername=" + user + "&signIn%3Apassword=" + PASSWORD
                + "&signIn%3Asubmit=Sign+in&jakarta.faces.ViewState=" + URLEncoder.encode(vs.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        cookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElse(cookie).split(";")[0];
        if (signedIn.headers().firstValue("Location").orElse("").contains("second-factor")) {
            // The demo's administrators and secretary give the demo authenticator's code next.
            HttpResponse<String> step = http.send(HttpRequest.newBuilder(URI.create(base + "/second-factor.xhtml"))
                    .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
            Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(step.body());
            if (!state.find()) {
                throw new IllegalStateException("no view state on the second-factor page");
            }
            HttpResponse<String> done = http.send(HttpRequest.newBuilder(URI.create(base + "/second-factor.xhtml"))
                    .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("secondFactor=secondFactor&secondFactor%3Acode="
                            + demoCode(user) + "&secondFactor%3Acontinue=Continue&jakarta.faces.ViewState="
                            + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            cookie = done.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                    .findFirst().orElse(cookie).split(";")[0];
        }
        return cookie.substring("JSESSIONID=".length());
    }

    static String token(HttpClient http, String base, String user) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"username\":\""
                        + user + "\",\"password\":\"" + PASSWORD + "\"" + (ENROLLED.contains(user)
                        ? ",\"code\":\"" + demoCode(user) + "\"" : "") + "}")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no token for " + user + ": " + r.body());
        }
        return m.group(1);
    }
}
