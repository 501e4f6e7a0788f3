package uk.partnership.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every role against every record of every kind, for view, list, edit and delete, through the API. The expected
 * answer is worked out here from the access rules and the demo data as an administrator reads it; the actual
 * answer is what the portal says. Edits send the record back unchanged, so allowed ones change nothing.
 */
class AccessMatrixIT extends PortalIT {

    private static final List<String> ROLES = List.of("admin", "police-admin", "secretary", "chair", "police",
            "health", "school", "voluntary", "councillor", "anonymous");

    private final List<String> mismatches = new ArrayList<>();
    private int cases;

    /** An agenda item made for the matrix, with its paper and file. */
    record Item(JsonObject body, String level, int id, long paper, long attachment, int meeting) {
        String tag(String what) {
            return what + "-" + body.getString("shortName") + "-" + level;
        }

        long bodyId() {
            return body.getInt("id");
        }
    }

    /** What the rules need to know about a role. */
    record Who(String role, String token, Long personId, Long agencyId, boolean admin, boolean agencyAdmin,
               Set<Long> seats, Set<Long> secretaryOf) {
    }

    @Test
    void noRoleSeesOrChangesMoreThanTheRulesAllow() throws Exception {
        String adminToken = api.token("admin");
        JsonArray bodies = api.get("/api/v1/bodies", adminToken).array();
        Map<Long, JsonObject> bodyDetail = new LinkedHashMap<>();
        Map<Long, List<JsonObject>> seatsOf = new LinkedHashMap<>();
        for (JsonObject b : bodies.getValuesAs(JsonObject.class)) {
            long id = b.getJsonNumber("id").longValue();
            bodyDetail.put(id, api.get("/api/v1/bodies/" + id, adminToken).object());
            seatsOf.put(id, api.get("/api/v1/bodies/" + id + "/members", adminToken).array()
                    .getValuesAs(JsonObject.class));
        }
        List<JsonObject> agencies = api.get("/api/v1/agencies", adminToken).array().getValuesAs(JsonObject.class);
        Map<Long, List<JsonObject>> peopleOf = new LinkedHashMap<>();
        Map<String, JsonObject> personByUsername = new HashMap<>();
        for (JsonObject a : agencies) {
            long id = a.getJsonNumber("id").longValue();
            List<JsonObject> people = api.get("/api/v1/agencies/" + id + "/people", adminToken).array()
                    .getValuesAs(JsonObject.class);
            peopleOf.put(id, people);
            people.forEach(p -> personByUsername.put(p.getString("username"), p));
        }

        List<Who> roles = roles(seatsOf, personByUsername);

        String throwawayAgency = api.call("POST", "/api/v1/agencies", adminToken,
                "{\"name\":\"Matrix test agency\",\"kind\":\"VOLUNTARY_SECTOR\"}").object().get("id").toString();

        for (Who who : roles) {
            Set<Long> listedBodies = ids(api.call("GET", "/api/v1/bodies", who.token(), null));
            for (JsonObject body : bodyDetail.values()) {
                long id = body.getJsonNumber("id").longValue();
                boolean see = maySee(who, body);
                boolean manage = who.admin() || who.secretaryOf().contains(id);
                String name = "body " + body.getString("shortName");
                check(who, name, "view", see ? 200 : 404, api.call("GET", "/api/v1/bodies/" + id, who.token(), null));
                check(who, name, "list", see, listedBodies.contains(id));
                check(who, name, "edit", !see ? 404 : who.admin() ? 200 : 403,
                        api.call("PUT", "/api/v1/bodies/" + id, who.token(), bodyForm(body)));
                check(who, name, "delete", !see ? 404 : who.admin() ? 409 : 403,
                        api.call("DELETE", "/api/v1/bodies/" + id, who.token(), null));

                Api.Reply members = api.call("GET", "/api/v1/bodies/" + id + "/members", who.token(), null);
                check(who, name + " members", "list", see ? 200 : 404, members);
                Set<Long> listedSeats = members.status() == 200 ? ids(members, "membershipId") : Set.of();
                for (JsonObject seat : seatsOf.get(id)) {
                    long seatId = seat.getJsonNumber("membershipId").longValue();
                    String seatName = "seat " + seatId + " on " + body.getString("shortName");
                    check(who, seatName, "view", see, listedSeats.contains(seatId));
                    check(who, seatName, "edit", !see ? 404 : manage ? 200 : 403,
                            api.call("PUT", "/api/v1/memberships/" + seatId, who.token(), seatForm(seat)));
                    check(who, seatName, "delete", see ? 403 : 404,
                            api.call("DELETE", "/api/v1/memberships/" + seatId, who.token(), null));
                }
            }

            Set<Long> listedAgencies = ids(api.call("GET", "/api/v1/agencies", who.token(), null));
            for (JsonObject agency : agencies) {
                long id = agency.getJsonNumber("id").longValue();
                String name = "agency " + agency.getString("name");
                check(who, name, "view", 200, api.call("GET", "/api/v1/agencies/" + id, who.token(), null));
                check(who, name, "list", true, listedAgencies.contains(id));
                check(who, name, "edit", who.admin() ? 200 : 403, api.call("PUT", "/api/v1/agencies/" + id,
                        who.token(), Json.createObjectBuilder().add("name", agency.getString("name"))
                                .add("kind", agency.getString("kindCode"))
                                .add("version", agency.getJsonNumber("version")).build().toString()));
                boolean managesPeople = who.admin() || (who.agencyAdmin() && who.agencyId() == id);
                Api.Reply people = api.call("GET", "/api/v1/agencies/" + id + "/people", who.token(), null);
                check(who, name + " people", "list", managesPeople ? 200 : 404, people);
                for (JsonObject person : peopleOf.get(id)) {
                    long personId = person.getJsonNumber("id").longValue();
                    String personName = "person " + person.getString("username");
                    boolean self = who.personId() != null && who.personId() == personId;
                    boolean seePerson = self || managesPeople;
                    check(who, personName, "view", seePerson ? 200 : 404,
                            api.call("GET", "/api/v1/people/" + personId, who.token(), null));
                    check(who, personName, "edit", !seePerson ? 404 : managesPeople ? 200 : 403,
                            api.call("POST", "/api/v1/people/" + personId + "/" + (person.getBoolean("enabled")
                                    ? "enable" : "disable"), who.token(),
                                    "{\"version\":" + person.getJsonNumber("version") + "}"));
                    check(who, personName, "delete", seePerson ? 403 : 404,
                            api.call("DELETE", "/api/v1/people/" + personId, who.token(), null));
                }
            }
            if (!who.admin()) {
                check(who, "agency Matrix test agency", "delete", 403,
                        api.call("DELETE", "/api/v1/agencies/" + throwawayAgency, who.token(), null));
            }
            check(who, "audit trail", "list", who.admin() ? 200 : 403,
                    api.call("GET", "/api/v1/audit", who.token(), null));
            check(who, "audit chain", "view", who.admin() ? 200 : 403,
                    api.call("GET", "/api/v1/audit/verify", who.token(), null));
        }
        Who admin = roles.get(0);
        check(admin, "agency Matrix test agency", "delete", 204,
                api.call("DELETE", "/api/v1/agencies/" + throwawayAgency, adminToken, null));
        check(admin, "agency Cleveland Police (in use)", "delete", 409, api.call("DELETE", "/api/v1/agencies/"
                + agencies.stream().filter(a -> a.getString("name").equals("Cleveland Police")).findFirst()
                .orElseThrow().getJsonNumber("id"), adminToken, null));

        System.out.printf("Access matrix: %d cases checked (%d roles), %d leaks or refusals out of line%n",
                cases, roles.size(), mismatches.size());
        assertTrue(cases > 1000, "the matrix covers every role and record: " + cases);
        assertEquals(List.of(), mismatches);
    }

    /** Each role with its token, agency, seats and secretaryships, as an administrator reads them. */
    private List<Who> roles(Map<Long, List<JsonObject>> seatsOf, Map<String, JsonObject> personByUsername)
            throws Exception {
        List<Who> roles = new ArrayList<>();
        for (String role : ROLES) {
            if (role.equals("anonymous")) {
                roles.add(new Who(role, null, null, null, false, false, Set.of(), Set.of()));
                continue;
            }
            JsonObject person = personByUsername.get(role);
            long personId = person.getJsonNumber("id").longValue();
            Set<Long> seats = new HashSet<>();
            Set<Long> secretaryOf = new HashSet<>();
            seatsOf.forEach((bodyId, seatList) -> seatList.stream()
                    .filter(s -> s.getJsonNumber("personId").longValue() == personId && s.getBoolean("current"))
                    .forEach(s -> {
                        seats.add(bodyId);
                        if (s.getString("roleCode").equals("SECRETARY")) {
                            secretaryOf.add(bodyId);
                        }
                    }));
            roles.add(new Who(role, api.token(role), personId, person.getJsonNumber("agencyId").longValue(),
                    role.equals("admin"), person.getBoolean("agencyAdmin"), seats, secretaryOf));
        }
        return roles;
    }

    /** The same, read afresh. */
    private List<Who> roles(String adminToken) throws Exception {
        Map<Long, List<JsonObject>> seatsOf = new LinkedHashMap<>();
        for (JsonObject b : api.get("/api/v1/bodies", adminToken).array().getValuesAs(JsonObject.class)) {
            long id = b.getJsonNumber("id").longValue();
            seatsOf.put(id, api.get("/api/v1/bodies/" + id + "/members", adminToken).array()
                    .getValuesAs(JsonObject.class));
        }
        Map<String, JsonObject> personByUsername = new HashMap<>();
        for (JsonObject a : api.get("/api/v1/agencies", adminToken).array().getValuesAs(JsonObject.class)) {
            api.get("/api/v1/agencies/" + a.getInt("id") + "/people", adminToken).array().getValuesAs(JsonObject.class)
                    .forEach(p -> personByUsername.put(p.getString("username"), p));
        }
        return roles(seatsOf, personByUsername);
    }

    /**
     * Every body (public, partnership and restricted) × every item level (public, partnership, restricted to
     * Cleveland Police, exempt): a paper with a file, a minute and a decision on each item, the minutes approved at
     * a later meeting, and a referral of each item to the Overview and Scrutiny Board. Each role reads the paper,
     * its file and attachment, the minutes, the decisions register and the receiving agenda; what it gets must be
     * exactly what the body's level AND the item's level allow, and a referral must carry that protection with it.
     */
    @Test
    void papersMinutesDecisionsAndReferralsFollowBothTheBodyAndTheItem() throws Exception {
        String admin = api.token("admin");
        String secretary = api.token("secretary");
        long police = api.agencyIds().get("Cleveland Police");
        long secretaryId = api.personIds().get("secretary");
        List<Who> roles = roles(admin);
        List<JsonObject> bodies = api.get("/api/v1/bodies", admin).array().getValuesAs(JsonObject.class).stream()
                .map(b -> {
                    try {
                        return api.get("/api/v1/bodies/" + b.getInt("id"), admin).object();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
        int osb = api.bodyIds().get("OSB");
        int receiving = api.schedule(secretary, osb, "2036-06-01T10:00");
        String run = Long.toString(System.nanoTime() % 100_000);

        List<Item> items = new ArrayList<>();
        int day = 0;
        for (JsonObject body : bodies) {
            int bodyId = body.getInt("id");
            LocalDate on = LocalDate.of(2035, 1, 8).plusWeeks(day++);
            int meeting = api.schedule(secretary, bodyId, on + "T10:00");
            List<Item> ofMeeting = new ArrayList<>();
            for (String level : List.of("PUBLIC", "PARTNERSHIP", "RESTRICTED", "EXEMPT")) {
                int version = Api.ok(api.get("/api/v1/meetings/" + meeting, secretary)).object().getInt("version");
                JsonObjectBuilder form = Json.createObjectBuilder().add("title", "Matrix " + run + " " + level + " item")
                        .add("purpose", "DECISION").add("accessLevel", level).add("version", version);
                if (level.equals("RESTRICTED")) {
                    form.add("namedAgencyIds", Json.createArrayBuilder().add(police));
                }
                if (level.equals("EXEMPT")) {
                    form.add("exemptParagraph", 3);
                }
                int itemId = Api.ok(api.call("POST", "/api/v1/meetings/" + meeting + "/items", secretary,
                        form.build().toString())).object().getInt("id");
                Item draft = new Item(body, level, itemId, 0, 0, meeting);
                long paper = Api.ok(api.call("POST", "/api/v1/agenda-items/" + itemId + "/papers", secretary,
                        Json.createObjectBuilder().add("reportOf", "Director of Children's Services")
                                .add("title", draft.tag("paper")).add("reportDate", on.minusDays(10).toString())
                                .add("summary", draft.tag("summary")).build().toString())).object()
                        .getJsonNumber("id").longValue();
                HttpResponse<String> file = api.raw(HttpRequest.newBuilder(URI.create(base + "api/v1/papers/" + paper
                                + "/attachments?name=" + draft.tag("file") + ".pdf"))
                        .header("Authorization", "Bearer " + secretary).header("Content-Type", "application/pdf")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(TINY_PDF)).build());
                assertEquals(201, file.statusCode(), file.body());
                long attachment = Json.createReader(new java.io.StringReader(file.body())).readObject()
                        .getJsonNumber("id").longValue();
                ofMeeting.add(new Item(body, level, itemId, paper, attachment, meeting));
            }
            api.publishAndHold(secretary, meeting, LocalDate.now(java.time.ZoneId.of("Europe/London")));
            for (Item item : ofMeeting) {
                Api.ok(api.call("PUT", "/api/v1/agenda-items/" + item.id() + "/minute", secretary,
                        "{\"html\":\"<p>" + item.tag("minute") + "</p>\",\"revision\":0}"));
                Api.ok(api.call("POST", "/api/v1/agenda-items/" + item.id() + "/decisions", secretary,
                        "{\"kind\":\"NOTED\",\"text\":\"" + item.tag("decision") + "\"}"));
                long referral = Api.ok(api.call("POST", "/api/v1/agenda-items/" + item.id() + "/decisions", secretary,
                        "{\"kind\":\"REFERRED\",\"targetBodyId\":" + osb + ",\"text\":\"" + item.tag("referral")
                                + "\"}")).object().getJsonNumber("id").longValue();
                api.placeReferral(secretary, receiving, referral);
            }
            approve(secretary, secretaryId, meeting, bodyId, on.plusDays(28));
            items.addAll(ofMeeting);
        }
        int version = Api.ok(api.get("/api/v1/meetings/" + receiving, secretary)).object().getInt("version");
        Api.ok(api.call("POST", "/api/v1/meetings/" + receiving + "/publish", secretary, "{\"version\":" + version + "}"));

        Map<Integer, Set<Long>> namedAgencies = new HashMap<>();
        bodies.forEach(b -> namedAgencies.put(b.getInt("id"), b.getJsonArray("namedAgencyIds")
                .getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).collect(Collectors.toSet())));
        JsonObject osbBody = bodies.stream().filter(b -> b.getInt("id") == osb).findFirst().orElseThrow();
        for (Who who : roles) {
            String agenda = api.call("GET", "/api/v1/meetings/" + receiving, who.token(), null).body();
            Map<Integer, String> minutes = new HashMap<>();
            Map<Integer, String> register = new HashMap<>();
            for (Item item : items) {
                String name = item.tag("item");
                boolean see = maySee(who, item.body()) && itemVisible(who, item, police);
                int expected = see ? 200 : 404;
                check(who, name + " paper", "view", expected, api.call("GET", "/api/v1/papers/" + item.paper(),
                        who.token(), null));
                check(who, name + " paper file", "view", expected, api.call("GET", "/api/v1/papers/" + item.paper()
                        + "/file", who.token(), null));
                check(who, name + " attachment", "view", expected, api.call("GET", "/api/v1/attachments/"
                        + item.attachment(), who.token(), null));
                // An empty form: a manager gets as far as the missing version (400), anyone else is refused first.
                check(who, name + " paper", "edit", !see ? 404 : who.admin() || who.secretaryOf().contains(
                        item.bodyId()) ? 400 : 403, api.call("PUT", "/api/v1/papers/" + item.paper(),
                        who.token(), "{}"));
                String record = minutes.computeIfAbsent(item.meeting(), m -> body("/api/v1/meetings/" + m + "/minutes",
                        who.token()));
                check(who, name + " minute", "view", see, record.contains(item.tag("minute")));
                check(who, name + " decision in the minutes", "view", see, record.contains(item.tag("decision")));
                String decisions = register.computeIfAbsent(item.body().getInt("id"), b -> body("/api/v1/decisions?body="
                        + b, who.token()));
                check(who, name + " decision in the register", "list", see, decisions.contains(item.tag("decision")));
                boolean seeReferral = maySee(who, osbBody) && referralVisible(who, item, osb, police, namedAgencies);
                // The referral's title names the item it came from; the resolution's words stay with the decision.
                check(who, name + " referral on the OSB agenda", "view", seeReferral,
                        agenda.contains("Referred from the " + item.body().getString("name") + ": Matrix " + run + " "
                                + item.level() + " item"));
                check(who, name + " resolution text on the OSB agenda", "view", false,
                        agenda.contains(item.tag("referral")));
                if (seeReferral && !see) {
                    check(who, name + " referral seen only by the receiving body's members", "view", true,
                            who.admin() || who.seats().contains((long) osb));
                }
            }
            // Search finds the item's paper and minute exactly when both may be read: count, kinds and snippet.
            for (Item item : items) {
                String name = item.tag("item");
                boolean see = maySee(who, item.body()) && itemVisible(who, item, police);
                JsonObject found = Api.ok(api.call("GET", "/api/v1/search?q=" + java.net.URLEncoder.encode("\""
                        + item.tag("summary") + "\" or \"" + item.tag("minute") + "\"", java.nio.charset.StandardCharsets.UTF_8),
                        who.token(), null)).object();
                check(who, name + " search total of " + found.getJsonNumber("total"), "search", true,
                        found.getJsonNumber("total").intValue() == (see ? 2 : 0));
                String kinds = found.getJsonArray("counts").getValuesAs(JsonObject.class).stream()
                        .map(c -> c.getString("kind") + "=" + c.getInt("count")).sorted().collect(Collectors.joining(","));
                check(who, name + " search counts", "search", see, kinds.equals("MINUTE=1,PAPER=1"));
                check(who, name + " search snippet", "search", see, found.getJsonArray("hits").toString()
                        .contains("<mark>"));
            }
            if (who.role().equals("anonymous")) {
                for (Item item : items) {
                    boolean open = maySee(who, item.body()) && item.level().equals("PUBLIC");
                    check(who, item.tag("item") + " file page", "view", open ? 200 : 404,
                            api.call("GET", "/files/attachment/" + item.attachment(), null, null));
                    check(who, item.tag("item") + " paper edit page", "view", 404,
                            api.call("GET", "/paper/edit.xhtml?id=" + item.paper(), null, null));
                }
            }
        }
        System.out.printf("Access matrix (papers, files, minutes, decisions, referrals): %d cases over %d items "
                + "(%d bodies x 4 levels), %d out of line%n", cases, items.size(), bodies.size(), mismatches.size());
        assertTrue(cases > 2000, "every role, item and route: " + cases);
        assertEquals(List.of(), mismatches);
    }

    /** A one-page PDF, enough for the portal to recognise the type. */
    static final byte[] TINY_PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes();

    private String body(String path, String token) {
        try {
            Api.Reply reply = api.call("GET", path, token, null);
            return reply.status() == 200 ? reply.body() : "";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Search through the page and the API: a word inside an uploaded PDF is found, and no longer once the file is
     * replaced; English stemming, quoted phrases and exclusions; an action's words found by its body's members and its
     * agency only; the page by keyboard, in the address (bookmark, reload), with axe reporting nothing.
     */
    @Test
    void searchFindsWordsInFilesByStemAndPhraseAndOnlyWhatEachMayRead() throws Exception {
        String secretary = api.token("secretary");
        String admin = api.token("admin");
        long police = api.agencyIds().get("Cleveland Police");
        long ctb = api.bodyIds().get("CTB");
        JsonObject board = api.get("/api/v1/bodies/" + ctb, admin).object();
        int meeting = api.schedule(secretary, ctb, "2036-03-03T10:00");
        int version = Api.ok(api.get("/api/v1/meetings/" + meeting, secretary)).object().getInt("version");
        int item = Api.ok(api.call("POST", "/api/v1/meetings/" + meeting + "/items", secretary, Json.createObjectBuilder()
                .add("title", "Safeguarding missing children: the quarter").add("purpose", "DECISION")
                .add("accessLevel", "RESTRICTED").add("namedAgencyIds", Json.createArrayBuilder().add(police))
                .add("version", version).build().toString())).object().getInt("id");
        long paper = Api.ok(api.call("POST", "/api/v1/agenda-items/" + item + "/papers", secretary, Json
                .createObjectBuilder().add("reportOf", "Detective Inspector, Safeguarding").add("title", "Missing "
                        + "episodes and return interviews").add("reportDate", "2036-02-20").build().toString())).object()
                .getJsonNumber("id").longValue();
        HttpResponse<String> first = api.raw(HttpRequest.newBuilder(URI.create(base + "api/v1/papers/" + paper
                        + "/attachments?name=quarter.pdf")).header("Authorization", "Bearer " + secretary)
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(
                        pdfWith("Runaway episodes fell after the Quillwort protocol was safeguarded by every school.")))
                .build());
        assertEquals(201, first.statusCode(), first.body());
        api.publishAndHold(secretary, meeting, null);
        // The word is only in the restricted paper's file: each role finds it exactly when it may read the paper.
        Item restricted = new Item(board, "RESTRICTED", item, paper, 0, meeting);
        Map<String, Integer> shouldFind = new LinkedHashMap<>();
        Map<String, Integer> found = new LinkedHashMap<>();
        for (Who who : roles(admin)) {
            shouldFind.put(who.role(), maySee(who, board) && itemVisible(who, restricted, police) ? 1 : 0);
            found.put(who.role(), total("quillwort", who.token()));
        }
        assertEquals(shouldFind, found, "who finds the word inside the restricted paper's file");
        assertTrue(shouldFind.get("police") == 1 && shouldFind.get("anonymous") == 0, shouldFind::toString);
        String policeToken = api.token("police");
        assertEquals(1, total("safeguard quillwort", policeToken), "'safeguard' finds 'safeguarded'");
        assertEquals(1, total("\"quillwort protocol\"", policeToken), "a phrase");
        assertEquals(0, total("\"protocol quillwort\"", policeToken), "the phrase's words in another order");
        assertEquals(0, total("quillwort -runaway", policeToken), "an excluded word");

        long firstId = Json.createReader(new java.io.StringReader(first.body())).readObject().getJsonNumber("id")
                .longValue();
        HttpResponse<String> second = api.raw(HttpRequest.newBuilder(URI.create(base + "api/v1/papers/" + paper
                        + "/attachments?name=quarter-v2.pdf&replaces=" + firstId))
                .header("Authorization", "Bearer " + secretary).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdfWith("Runaway episodes fell after the Marshwort "
                        + "protocol.")))
                .build());
        assertEquals(201, second.statusCode(), second.body());
        assertEquals(0, total("quillwort", policeToken), "the replaced file's words are gone");
        assertEquals(1, total("marshwort", policeToken), "the new file's words are found at once");

        // An action of one agency: its body's members and its agency find it; nobody else.
        Api.ok(api.call("POST", "/api/v1/actions", secretary, "{\"bodyId\":" + ctb + ",\"title\":\"Agree the "
                + "Bramblecote custody audit\",\"ownerPersonId\":" + api.personIds().get("police") + ",\"dueOn\":\""
                + LocalDate.now().plusDays(60) + "\"}"));
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (Who who : roles(admin)) {
            boolean see = who.admin() || who.seats().contains(ctb) || Long.valueOf(police).equals(who.agencyId());
            expected.put(who.role(), see ? 1 : 0);
        }
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (Who who : roles(admin)) {
            actual.put(who.role(), total("bramblecote", who.token()));
        }
        assertEquals(expected, actual, "who finds the action");

        // The page, by keyboard, signed in; then its address reloaded; axe on both.
        browser = new Browser(base.toString());
        browser.signIn("police");
        browser.open("/");
        browser.find("#siteSearch").sendKeys("safeguarding quillwort OR marshwort", org.openqa.selenium.Keys.ENTER);
        browser.waitFor().until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                org.openqa.selenium.By.id("results")));
        assertTrue(browser.find("#resultsHeading").getText().startsWith("1 result for"),
                browser.find("#resultsHeading").getText());
        assertTrue(browser.find("#hits").getText().contains("Missing episodes and return interviews"));
        assertTrue(browser.find("#hits").getAttribute("innerHTML").toLowerCase(java.util.Locale.ROOT)
                .contains("<mark>marshwort</mark>"), "the word found is marked in the snippet");
        assertEquals("", browser.accessibilityViolations(), "the search page with results");
        browser.find("#kind").sendKeys("Actions");
        browser.find("#q").clear();
        browser.find("#q").sendKeys("bramblecote", org.openqa.selenium.Keys.ENTER);
        browser.waitFor().until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("kind=ACTION"));
        browser.driver.navigate().refresh();
        assertTrue(browser.find("#hits").getText().contains("Bramblecote custody audit"), "kept in the address");
        browser.open("/search.xhtml?q=bramblecote&from=31/02/2020&page=x");
        assertTrue(browser.find("#messages").getText().length() > 0, "a malformed choice is a message");
        assertEquals("", browser.accessibilityViolations(), "the search page with a message");
        assertEquals(400, api.call("GET", "/api/v1/search?q=x&from=2020-02-31", policeToken, null).status());
    }

    /** The number of records a search finds for the caller (null: the public). */
    private int total(String q, String token) throws Exception {
        return Api.ok(api.call("GET", "/api/v1/search?q=" + java.net.URLEncoder.encode(q,
                java.nio.charset.StandardCharsets.UTF_8), token, null)).object().getJsonNumber("total").intValue();
    }

    /** A one-page PDF whose text is the given sentence. */
    static byte[] pdfWith(String text) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream out = new org.apache.pdfbox.pdmodel.PDPageContentStream(
                    doc, page)) {
                out.beginText();
                out.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 11);
                out.newLineAtOffset(50, 700);
                out.showText(text);
                out.endText();
            }
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** Approves the minutes of {@code meeting} at a later meeting, moved by the secretary present there. */
    private void approve(String secretary, long secretaryId, int meeting, int bodyId, LocalDate on) throws Exception {
        int later = api.schedule(secretary, bodyId, on + "T10:00");
        JsonObject held = api.publishAndHold(secretary, later, LocalDate.now(java.time.ZoneId.of("Europe/London")));
        Api.ok(api.call("PUT", "/api/v1/meetings/" + later + "/attendance", secretary, "{\"version\":"
                + held.getInt("version") + ",\"entries\":[{\"personId\":" + secretaryId + ",\"kind\":\"PRESENT\"}]}"));
        int version = Api.ok(api.get("/api/v1/meetings/" + meeting, secretary)).object().getInt("version");
        Api.ok(api.call("POST", "/api/v1/meetings/" + meeting + "/circulate", secretary, "{\"version\":" + version + "}"));
        version = Api.ok(api.get("/api/v1/meetings/" + meeting, secretary)).object().getInt("version");
        Api.ok(api.call("POST", "/api/v1/meetings/" + meeting + "/approve-minutes", secretary, "{\"version\":" + version
                + ",\"atMeetingId\":" + later + ",\"movedBy\":" + secretaryId + "}"));
    }

    private static boolean itemVisible(Who who, Item item, long police) {
        if (who.admin() || item.level().equals("PUBLIC") || who.seats().contains(item.bodyId())) {
            return true;
        }
        return item.level().equals("RESTRICTED") && who.agencyId() != null && who.agencyId() == police;
    }

    /**
     * Where a referral of the item may be read on the receiving (public) body's agenda: the protection its text had
     * at the source, narrowed to the receiving body — exempt stays exempt, a restricted item or body keeps the agencies
     * both allow, a members-only one is for the receiving body's members; only a fully public source is public.
     */
    private static boolean referralVisible(Who who, Item item, long receivingBody, long police,
                                           Map<Integer, Set<Long>> namedAgencies) {
        String bodyLevel = item.body().getString("accessLevelCode");
        if (who.admin() || who.seats().contains(receivingBody)) {
            return true;
        }
        if (item.level().equals("EXEMPT")) {
            return false;
        }
        int strictness = Math.max(strictness(item.level()), strictness(bodyLevel));
        if (strictness == 0) {
            return true;
        }
        if (strictness == 1) {
            Set<Long> agencies = new HashSet<>(item.level().equals("RESTRICTED") ? Set.of(police)
                    : namedAgencies.get((int) item.bodyId()));
            if (item.level().equals("RESTRICTED") && bodyLevel.equals("RESTRICTED")) {
                agencies.retainAll(namedAgencies.get((int) item.bodyId()));
            }
            return who.agencyId() != null && agencies.contains(who.agencyId());
        }
        return false;
    }

    private static int strictness(String level) {
        return switch (level) {
            case "PUBLIC" -> 0;
            case "RESTRICTED" -> 1;
            case "PARTNERSHIP" -> 2;
            default -> 3;
        };
    }

    private static boolean maySee(Who who, JsonObject body) {
        long id = body.getJsonNumber("id").longValue();
        String level = body.getString("accessLevelCode");
        if (who.admin() || level.equals("PUBLIC") || who.seats().contains(id)) {
            return true;
        }
        return level.equals("RESTRICTED") && who.agencyId() != null && body.getJsonArray("namedAgencyIds")
                .getValuesAs(JsonNumber.class).stream().anyMatch(n -> n.longValue() == who.agencyId());
    }

    private void check(Who who, String object, String op, int expected, Api.Reply actual) {
        cases++;
        if (actual.status() != expected) {
            mismatches.add(who.role() + " " + op + " " + object + ": expected " + expected + ", got "
                    + actual.status() + " " + actual.body());
        }
    }

    private void check(Who who, String object, String op, boolean expected, boolean actual) {
        cases++;
        if (expected != actual) {
            mismatches.add(who.role() + " " + op + " " + object + ": expected " + (expected ? "" : "not ")
                    + "to be listed");
        }
    }

    private static Set<Long> ids(Api.Reply reply) {
        return ids(reply, "id");
    }

    private static Set<Long> ids(Api.Reply reply, String field) {
        return reply.array().getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber(field).longValue()).collect(Collectors.toSet());
    }

    private static String bodyForm(JsonObject b) {
        JsonObjectBuilder form = Json.createObjectBuilder()
                .add("name", b.getString("name")).add("shortName", b.getString("shortName"))
                .add("kind", b.getString("kindCode")).add("accessLevel", b.getString("accessLevelCode"))
                .add("accessToInformation", b.getBoolean("accessToInformation"))
                .add("namedAgencyIds", b.getJsonArray("namedAgencyIds"))
                .add("version", b.getJsonNumber("version"));
        copy(b, form, "parentId");
        copy(b, form, "termsOfReference");
        copy(b, form, "meetingFrequency");
        copy(b, form, "quorum");
        return form.build().toString();
    }

    private static String seatForm(JsonObject s) {
        JsonObjectBuilder form = Json.createObjectBuilder()
                .add("personId", s.getJsonNumber("personId")).add("agencyId", s.getJsonNumber("agencyId"))
                .add("role", s.getString("roleCode")).add("voting", s.getBoolean("voting"))
                .add("startsOn", s.getString("startsOn")).add("version", s.getJsonNumber("version"));
        copy(s, form, "endsOn");
        return form.build().toString();
    }

    private static void copy(JsonObject from, JsonObjectBuilder to, String field) {
        JsonValue value = from.get(field);
        if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
            to.add(field, value);
        }
    }
}
