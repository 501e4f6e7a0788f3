package uk.partnership.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Seed 003 recorded: attendance with a substitute, declarations, minutes, resolutions, a referral, approval. */
class MinutesIT extends PortalIT {

    String secretary;

    @Test
    void theTwentiethOfJulyMeetingIsRecordedCirculatedApprovedAndReadByEachReader() throws Exception {
        secretary = api.token("secretary");
        Map<String, Integer> bodies = api.bodyIds();
        Map<String, Long> people = api.personIds();

        int panelMeeting = schedule(bodies.get("CYPSC"), "2020-07-20T18:00");
        int boardMeeting = schedule(bodies.get("OSB"), "2020-09-07T14:00");
        int nextPanelMeeting = schedule(bodies.get("CYPSC"), "2020-09-14T18:00");

        JsonObject m = get("/api/v1/meetings/" + panelMeeting, secretary);
        m = addItem(panelMeeting, m, "Overview and structure of children's services", "PUBLIC", null);
        m = addItem(panelMeeting, m, "Scrutiny panel work programme 2020/21", "PUBLIC", null);
        m = addItem(panelMeeting, m, "Agency social worker contracts", "EXEMPT", 1);
        m = addItem(panelMeeting, m, "Overview and Scrutiny Board update", "PUBLIC", null);
        ok(api.call("POST", "/api/v1/meetings/" + panelMeeting + "/publish", secretary,
                "{\"publishedOn\":\"2020-07-10\",\"version\":" + m.getInt("version") + "}"));
        m = get("/api/v1/meetings/" + panelMeeting, secretary);
        List<JsonObject> items = m.getJsonArray("items").getValuesAs(JsonObject.class);
        int previousMinutes = items.get(2).getInt("id");
        int overview = items.get(3).getInt("id");
        int programme = items.get(4).getInt("id");
        int exempt = items.get(5).getInt("id");
        int boardUpdate = items.get(6).getInt("id");

        Api.Reply early = api.call("PUT", "/api/v1/meetings/" + panelMeeting + "/attendance", secretary,
                "{\"version\":" + m.getInt("version") + ",\"entries\":[]}");
        assertEquals(400, early.status(), "nothing is recorded before the meeting is held");
        ok(api.call("POST", "/api/v1/meetings/" + panelMeeting + "/held", secretary, "{\"version\":" + m.getInt("version") + "}"));
        m = get("/api/v1/meetings/" + panelMeeting, secretary);
        JsonObject record = ok(api.call("PUT", "/api/v1/meetings/" + panelMeeting + "/attendance", secretary,
                "{\"version\":" + m.getInt("version") + ",\"entries\":["
                        + "{\"personId\":" + people.get("m.ellis") + ",\"kind\":\"PRESENT\",\"note\":\"Chair\"},"
                        + "{\"personId\":" + people.get("a.byrne") + ",\"kind\":\"PRESENT\",\"note\":\"Vice Chair\"},"
                        + "{\"name\":\"Councillor Alan Bell\",\"kind\":\"SUBSTITUTE\",\"substituteFor\":" + people.get("councillor") + "},"
                        + "{\"personId\":" + people.get("councillor") + ",\"kind\":\"APOLOGIES\"},"
                        + "{\"personId\":" + people.get("c.nolan") + ",\"kind\":\"IN_ATTENDANCE\",\"note\":\"Officer\"}]}")).object();
        assertEquals(3, record.getInt("presentVoting"), "two members and a substitute");
        assertTrue(record.getBoolean("quorate"), "quorum of three is met");
        m = get("/api/v1/meetings/" + panelMeeting, secretary);
        ok(api.call("PUT", "/api/v1/meetings/" + panelMeeting + "/declarations", secretary,
                "{\"version\":" + m.getInt("version") + ",\"noneDeclared\":true,\"entries\":[]}"));

        minute(previousMinutes, "<p>The minutes of the meeting held on 9 March 2020 were submitted and approved as a correct record.</p>");
        minute(overview, "<p>The Executive Director gave an overview of the structure of children's services.</p>");
        minute(programme, "<p>The panel considered possible topics for its work programme.</p>");
        minute(exempt, "<p>The panel discussed the values of agency social worker contracts by supplier.</p>");
        minute(boardUpdate, "<p>The Chair reported on the Overview and Scrutiny Board's meeting.</p>");
        decision(boardUpdate, "{\"kind\":\"NOTED\",\"text\":\"That the update be noted.\"}");
        decision(overview, "{\"kind\":\"NOTED\",\"text\":\"That the information provided be noted.\"}");
        JsonObject referral = decision(programme, "{\"kind\":\"REFERRED\",\"targetBodyId\":" + bodies.get("OSB")
                + ",\"text\":\"That the panel's work programme for 2020/21 be approved and referred to the Overview and Scrutiny Board.\"}");
        assertFalse(referral.containsKey("referralMeetingId") && !referral.isNull("referralMeetingId"),
                "a referral waits for the receiving body's secretary");
        List<String> waiting = Api.ok(api.get("/api/v1/meetings/" + boardMeeting + "/referrals", secretary)).array()
                .getValuesAs(JsonObject.class).stream().map(w -> w.getString("title")).toList();
        assertEquals(List.of("Referred from the Children and Young People's Social Care and Services Scrutiny Panel: "
                + "Scrutiny panel work programme 2020/21"), waiting, "on the board's items to be placed");
        int notSecretary = api.get("/api/v1/meetings/" + boardMeeting + "/referrals", api.token("councillor")).status();
        assertTrue(notSecretary == 403 || notSecretary == 404, "the list is the secretary's: " + notSecretary);
        JsonObject placed = api.placeReferral(secretary, boardMeeting, referral.getJsonNumber("id").longValue());
        assertTrue(placed.getJsonArray("items").toString().contains("Scrutiny panel work programme 2020/21"),
                "placed on the board's agenda");
        assertTrue(Api.ok(api.get("/api/v1/meetings/" + boardMeeting + "/referrals", secretary)).array().isEmpty());
        assertEquals(400, api.call("POST", "/api/v1/meetings/" + boardMeeting + "/referrals", secretary,
                "{\"decisionId\":" + referral.getInt("id") + "}").status(), "placed once");
        decision(exempt, "{\"kind\":\"APPROVED\",\"text\":\"That the contract extensions be approved.\"}");
        List<String> boardAgenda = get("/api/v1/meetings/" + boardMeeting, secretary).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(i -> i.getString("title")).toList();
        assertTrue(boardAgenda.stream().anyMatch(t -> t.startsWith("Referred from the Children and Young People's")
                && t.endsWith(": Scrutiny panel work programme 2020/21")), "a short title of its own: " + boardAgenda);
        assertTrue(boardAgenda.stream().noneMatch(t -> t.contains("be approved and referred")),
                "the resolution's words stay with the decision, not in the title");

        String councillor = api.token("councillor");
        assertEquals(404, api.get("/api/v1/meetings/" + panelMeeting + "/minutes", councillor).status(), "drafts stay with the secretary");
        assertEquals(404, api.get("/api/v1/meetings/" + panelMeeting + "/minutes", null).status());
        m = get("/api/v1/meetings/" + panelMeeting, secretary);
        ok(api.call("POST", "/api/v1/meetings/" + panelMeeting + "/circulate", secretary, "{\"version\":" + m.getInt("version") + "}"));
        JsonObject circulated = get("/api/v1/meetings/" + panelMeeting + "/minutes", councillor);
        assertTrue(circulated.toString().contains("values of agency social worker contracts"), "members read circulated minutes");
        assertEquals(404, api.get("/api/v1/meetings/" + panelMeeting + "/minutes", null).status(), "the public waits for approval");

        JsonObject next = get("/api/v1/meetings/" + nextPanelMeeting, secretary);
        ok(api.call("POST", "/api/v1/meetings/" + nextPanelMeeting + "/publish", secretary,
                "{\"publishedOn\":\"2020-09-04\",\"version\":" + next.getInt("version") + "}"));
        next = get("/api/v1/meetings/" + nextPanelMeeting, secretary);
        ok(api.call("POST", "/api/v1/meetings/" + nextPanelMeeting + "/held", secretary, "{\"version\":" + next.getInt("version") + "}"));
        next = get("/api/v1/meetings/" + nextPanelMeeting, secretary);
        ok(api.call("PUT", "/api/v1/meetings/" + nextPanelMeeting + "/attendance", secretary, "{\"version\":"
                + next.getInt("version") + ",\"entries\":[{\"personId\":" + people.get("m.ellis") + ",\"kind\":\"PRESENT\"}]}"));
        m = get("/api/v1/meetings/" + panelMeeting, secretary);
        Api.Reply notPresent = api.call("POST", "/api/v1/meetings/" + panelMeeting + "/approve-minutes", secretary,
                "{\"version\":" + m.getInt("version") + ",\"atMeetingId\":" + nextPanelMeeting + ",\"movedBy\":" + people.get("a.byrne") + "}");
        assertEquals(400, notPresent.status(), "the mover must be present");
        JsonObject approval = ok(api.call("POST", "/api/v1/meetings/" + panelMeeting + "/approve-minutes", secretary,
                "{\"version\":" + m.getInt("version") + ",\"atMeetingId\":" + nextPanelMeeting + ",\"movedBy\":" + people.get("m.ellis") + "}")).object();
        assertTrue(approval.getString("text").contains("the meeting held on 20 July 2020"), approval.getString("text"));
        assertTrue(approval.getString("text").contains("approved as a correct record (moved by Councillor Mark Ellis)"));

        Api.Reply locked = api.call("PUT", "/api/v1/agenda-items/" + overview + "/minute", secretary,
                "{\"html\":\"<p>changed</p>\",\"revision\":1}");
        assertEquals(400, locked.status(), "approved minutes are locked");
        Api.Reply noReason = api.call("POST", "/api/v1/agenda-items/" + overview + "/minute/correction", secretary,
                "{\"html\":\"<p>x</p>\"}");
        assertEquals(400, noReason.status());
        ok(api.call("POST", "/api/v1/agenda-items/" + overview + "/minute/correction", secretary,
                "{\"html\":\"<p>The Executive Director of Children's Services gave an overview of the department's structure.</p>\","
                        + "\"reason\":\"Officer's title given in full\"}"));
        assertTrue(get("/api/v1/agenda-items/" + overview + "/minute", secretary).getJsonArray("history").toString()
                .contains("CORRECTION"));

        for (String reader : new String[] {null, api.token("police")}) {
            JsonObject minutes = get("/api/v1/meetings/" + panelMeeting + "/minutes", reader);
            String text = minutes.toString();
            assertEquals("APPROVED", minutes.getString("statusCode"));
            assertTrue(text.contains("Councillor Alan Bell") && text.contains("\"substituteFor\":\"Councillor Ruth Allen\""), text);
            assertTrue(text.contains("overview of the department"), "the corrected text is public");
            assertEquals(5, minutes.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(i -> !i.getString("number", "").isEmpty()).count(), "five numbered minutes");
            assertTrue(text.contains("exempt under paragraph 1"), "the exempt item shows only as withheld");
            assertFalse(text.contains("contract values") || text.contains("values of agency") || text.contains("contract extensions"),
                    "no exempt minute or decision reaches the public");
            List<String> register = Json.createReader(new java.io.StringReader(api.get("/api/v1/decisions?body="
                            + bodies.get("CYPSC"), reader).body())).readArray().getValuesAs(JsonObject.class).stream()
                    .map(d -> d.getString("text")).toList();
            assertTrue(register.stream().anyMatch(t -> t.contains("work programme for 2020/21")), register::toString);
            assertFalse(register.stream().anyMatch(t -> t.contains("contract extensions")), register::toString);
        }
        String publicPdf = api.pdfText("/api/v1/meetings/" + panelMeeting + "/minutes.pdf", null);
        assertTrue(publicPdf.contains("Councillor Alan Bell") && publicPdf.contains("work programme for 2020/21"), publicPdf);
        // Laid out as the seed's minutes are: the meeting named, the chair first under Present, substitutes with the
        // member they stood for, officers apart, then apologies.
        String flat = publicPdf.replaceAll("\\s+", " ");
        assertTrue(flat.contains("Minutes of the meeting held on Monday 20 July 2020 at"), flat);
        int chair = flat.indexOf("Councillor Mark Ellis (Chair)");
        int substitute = flat.indexOf("Councillor Alan Bell (substitute for Councillor Ruth Allen)");
        int officers = flat.indexOf("Also in attendance");
        int apologies = flat.indexOf("Apologies Councillor Ruth Allen");
        assertTrue(flat.indexOf("Present") < chair && chair < substitute && substitute < officers
                && officers < apologies, "Present (chair first), substitutes, officers, apologies: " + flat);
        String publicPage = api.get("/meeting/view.xhtml?id=" + panelMeeting, null).body();
        assertTrue(publicPage.contains(">Present</h4>") && publicPage.contains("Councillor Mark Ellis (Chair)")
                && publicPage.contains(">Apologies</h4>"), "the meeting page groups attendance the same way");
        assertFalse(publicPdf.contains("contract extensions") || publicPdf.contains("values of agency"), "no exempt minute in the public PDF");
        assertTrue(api.pdfText("/api/v1/meetings/" + panelMeeting + "/minutes.pdf", councillor).contains("contract extensions"));

        JsonObject rates = get("/api/v1/bodies/" + bodies.get("CYPSC") + "/attendance", councillor);
        String ratesText = rates.toString();
        System.out.println("Attendance history of the panel: " + ratesText);
        JsonObject ruth = rates.getJsonArray("people").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("name").equals("Councillor Ruth Allen")).findFirst().orElseThrow();
        assertEquals(0, ruth.getInt("present"), "sent apologies on 20 July; a substitute does not count for her");
        JsonObject council = rates.getJsonArray("agencies").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("name").equals("Middlesbrough Council")).findFirst().orElseThrow();
        assertEquals(council.getInt("expected"), council.getInt("present"), "the council was represented every time");

        List<String> memberRegister = api.get("/api/v1/decisions?kind=APPROVED&q=contract", councillor).array()
                .getValuesAs(JsonObject.class).stream().map(d -> d.getString("text")).toList();
        assertEquals(List.of("That the contract extensions be approved."), memberRegister);
    }

    @Test
    void payloadsTypedIntoTheMinutePageNeverRunAndASecondSaveShowsBothTexts() throws Exception {
        secretary = api.token("secretary");
        Map<String, Integer> bodies = api.bodyIds();
        int meeting = schedule(bodies.get("HWB"), "2021-03-01T10:00");
        JsonObject m = get("/api/v1/meetings/" + meeting, secretary);
        ok(api.call("POST", "/api/v1/meetings/" + meeting + "/publish", secretary,
                "{\"publishedOn\":\"2021-02-15\",\"version\":" + m.getInt("version") + "}"));
        m = get("/api/v1/meetings/" + meeting, secretary);
        ok(api.call("POST", "/api/v1/meetings/" + meeting + "/held", secretary, "{\"version\":" + m.getInt("version") + "}"));
        int item = m.getJsonArray("items").getJsonObject(2).getInt("id");

        try (Browser browser = new Browser(base.toString())) {
            browser.open("/login.xhtml");
            browser.find("#signIn\\:username").sendKeys("secretary", org.openqa.selenium.Keys.TAB,
                    "Partnership-Demo-2026", org.openqa.selenium.Keys.ENTER);
            browser.secondFactorIfAsked("secretary");
            browser.waitFor().until(org.openqa.selenium.support.ui.ExpectedConditions
                    .visibilityOfElementLocated(org.openqa.selenium.By.id("signOutForm:signOut")));
            browser.open("/minutes/edit.xhtml?item=" + item);
            browser.waitFor().until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                    org.openqa.selenium.By.cssSelector("#minute\\:text .ql-editor[role=textbox]")));
            assertEquals("", browser.accessibilityViolations(), "minute page (the rich-text editor)");
            assertTrue(browser.heading().startsWith("Minute of "), browser.heading());
            assertTrue(browser.find("#minuteOf").getText().contains("1 March 2021"), "the meeting is named");
            assertTrue(browser.find("#backToMeeting").getAttribute("href").endsWith("/meeting/view.xhtml?id=" + meeting));
            int survived = 0;
            for (String payload : XssPayloads.ALL) {
                browser.open("/minutes/edit.xhtml?item=" + item);
                // What a hostile client could post, past the editor: straight into the field the form sends.
                var box = browser.driver.findElement(org.openqa.selenium.By.id("minute:text_input"));
                ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                        .executeScript("arguments[0].value = arguments[1];", box, "<p>AGREED</p>" + payload);
                browser.find("#minute\\:save").sendKeys(org.openqa.selenium.Keys.ENTER);
                browser.waitFor().until(org.openqa.selenium.support.ui.ExpectedConditions
                        .textToBePresentInElementLocated(org.openqa.selenium.By.id("messages"), "Saved"));
                browser.open("/meeting/view.xhtml?id=" + meeting);
                String minutes = browser.find("#minutes").getAttribute("innerHTML");
                boolean alerted;
                try {
                    browser.driver.switchTo().alert().dismiss();
                    alerted = true;
                } catch (org.openqa.selenium.NoAlertPresentException none) {
                    alerted = false;
                }
                if (alerted || XssPayloads.executable(minutes)) {
                    survived++;
                    System.out.println("Survived: " + payload);
                }
            }
            System.out.printf("XSS through the page: %d payloads submitted through the minute page form, %d ran or left "
                    + "executable markup%n", XssPayloads.ALL.size(), survived);
            assertEquals(0, survived);
            assertEquals("", browser.accessibilityViolations(), "meeting page with minutes");

            browser.open("/minutes/edit.xhtml?item=" + item);
            int revision = get("/api/v1/agenda-items/" + item + "/minute", secretary).getInt("revision");
            ok(api.call("PUT", "/api/v1/agenda-items/" + item + "/minute", secretary, Json.createObjectBuilder()
                    .add("html", "<p>The other secretary's wording.</p>").add("revision", revision).build().toString()));
            // The rich-text editor by keyboard: two paragraphs, one word in bold, and Tab leaves the editor.
            var box = browser.find("#minute\\:text .ql-editor");
            box.click();
            box.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                    org.openqa.selenium.Keys.DELETE);
            box.sendKeys("My own wording of the item.", org.openqa.selenium.Keys.ENTER, "It was ");
            box.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "b"), "agreed",
                    org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "b"), ".");
            box.sendKeys(org.openqa.selenium.Keys.TAB);
            assertFalse(Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "return document.activeElement.classList.contains('ql-editor');")), "Tab leaves the editor");
            assertFalse(box.getText().contains("\t"), "no tab character typed into the minute");
            browser.find("#minute\\:save").sendKeys(org.openqa.selenium.Keys.ENTER);
            assertTrue(browser.find(".message--error").getText().contains("Someone else saved this minute"));
            assertTrue(browser.find("#theirs").getText().contains("The other secretary"));
            assertTrue(browser.find("#minute\\:text .ql-editor").getText().contains("My own wording"),
                    "the second person's text is kept for merging");
            browser.find("#minute\\:save").sendKeys(org.openqa.selenium.Keys.ENTER);
            browser.waitFor().until(org.openqa.selenium.support.ui.ExpectedConditions
                    .textToBePresentInElementLocated(org.openqa.selenium.By.id("messages"), "Saved"));
            String saved = get("/api/v1/agenda-items/" + item + "/minute", secretary).getString("text");
            assertTrue(saved.contains("<p>My own wording of the item.</p>") && saved.contains("<strong>agreed</strong>"),
                    "paragraphs and bold kept, through the sanitiser: " + saved);
            browser.open("/meeting/view.xhtml?id=" + meeting);
            assertTrue(browser.find("#minutes").getAttribute("innerHTML").contains("<p>My own wording of the item.</p>"),
                    "paragraphs kept on the meeting page");
            browser.open("/meeting/record.xhtml?id=" + meeting);
            assertTrue(browser.heading().startsWith("Record the meeting"));
            assertEquals("", browser.accessibilityViolations(), "record page");
            new org.openqa.selenium.support.ui.Select(browser.find("select[id$=':kind']")).selectByValue("PRESENT");
            browser.find("input[id$=':name']").sendKeys("Director of Public Health");
            browser.find("#attendance\\:saveAttendance").sendKeys(org.openqa.selenium.Keys.ENTER);
            browser.waitFor().until(org.openqa.selenium.support.ui.ExpectedConditions
                    .textToBePresentInElementLocated(org.openqa.selenium.By.id("messages"), "Attendance saved"));
            // A substitute on a line of its own: refused until it names whom it stands for, losing nothing typed,
            // and after the save the choice is still shown.
            int lines = browser.driver.findElements(org.openqa.selenium.By.cssSelector("input[id$=':name']")).size();
            browser.find("#attendance\\:addLine").sendKeys(org.openqa.selenium.Keys.ENTER);
            browser.waitFor().until(d -> d.findElements(org.openqa.selenium.By.cssSelector("input[id$=':name']")).size()
                    == lines + 1);
            var names = browser.driver.findElements(org.openqa.selenium.By.cssSelector("input[id$=':name']"));
            var last = names.get(names.size() - 1);
            last.sendKeys("Councillor A Bell");
            String lastRow = last.getAttribute("id").replace(":name", "");
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(
                    org.openqa.selenium.By.id(lastRow + ":kind"))).selectByValue("SUBSTITUTE");
            browser.find("#attendance\\:saveAttendance").sendKeys(org.openqa.selenium.Keys.ENTER);
            browser.waitFor().until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                    org.openqa.selenium.By.id("messages"), "Say which member Councillor A Bell substitutes for."));
            assertEquals("Councillor A Bell", browser.driver.findElement(org.openqa.selenium.By.id(lastRow + ":name"))
                    .getDomProperty("value"), "the refused line is still there");
            assertEquals("Director of Public Health", browser.driver.findElements(
                    org.openqa.selenium.By.cssSelector("input[id$=':name']")).get(0).getDomProperty("value"));
            var substituteFor = new org.openqa.selenium.support.ui.Select(browser.driver.findElement(
                    org.openqa.selenium.By.id(lastRow + ":for")));
            substituteFor.selectByIndex(1);
            String member = substituteFor.getFirstSelectedOption().getText();
            browser.find("#attendance\\:saveAttendance").sendKeys(org.openqa.selenium.Keys.ENTER);
            browser.waitFor().until(org.openqa.selenium.support.ui.ExpectedConditions
                    .textToBePresentInElementLocated(org.openqa.selenium.By.id("messages"), "Attendance saved"));
            assertTrue(browser.driver.findElements(org.openqa.selenium.By.cssSelector("select[id$=':for']")).stream()
                    .map(e -> new org.openqa.selenium.support.ui.Select(e).getFirstSelectedOption().getText())
                    .anyMatch(member::equals), "the substitute's member is still chosen after the save");
            new org.openqa.selenium.support.ui.Select(browser.find("select[id$=':who']")).selectByIndex(1);
            browser.find("input[id$=':kind'][id^='declarations']").sendKeys("Personal");
            browser.find("input[id$=':text'][id^='declarations']").sendKeys("Governor of a school named in the report");
            browser.find("#declarations\\:saveDeclarations").sendKeys(org.openqa.selenium.Keys.ENTER);
            browser.waitFor().until(org.openqa.selenium.support.ui.ExpectedConditions
                    .textToBePresentInElementLocated(org.openqa.selenium.By.id("messages"), "Declarations saved"));
            assertTrue(get("/api/v1/meetings/" + meeting + "/minutes", secretary).toString()
                    .contains("Governor of a school named in the report"));
            browser.find("#declarations\\:none").sendKeys(org.openqa.selenium.Keys.SPACE);
            browser.find("#declarations\\:saveDeclarations").sendKeys(org.openqa.selenium.Keys.ENTER);
            browser.waitFor().until(org.openqa.selenium.support.ui.ExpectedConditions
                    .textToBePresentInElementLocated(org.openqa.selenium.By.id("messages"), "no interests"));
            browser.find("#circulate\\:circulateMinutes").sendKeys(org.openqa.selenium.Keys.ENTER);
            browser.waitFor().until(org.openqa.selenium.support.ui.ExpectedConditions
                    .textToBePresentInElementLocated(org.openqa.selenium.By.id("messages"), "circulated"));
            JsonObject recorded = get("/api/v1/meetings/" + meeting + "/minutes", secretary);
            assertEquals("CIRCULATED", recorded.getString("statusCode"));
            assertTrue(recorded.getBoolean("noDeclarations"));
            assertTrue(recorded.toString().contains("Director of Public Health"), recorded::toString);

            browser.open("/decisions.xhtml");
            assertEquals("Decisions register", browser.heading());
            assertEquals("", browser.accessibilityViolations(), "decisions register");
        }
    }

    private int schedule(int body, String startsAt) throws Exception {
        Api.Reply reply = api.call("POST", "/api/v1/bodies/" + body + "/meetings", secretary,
                "{\"startsAt\":\"" + startsAt + "\",\"venue\":\"Town Hall\"}");
        assertEquals(201, reply.status(), reply.body());
        return reply.array().getJsonObject(0).getInt("id");
    }

    private JsonObject addItem(int meeting, JsonObject m, String title, String access, Integer paragraph) throws Exception {
        ok(api.call("POST", "/api/v1/meetings/" + meeting + "/items", secretary, "{\"title\":\"" + title
                + "\",\"accessLevel\":\"" + access + "\"" + (paragraph == null ? "" : ",\"exemptParagraph\":" + paragraph)
                + ",\"version\":" + m.getInt("version") + "}"));
        return get("/api/v1/meetings/" + meeting, secretary);
    }

    private void minute(int item, String html) throws Exception {
        ok(api.call("PUT", "/api/v1/agenda-items/" + item + "/minute", secretary, Json.createObjectBuilder()
                .add("html", html).add("revision", 0).build().toString()));
    }

    private JsonObject decision(int item, String json) throws Exception {
        return ok(api.call("POST", "/api/v1/agenda-items/" + item + "/decisions", secretary, json)).object();
    }

    private JsonObject get(String path, String token) throws Exception {
        return ok(api.get(path, token)).object();
    }

    private static Api.Reply ok(Api.Reply reply) {
        assertTrue(reply.status() == 200 || reply.status() == 201, reply.status() + " " + reply.body());
        return reply;
    }

}
