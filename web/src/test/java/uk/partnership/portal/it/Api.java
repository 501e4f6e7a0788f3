package uk.partnership.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON client for the portal's API, as an outside caller would use it. */
public final class Api {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    public record Reply(int status, String contentType, String body) {
        public JsonObject object() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }
    }

    public Api(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The portal's address, without a trailing slash. */
    public String base() {
        return base;
    }

    public Reply get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    /** A download as bytes (spreadsheets, PDFs). */
    public HttpResponse<byte[]> bytes(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The text of a PDF download, after checking it is tagged and in British English. */
    public String pdfText(String path, String token) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = bytes(path, token);
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode());
        }
        try (var doc = org.apache.pdfbox.Loader.loadPDF(response.body())) {
            if (!doc.getDocumentCatalog().getMarkInfo().isMarked() || !"en-GB".equals(doc.getDocumentCatalog().getLanguage())) {
                throw new AssertionError(path + " is not a tagged en-GB PDF");
            }
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** Any method, with or without a token and a JSON body. */
    public Reply call(String method, String path, String token, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    public Reply post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Tokens of the accounts with a second factor, kept while they work: each code is good once. */
    private static final java.util.Map<String, String> KEPT = new java.util.concurrent.ConcurrentHashMap<>();

    public String token(String username) throws IOException, InterruptedException {
        boolean enrolled = DemoAuthenticator.ENROLLED.contains(username);
        String kept = enrolled ? KEPT.get(base + username) : null;
        if (kept != null && get("/api/v1/auth/tokens", kept).status() == 200) {
            return kept;
        }
        Reply reply = post("/api/v1/auth/token", "{\"username\":\"" + username
                + "\",\"password\":\"Partnership-Demo-2026\"" + (enrolled ? ",\"code\":\""
                + DemoAuthenticator.nextCode(username) + "\"" : "") + "}");
        if (reply.status() != 200) {
            throw new IllegalStateException("no token for " + username + ": " + reply.body());
        }
        String token = reply.object().getString("token");
        if (enrolled) {
            KEPT.put(base + username, token);
        }
        return token;
    }

    /** The reply, if it succeeded; otherwise the test fails with its status and body. */
    public static Reply ok(Reply reply) {
        if (reply.status() < 200 || reply.status() >= 300) {
            throw new AssertionError(reply.status() + " " + reply.body());
        }
        return reply;
    }

    /** Schedules one meeting of a body (at the Town Hall) as the given secretary; the meeting's id. */
    public int schedule(String token, long body, String startsAt) throws IOException, InterruptedException {
        return ok(call("POST", "/api/v1/bodies/" + body + "/meetings", token,
                "{\"startsAt\":\"" + startsAt + "\",\"venue\":\"Town Hall\"}")).array().getJsonObject(0).getInt("id");
    }

    /**
     * The receiving body's secretary places a referral (the referring decision's id) from its "items to be placed" on
     * a meeting's agenda still being built; the meeting as the secretary then sees it.
     */
    public JsonObject placeReferral(String token, int meeting, long decisionId) throws IOException, InterruptedException {
        return ok(call("POST", "/api/v1/meetings/" + meeting + "/referrals", token, "{\"decisionId\":" + decisionId + "}"))
                .object();
    }

    /** Adds an item for decision to an agenda still being built; the item's id. */
    public int addItem(String token, int meeting, String title, String accessLevel) throws IOException, InterruptedException {
        int version = ok(get("/api/v1/meetings/" + meeting, token)).object().getInt("version");
        ok(call("POST", "/api/v1/meetings/" + meeting + "/items", token, jakarta.json.Json.createObjectBuilder()
                .add("title", title).add("purpose", "DECISION").add("accessLevel", accessLevel).add("version", version)
                .build().toString()));
        return ok(get("/api/v1/meetings/" + meeting, token)).object().getJsonArray("items")
                .getValuesAs(jakarta.json.JsonObject.class).stream().filter(i -> i.getString("title").equals(title))
                .findFirst().orElseThrow().getInt("id");
    }

    /** Publishes the agenda (on the given day, or today when null) and records the meeting as held. */
    public jakarta.json.JsonObject publishAndHold(String token, int meeting, java.time.LocalDate publishedOn)
            throws IOException, InterruptedException {
        jakarta.json.JsonObject m = ok(get("/api/v1/meetings/" + meeting, token)).object();
        ok(call("POST", "/api/v1/meetings/" + meeting + "/publish", token, "{" + (publishedOn == null ? ""
                : "\"publishedOn\":\"" + publishedOn + "\",") + "\"version\":" + m.getInt("version") + "}"));
        m = ok(get("/api/v1/meetings/" + meeting, token)).object();
        ok(call("POST", "/api/v1/meetings/" + meeting + "/held", token, "{\"version\":" + m.getInt("version") + "}"));
        return ok(get("/api/v1/meetings/" + meeting, token)).object();
    }

    /** Every agency's id by name, as an administrator sees them. */
    public java.util.Map<String, Long> agencyIds() throws IOException, InterruptedException {
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        for (jakarta.json.JsonObject a : get("/api/v1/agencies", token("admin")).array()
                .getValuesAs(jakarta.json.JsonObject.class)) {
            ids.put(a.getString("name"), a.getJsonNumber("id").longValue());
        }
        return ids;
    }

    /** Every body's id by short name, as an administrator sees them. */
    public java.util.Map<String, Integer> bodyIds() throws IOException, InterruptedException {
        return get("/api/v1/bodies", token("admin")).array().getValuesAs(jakarta.json.JsonObject.class).stream()
                .collect(java.util.stream.Collectors.toMap(b -> b.getString("shortName"), b -> b.getInt("id")));
    }

    /** Every account's id by username, as an administrator sees them. */
    public java.util.Map<String, Long> personIds() throws IOException, InterruptedException {
        String admin = token("admin");
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        for (jakarta.json.JsonObject agency : get("/api/v1/agencies", admin).array()
                .getValuesAs(jakarta.json.JsonObject.class)) {
            for (jakarta.json.JsonObject p : get("/api/v1/agencies/" + agency.getInt("id") + "/people", admin).array()
                    .getValuesAs(jakarta.json.JsonObject.class)) {
                ids.put(p.getString("username"), p.getJsonNumber("id").longValue());
            }
        }
        return ids;
    }

    public HttpResponse<String> raw(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }
}
