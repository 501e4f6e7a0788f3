package uk.partnership.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.partnership.portal.it.Api.ok;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Seed 003, item 20/3 replayed: suggestions for 2020/21, screening, the panel's selection of four topics on 20 July
 * 2020 referred to the Overview and Scrutiny Board, its approval, scheduling against the panel's 2020/21 meetings,
 * and one topic through to recommendations, the executive's response and the actions that carry them out.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkProgrammeIT extends PortalIT {

    private static final String[] SELECTED = {"Sufficiency and Permanency (Perceptions of Children in Care)",
        "'No Wrong Door' Programme", "Youth Services", "PACE Bed Provision"};

    String secretary;

    @Test
    @Order(1)
    void theTwentyTwentyProgrammeFromSuggestionToExecutiveResponse() throws Exception {
        secretary = api.token("secretary");
        Map<String, Integer> bodies = api.bodyIds();
        int panel = bodies.get("CYPSC");
        int board = bodies.get("OSB");
        Map<String, Long> agencies = api.agencyIds();

        List<Long> topics = new ArrayList<>();
        topics.add(suggest(panel, api.token("councillor"), SELECTED[0], "Children in care should be heard on where they live."));
        topics.add(suggest(panel, api.token("police"), SELECTED[1], "A model that keeps teenagers out of care and custody."));
        topics.add(suggest(panel, secretary, SELECTED[2], "Youth provision was cut; what does it offer now?"));
        topics.add(suggest(panel, null, SELECTED[3], "Children should not spend nights in police cells."));
        long notChosen = suggest(panel, null, "Holiday hunger", "Free meals in the school holidays.");
        for (long t : topics) {
            JsonObject topic = ok(api.get("/api/v1/topics/" + t, secretary)).object();
            ok(api.call("PUT", "/api/v1/topics/" + t + "/screening", secretary, "{\"publicInterest\":4,\"impact\":4,"
                    + "\"performance\":3,\"context\":3,\"duplication\":5,\"note\":\"Aligns with the improvement plan.\","
                    + "\"version\":" + topic.getInt("version") + "}"));
        }
        JsonObject hidden = ok(api.get("/api/v1/programmes/" + panel + "?year=2020", null)).object();
        assertTrue(ids(hidden).stream().noneMatch(topics::contains), "the public sees no suggestions, only the agreed programme");
        assertEquals(404, api.get("/api/v1/topics/" + topics.get(3), null).status());
        JsonObject asMember = ok(api.get("/api/v1/topics/" + topics.get(3), api.token("councillor"))).object();
        assertEquals(19, asMember.getInt("score"));
        assertFalse(asMember.containsKey("suggesterContact"), "a member of the public's contact stays with the secretary");
        assertEquals("pace@example.invalid", ok(api.get("/api/v1/topics/" + topics.get(3), secretary)).object()
                .getString("suggesterContact"));

        int july = api.schedule(secretary, panel, "2020-07-20T16:30");
        int boardMeeting = api.schedule(secretary, board, "2020-08-04T14:00");
        List<Integer> year = new ArrayList<>();
        for (String date : new String[] {"2020-09-14", "2020-10-19", "2020-11-30", "2021-01-11", "2021-02-22", "2021-03-22"}) {
            year.add(api.schedule(secretary, panel, date + "T16:30"));
        }
        int programmeItem = api.addItem(secretary, july, "Setting the scrutiny panel's work programme 2020/2021", "PUBLIC");
        api.publishAndHold(secretary, july, java.time.LocalDate.parse("2020-07-10"));
        JsonObject selection = ok(api.call("POST", "/api/v1/agenda-items/" + programmeItem + "/select-topics", secretary,
                "{\"topicIds\":" + topics + "}")).object();
        assertEquals("REFERRED", selection.getString("kind"));
        api.placeReferral(secretary, boardMeeting, selection.getJsonNumber("id").longValue());
        for (String title : SELECTED) {
            assertTrue(selection.getString("text").contains(title), selection.getString("text"));
        }
        assertEquals("NOT_SELECTED", ok(api.get("/api/v1/topics/" + notChosen, secretary)).object().getString("status"));
        JsonObject boardAgenda = ok(api.get("/api/v1/meetings/" + boardMeeting, secretary)).object();
        int referral = boardAgenda.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("title").startsWith("Referred from the Children and Young People's"))
                .findFirst().orElseThrow().getInt("id");
        assertEquals(400, api.call("POST", "/api/v1/agenda-items/" + referral + "/approve-programme", secretary, null)
                .status(), "the board approves at its meeting, once held");
        api.publishAndHold(secretary, boardMeeting, java.time.LocalDate.parse("2020-07-27"));
        assertEquals(403, api.call("POST", "/api/v1/agenda-items/" + referral + "/approve-programme",
                api.token("councillor"), null).status());
        JsonObject approval = ok(api.call("POST", "/api/v1/agenda-items/" + referral + "/approve-programme", secretary, null))
                .object();
        assertTrue(approval.getString("text").contains("work programme for 2020/21 be approved"), approval.toString());

        JsonObject publicProgramme = ok(api.get("/api/v1/programmes/" + panel + "?year=2020", null)).object();
        assertTrue(ids(publicProgramme).containsAll(topics), "the public sees the four approved topics");
        assertFalse(ids(publicProgramme).contains(notChosen), "but not the suggestion the panel passed over");
        assertTrue(publicProgramme.toString().contains("A member of the public"));
        assertFalse(publicProgramme.toString().contains("Pat Quinn"), "the public suggester is not named to the public");

        long pace = topics.get(3);
        for (int i = 0; i < SELECTED.length; i++) {
            ok(api.call("POST", "/api/v1/topics/" + topics.get(i) + "/sessions", secretary,
                    "{\"meetingId\":" + year.get(i) + ",\"purpose\":\"SCOPING\"}"));
        }
        ok(api.call("POST", "/api/v1/topics/" + pace + "/sessions", secretary, "{\"meetingId\":" + year.get(4)
                + ",\"purpose\":\"EVIDENCE\",\"witnesses\":[{\"name\":\"Chief Inspector Amy Shaw\",\"role\":\"Custody lead\","
                + "\"agencyId\":" + agencies.get("Cleveland Police") + "},{\"name\":\"Chris Nolan\",\"role\":\"Executive "
                + "Director of Children's Services\",\"agencyId\":" + agencies.get("Middlesbrough Council") + "}]}"));
        Api.Reply twice = api.call("POST", "/api/v1/topics/" + pace + "/sessions", secretary,
                "{\"meetingId\":" + year.get(4) + ",\"purpose\":\"EVIDENCE\"}");
        assertEquals(400, twice.status());
        ok(api.call("POST", "/api/v1/programmes/" + panel + "/topics", secretary, "{\"title\":\"Diary of a social worker\","
                + "\"reason\":\"Members asked for insight into social workers' caseloads.\",\"kind\":\"BRIEFING\",\"year\":2020}"));

        JsonObject timeline = ok(api.get("/api/v1/programmes/" + panel + "?year=2020", null)).object();
        Map<Integer, String> byMeeting = new java.util.HashMap<>();
        timeline.getJsonArray("timeline").getValuesAs(JsonObject.class)
                .forEach(m -> byMeeting.put(m.getInt("meetingId"), m.getJsonArray("entries").toString()));
        assertTrue(byMeeting.keySet().containsAll(year) && byMeeting.containsKey(july), "the panel's 2020/21 meetings");
        for (int i = 0; i < SELECTED.length; i++) {
            assertTrue(byMeeting.get(year.get(i)).contains(SELECTED[i].replace("'", "\\u0027"))
                    || byMeeting.get(year.get(i)).contains(SELECTED[i]), byMeeting.get(year.get(i)));
        }
        assertTrue(byMeeting.get(year.get(4)).contains("Evidence session"), byMeeting.get(year.get(4)));
        List<String> jan = ok(api.get("/api/v1/meetings/" + year.get(3), secretary)).object().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(i -> i.getString("title")).toList();
        assertTrue(jan.contains("PACE Bed Provision — scoping and terms of reference"), jan.toString());

        JsonObject paceTopic = ok(api.get("/api/v1/topics/" + pace, secretary)).object();
        paceTopic = ok(api.call("PUT", "/api/v1/topics/" + pace + "/terms", secretary, Json.createObjectBuilder()
                .add("text", "How many children are held overnight in custody, and why a PACE bed is not found.")
                .add("version", paceTopic.getInt("version")).build().toString())).object();
        assertTrue(paceTopic.getJsonArray("sessions").toString().contains("Chief Inspector Amy Shaw, Custody lead (Cleveland Police)"));
        ok(api.call("POST", "/api/v1/topics/" + pace + "/recommendations", secretary,
                "{\"text\":\"Agree a joint PACE bed protocol with the Emergency Duty Team.\",\"agencyId\":"
                        + agencies.get("Cleveland Police") + "}"));
        paceTopic = ok(api.call("POST", "/api/v1/topics/" + pace + "/recommendations", secretary,
                "{\"text\":\"Report custody data to the panel every quarter.\",\"agencyId\":"
                        + agencies.get("Middlesbrough Council") + "}")).object();
        List<JsonObject> recs = paceTopic.getJsonArray("recommendations").getValuesAs(JsonObject.class);
        assertEquals(List.of(1, 2), recs.stream().map(r -> r.getInt("number")).toList());

        String police = api.token("police");
        List<JsonObject> toPolice = api.get("/api/v1/recommendations", police).array().getValuesAs(JsonObject.class);
        assertEquals(1, toPolice.size(), "before publication the police see the recommendation addressed to them");
        assertTrue(toPolice.get(0).getString("text").contains("joint PACE bed protocol"));
        assertEquals(0, api.get("/api/v1/recommendations", api.token("health")).array().size());
        assertEquals(0, ok(api.get("/api/v1/topics/" + pace, null)).object().getJsonArray("recommendations").size(),
                "the public waits for the report");

        paceTopic = ok(api.call("PUT", "/api/v1/topics/" + pace + "/report", secretary, Json.createObjectBuilder()
                .add("summary", "Too many children spend the night in custody because no bed is found.")
                .add("publishedOn", "2021-03-22").add("version", paceTopic.getInt("version")).build().toString())).object();
        assertEquals("COMPLETED", paceTopic.getString("status"));
        // The police's administrator is told of the recommendation awaiting the force's response, and of no other.
        String told = Inbox.text(Inbox.waitForOne("Recommendation awaiting your response", "police-admin@demo.invalid"));
        assertTrue(told.contains("joint PACE bed protocol") && !told.contains("custody data"), told);
        JsonObject first = paceTopic.getJsonArray("recommendations").getJsonObject(0);
        Api.Reply noReason = api.call("PUT", "/api/v1/recommendations/" + first.getInt("id") + "/response", secretary,
                "{\"response\":\"PARTLY_ACCEPTED\",\"version\":" + first.getInt("version") + "}");
        assertEquals(400, noReason.status(), "a partial acceptance needs its reason");
        ok(api.call("PUT", "/api/v1/recommendations/" + first.getInt("id") + "/response", secretary,
                "{\"response\":\"PARTLY_ACCEPTED\",\"reason\":\"Accepted for police custody; the duty team is a "
                        + "Tees-wide service and will be asked to join.\",\"respondedOn\":\"2021-05-10\",\"version\":"
                        + first.getInt("version") + "}"));
        JsonObject action = ok(api.call("POST", "/api/v1/actions", secretary, "{\"recommendationId\":" + first.getInt("id")
                + ",\"title\":\"Sign the PACE bed protocol with the Emergency Duty Team\",\"dueOn\":\"2021-09-30\"}")).object();
        assertEquals("Cleveland Police", action.getString("ownerAgency"), "owned by the agency addressed");
        assertTrue(action.getString("reference").startsWith("CYPSC-2020-"),
                "numbered in the municipal year of the programme it carries out: " + action.getString("reference"));
        ok(api.call("POST", "/api/v1/actions/" + action.getInt("id") + "/updates", police,
                "{\"progress\":\"Protocol drafted with the duty team.\",\"status\":\"ON_TRACK\",\"version\":"
                        + action.getInt("version") + "}"));

        JsonObject forPanel = ok(api.get("/api/v1/topics/" + pace, api.token("councillor"))).object()
                .getJsonArray("recommendations").getJsonObject(0);
        assertEquals("Partly accepted", forPanel.getString("responseLabel"));
        assertEquals("ON_TRACK", forPanel.getJsonArray("actions").getJsonObject(0).getString("status"),
                "the panel follows progress on its recommendation");
        JsonObject forPublic = ok(api.get("/api/v1/topics/" + pace, null)).object().getJsonArray("recommendations")
                .getJsonObject(0);
        assertTrue(forPublic.getString("responseReason").contains("Tees-wide"));
        assertEquals(0, forPublic.getJsonArray("actions").size(), "actions stay with the panel and the owning agency");
        assertEquals(1, api.get("/api/v1/recommendations", police).array().getJsonObject(0).getJsonArray("actions").size());
    }

    @Test
    @Order(2)
    void thePublicSuggestsByKeyboardAndIsLimited() throws Exception {
        int panel = api.bodyIds().get("CYPSC");
        try (Browser browser = new Browser(base.toString())) {
            browser.open("/scrutiny/programme.xhtml?body=" + panel + "&year=2020");
            assertEquals("", browser.accessibilityViolations(), "public programme page");
            browser.open("/scrutiny/suggest.xhtml?body=" + panel);
            assertEquals("", browser.accessibilityViolations(), "suggestion form");
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            tabTo(browser, "suggestion:title").sendKeys("Support for young carers");
            new Actions(browser.driver).sendKeys(Keys.TAB, "Young carers miss school and nobody notices.", Keys.TAB,
                    "Early help", Keys.TAB, "Sam Reader", Keys.TAB, "sam@example.invalid").perform();
            tabTo(browser, "suggestion:send").sendKeys(Keys.ENTER);
            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "Thank you"));
            assertEquals("", browser.accessibilityViolations(), "after sending");
        }
        String secretary = api.token("secretary");
        assertTrue(api.get("/api/v1/programmes/" + panel, secretary).body().contains("Support for young carers"),
                "the secretary sees the suggestion in this year's programme");
        int refused = 0;
        for (int i = 0; i < 4; i++) {
            Api.Reply reply = api.call("POST", "/api/v1/programmes/" + panel + "/suggestions", null,
                    "{\"title\":\"Topic " + i + "\",\"reason\":\"Because.\",\"name\":\"Repeat Sender\"}");
            refused += reply.status() == 429 ? 1 : 0;
            assertTrue(reply.status() == 201 || reply.status() == 429, reply.body());
        }
        assertTrue(refused >= 2, "three an hour from one connection (one was sent through the page): " + refused);
        assertEquals(404, api.call("POST", "/api/v1/programmes/" + api.bodyIds().get("CTB") + "/suggestions", null,
                "{\"title\":\"x\",\"reason\":\"y\",\"name\":\"z\"}").status(), "a hidden body takes no suggestions");

        try (Browser browser = new Browser(base.toString())) {
            browser.signIn("secretary");
            browser.open("/scrutiny/programme.xhtml?body=" + panel);
            assertEquals("", browser.accessibilityViolations(), "programme page for the secretary");
            String topicId = browser.driver.findElement(By.linkText("Support for young carers")).getAttribute("href")
                    .replaceAll(".*id=", "");
            browser.open("/scrutiny/topic.xhtml?id=" + topicId);
            assertEquals("", browser.accessibilityViolations(), "topic page for the secretary");
            browser.signIn("police");
            browser.open("/scrutiny/recommendations.xhtml");
            assertEquals("", browser.accessibilityViolations(), "recommendations to my agency");
        }
    }

    private static org.openqa.selenium.WebElement tabTo(Browser browser, String id) {
        org.openqa.selenium.WebElement target = browser.driver.findElement(By.id(id));
        for (int i = 0; i < 100; i++) {
            if (browser.driver.switchTo().activeElement().equals(target)) {
                return target;
            }
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + id);
    }

    private long suggest(int panel, String token, String title, String reason) throws Exception {
        JsonObject body = Json.createObjectBuilder().add("title", title).add("reason", reason).add("year", 2020)
                .add("name", "Pat Quinn").add("contact", "pace@example.invalid").build();
        return ok(api.call("POST", "/api/v1/programmes/" + panel + "/suggestions", token, body.toString())).object()
                .getJsonNumber("id").longValue();
    }

    private static List<Long> ids(JsonObject programme) {
        return programme.getJsonArray("topics").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getJsonNumber("id").longValue()).toList();
    }
}
