package uk.partnership.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Meetings and agendas through the API, replaying the scrutiny panel meeting of 20 July 2020 (seed 003). */
class MeetingsIT extends PortalIT {

    Map<String, Integer> bodyIds;
    String secretary;

    @BeforeEach
    void setUp() throws Exception {
        secretary = api.token("secretary");
        bodyIds = api.bodyIds();
    }

    @Test
    void theTwentiethOfJuly2020MeetingIsNumberedPublishedOnTimeAndScopedForEachReader() throws Exception {
        int panel = bodyIds.get("CYPSC");
        Api.Reply scheduled = api.call("POST", "/api/v1/bodies/" + panel + "/meetings", secretary,
                "{\"startsAt\":\"2020-07-20T10:00\",\"venue\":\"Virtual meeting\",\"onlineLink\":\"https://meet.example/cypsc\"}");
        assertEquals(201, scheduled.status(), scheduled.body());
        int meeting = scheduled.array().getJsonObject(0).getInt("id");
        // A meeting years ago still stands on its body's page, for the public too, under its municipal year.
        Api.Reply bodyPage = api.get("/body/view.xhtml?id=" + panel, null);
        assertEquals(200, bodyPage.status());
        String pastMeetings = bodyPage.body().substring(bodyPage.body().indexOf("id=\"pastHeading\""));
        assertTrue(pastMeetings.contains(">2020/21</h4>") && pastMeetings.contains("Monday 20 July 2020, 10:00"),
                "the past meeting under 2020/21 on the body page");
        // And in the meetings calendar of its month, for the public; a month that cannot be read is not found.
        Api.Reply july = api.get("/meetings.xhtml?month=2020-07", null);
        assertEquals(200, july.status());
        assertTrue(july.body().contains("Meetings in July 2020") && july.body().contains("Monday 20 July")
                && july.body().contains("/meeting/view.xhtml?id=" + meeting), "the public calendar of July 2020");
        assertEquals(404, api.get("/meetings.xhtml?month=2020-13", null).status());
        JsonObject m = api.get("/api/v1/meetings/" + meeting, secretary).object();
        assertEquals(List.of("Apologies for absence", "Declarations of interest", "Minutes of the previous meeting"),
                titles(m));
        assertEquals("2020-07-10", m.getString("latestPublication"));

        m = addItem(meeting, m, "{\"title\":\"Overview and structure of children's services\",\"purpose\":\"INFORMATION\","
                + "\"presenter\":\"Executive Director of Children's Services\"}");
        m = addItem(meeting, m, "{\"title\":\"Setting the scrutiny panel's work programme for 2020/21\",\"purpose\":\"DECISION\"}");
        m = addItem(meeting, m, "{\"title\":\"Review of agency social worker contracts\",\"purpose\":\"DISCUSSION\","
                + "\"accessLevel\":\"EXEMPT\",\"exemptParagraph\":1,\"publicTitle\":\"Staffing matter\"}");
        m = addItem(meeting, m, "{\"title\":\"Overview and Scrutiny Board update\",\"purpose\":\"INFORMATION\"}");
        Api.Reply noParagraph = api.call("POST", "/api/v1/meetings/" + meeting + "/items", secretary,
                "{\"title\":\"Secret\",\"accessLevel\":\"EXEMPT\",\"version\":" + m.getInt("version") + "}");
        assertEquals(400, noParagraph.status());
        assertTrue(noParagraph.object().getString("message").contains("paragraph of Schedule 12A"));

        assertEquals(List.of("", "", "20/1", "20/2", "20/3", "20/4", "20/5"), numbers(m), "provisional numbers");
        assertEquals(404, api.get("/api/v1/meetings/" + meeting + "x", null).status());
        assertTrue(api.get("/api/v1/meetings/" + meeting, null).object().getJsonArray("items").isEmpty(),
                "nothing of the agenda is public before publication");

        Api.Reply late = api.call("POST", "/api/v1/meetings/" + meeting + "/publish", secretary,
                "{\"publishedOn\":\"2020-07-13\",\"version\":" + m.getInt("version") + "}");
        assertEquals(400, late.status(), late.body());
        assertTrue(late.object().getString("message").contains("had to go out by 2020-07-10"), late.body());
        Api.Reply published = api.call("POST", "/api/v1/meetings/" + meeting + "/publish", secretary,
                "{\"publishedOn\":\"2020-07-10\",\"version\":" + m.getInt("version") + "}");
        assertEquals(200, published.status(), published.body());
        assertEquals("AGENDA_PUBLISHED", published.object().getString("statusCode"));

        JsonObject asPublic = api.get("/api/v1/meetings/" + meeting, null).object();
        JsonObject asPolice = api.get("/api/v1/meetings/" + meeting, api.token("police")).object();
        JsonObject asMember = api.get("/api/v1/meetings/" + meeting, api.token("councillor")).object();
        assertEquals(7, asMember.getJsonArray("items").size());
        assertTrue(titles(asMember).contains("Review of agency social worker contracts"));
        for (JsonObject outsider : List.of(asPublic, asPolice)) {
            assertEquals(List.of("", "", "20/1", "20/2", "20/3", "20/4", "20/5"), numbers(outsider));
            assertTrue(titles(outsider).contains("Staffing matter (exempt under paragraph 1 of Schedule 12A)"),
                    titles(outsider)::toString);
            assertFalse(outsider.toString().contains("social worker contracts"), "the exempt title never leaks");
        }
        Api.Reply listed = api.get("/api/v1/meetings?body=" + panel + "&from=2020-07-01&to=2020-07-31", null);
        assertEquals(200, listed.status());
        assertTrue(listed.array().getValuesAs(JsonObject.class).stream().anyMatch(x -> x.getInt("id") == meeting));

        Api.Reply publicIcs = api.get("/api/v1/meetings/" + meeting + "/calendar.ics", null);
        assertEquals(200, publicIcs.status());
        assertTrue(publicIcs.contentType().startsWith("text/calendar"), publicIcs.contentType());
        assertTrue(publicIcs.body().contains("BEGIN:VEVENT") && publicIcs.body().contains("DTSTART:20200720T090000Z"),
                publicIcs.body());
        assertTrue(publicIcs.body().contains("Staffing matter"), "the withheld line, as on the page");
        assertFalse(publicIcs.body().contains("social worker contracts"), "no exempt title in the public calendar");
        assertTrue(api.get("/api/v1/meetings/" + meeting + "/calendar.ics", api.token("councillor")).body()
                .contains("social worker"), "a member's calendar has the exempt title (folded lines aside)");
        Api.Reply feed = api.get("/api/v1/bodies/" + panel + "/calendar.ics", null);
        assertEquals(200, feed.status());
        assertTrue(feed.body().contains("UID:meeting-" + meeting + "@partnership-portal"));
        assertEquals(404, api.get("/api/v1/bodies/" + bodyIds.get("MET") + "/calendar.ics", null).status());

        JsonObject trail = api.get("/api/v1/audit?person=councillor&entity=Meeting&size=5", api.token("admin")).object();
        assertEquals("READ", trail.getJsonArray("rows").getJsonObject(0).getString("action"),
                "a member reading the exempt item is on the audit trail");

        papersAndPack(meeting, asMember);
        pagesForEachReader(meeting);
    }

    private void pagesForEachReader(int meeting) throws Exception {
        String publicPage = api.raw(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                base + "meeting/view.xhtml?id=" + meeting)).build()).body();
        assertTrue(publicPage.contains("Staffing matter (exempt under paragraph 1 of Schedule 12A)"));
        assertFalse(publicPage.contains("social worker contracts"), "the exempt title is not on the public page");
        assertTrue(publicPage.contains("20/5"));
        try (Browser browser = new Browser(base.toString())) {
            for (String reader : List.of("police", "councillor")) {
                browser.driver.manage().deleteAllCookies();
                browser.open("/login.xhtml");
                browser.find("#signIn\\:username").sendKeys(reader, Keys.TAB, "Partnership-Demo-2026", Keys.ENTER);
                browser.secondFactorIfAsked(reader);
                browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("signOutForm:signOut")));
                browser.open("/meeting/view.xhtml?id=" + meeting);
                String agenda = browser.find("#agenda").getText();
                assertEquals(reader.equals("councillor"), agenda.contains("Review of agency social worker contracts"),
                        reader + " sees: " + agenda);
                assertEquals(reader.equals("councillor"), agenda.contains("Agency social worker contract values"),
                        reader + " and the exempt paper");
            }
            assertEquals("", browser.accessibilityViolations(), "member's meeting page");
        }
    }

    private void papersAndPack(int meeting, JsonObject asMember) throws Exception {
        List<JsonObject> items = asMember.getJsonArray("items").getValuesAs(JsonObject.class);
        int openItem = items.get(3).getInt("id");
        int exemptItem = items.get(5).getInt("id");
        Api.Reply open = api.call("POST", "/api/v1/agenda-items/" + openItem + "/papers", secretary, """
                {"reportOf":"Executive Director of Children's Services","reportDate":"2020-07-08",
                 "title":"Overview and structure of children's services","reportFor":"INFORMATION",
                 "strategicPriority":"Children and young people","summary":"How the department is organised.",
                 "recommendations":"That the panel notes the structure."}""");
        assertEquals(201, open.status(), open.body());
        assertTrue(open.object().getBoolean("late"), "a paper added after publication is flagged late");
        Api.Reply exempt = api.call("POST", "/api/v1/agenda-items/" + exemptItem + "/papers", secretary, """
                {"reportOf":"Director of Children's Care","reportDate":"2020-07-08",
                 "title":"Agency social worker contract values","protectiveMarking":"OFFICIAL_SENSITIVE",
                 "summary":"Contract values by supplier."}""");
        assertEquals(201, exempt.status(), exempt.body());
        int openPaper = open.object().getInt("id");
        int exemptPaper = exempt.object().getInt("id");

        byte[] pdf = onePagePdf();
        Api.Reply uploaded = upload(openPaper, "structure-chart.pdf", pdf, null);
        assertEquals(201, uploaded.status(), uploaded.body());
        assertEquals(sha256(pdf), uploaded.object().getString("sha256"));
        assertEquals("application/pdf", uploaded.object().getString("contentType"));

        byte[] executable = new byte[4096];
        executable[0] = 'M';
        executable[1] = 'Z';
        Api.Reply renamed = upload(openPaper, "minutes.pdf", executable, null);
        assertEquals(400, renamed.status(), "a renamed executable is refused");
        assertTrue(renamed.object().getString("message").contains("whatever its name says"), renamed.body());
        Api.Reply oversize = upload(openPaper, "huge.pdf", new byte[21 * 1024 * 1024], null);
        assertEquals(400, oversize.status());
        assertTrue(oversize.object().getString("message").contains("at most 20.0 MB"), oversize.body());
        Api.Reply traversal = upload(openPaper, "../../etc/passwd.pdf", pdf, null);
        assertEquals(400, traversal.status());
        assertTrue(traversal.object().getString("message").contains("without folders"), traversal.body());

        byte[] secondVersion = onePagePdf();
        Api.Reply replaced = upload(openPaper, "structure-chart-v2.pdf", secondVersion, (long) uploaded.object().getInt("id"));
        assertEquals(201, replaced.status(), replaced.body());
        assertEquals(2, replaced.object().getInt("revision"));
        JsonObject paper = api.get("/api/v1/papers/" + openPaper, null).object();
        assertEquals(List.of(true, false), paper.getJsonArray("files").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getBoolean("superseded")).toList(), "the earlier version is kept, marked superseded");

        java.net.http.HttpResponse<byte[]> file = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "api/v1/papers/" + openPaper + "/file")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(sha256(secondVersion), sha256(file.body()), "the current version's bytes come back unchanged");

        assertEquals(404, api.get("/api/v1/papers/" + exemptPaper, null).status());
        assertEquals(404, api.get("/api/v1/papers/" + exemptPaper, api.token("police")).status());
        assertEquals(200, api.get("/api/v1/papers/" + exemptPaper, api.token("councillor")).status());

        String publicPack = pdfText(meeting, null);
        String memberPack = pdfText(meeting, api.token("councillor"));
        assertTrue(publicPack.contains("Overview and structure of children's services"));
        assertTrue(publicPack.contains("Staffing matter"), "the withheld line is in the agenda");
        assertFalse(publicPack.contains("contract values") || publicPack.contains("Contract values"),
                "no exempt page in the public pack");
        assertTrue(memberPack.contains("Agency social worker contract values"));
        assertTrue(memberPack.contains("OFFICIAL-SENSITIVE"));
    }

    private String pdfText(int meeting, String token) throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base + "api/v1/meetings/" + meeting + "/pack.pdf"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        long t0 = System.nanoTime();
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(request.build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        System.out.printf("Agenda pack for %s: %d bytes in %d ms%n", token == null ? "the public" : "a member",
                response.body().length, (System.nanoTime() - t0) / 1_000_000);
        assertEquals(200, response.statusCode());
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(response.body())) {
            assertTrue(doc.getDocumentCatalog().getMarkInfo() != null && doc.getDocumentCatalog().getMarkInfo().isMarked(),
                    "tagged PDF");
            assertTrue(doc.getDocumentCatalog().getStructureTreeRoot() != null, "structure tree present");
            assertEquals("en-GB", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentCatalog().getDocumentOutline().children().iterator().hasNext(), "bookmarks");
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            int pages = doc.getNumberOfPages();
            assertTrue(text.contains("Page 1 of " + pages),
                    "page numbers count the whole pack, supplied files included (" + pages + " pages)");
            return text;
        }
    }

    private Api.Reply upload(int paper, String name, byte[] content, Long replaces) throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base
                        + "api/v1/papers/" + paper + "/attachments?name=" + java.net.URLEncoder.encode(name, "UTF-8")
                        + (replaces == null ? "" : "&replaces=" + replaces)))
                .header("Authorization", "Bearer " + secretary)
                .header("Content-Type", "application/octet-stream")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(content)).build();
        java.net.http.HttpResponse<String> response = api.raw(request);
        return new Api.Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    private static byte[] onePagePdf() throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.getDocumentInformation().setTitle("Structure chart " + System.nanoTime());
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aPartnershipBodysMeetingsAreHiddenFromOutsiders() throws Exception {
        int met = bodyIds.get("MET");
        Api.Reply scheduled = api.call("POST", "/api/v1/bodies/" + met + "/meetings", secretary,
                "{\"startsAt\":\"" + LocalDate.now().plusDays(30) + "T14:00\",\"venue\":\"Police headquarters\","
                        + "\"everyWeeks\":4,\"count\":3}");
        assertEquals(201, scheduled.status(), scheduled.body());
        assertEquals(3, scheduled.array().size(), "a series of three, four weeks apart");
        int meeting = scheduled.array().getJsonObject(0).getInt("id");
        assertEquals(404, api.get("/api/v1/meetings/" + meeting, null).status());
        assertEquals(404, api.get("/api/v1/meetings/" + meeting, api.token("school")).status());
        assertEquals(200, api.get("/api/v1/meetings/" + meeting, api.token("police")).status());
        assertTrue(api.get("/api/v1/meetings?body=" + met, api.token("school")).status() == 404);
        assertEquals(403, api.call("POST", "/api/v1/meetings/" + meeting + "/cancel", api.token("police"),
                "{\"version\":0,\"reason\":\"no\"}").status(), "a member cannot cancel; only the secretary");

        JsonObject m = api.get("/api/v1/meetings/" + meeting, secretary).object();
        Api.Reply noReason = api.call("POST", "/api/v1/meetings/" + meeting + "/rearrange", secretary,
                "{\"version\":" + m.getInt("version") + ",\"startsAt\":\"" + LocalDate.now().plusDays(31) + "T10:00\"}");
        assertEquals(400, noReason.status(), "a rearrangement needs its reason");
        Api.Reply moved = api.call("POST", "/api/v1/meetings/" + meeting + "/rearrange", secretary,
                "{\"version\":" + m.getInt("version") + ",\"startsAt\":\"" + LocalDate.now().plusDays(31)
                        + "T10:00\",\"reason\":\"Clash with the serious case review panel\"}");
        assertEquals(200, moved.status(), moved.body());
        m = api.get("/api/v1/meetings/" + meeting, api.token("police")).object();
        assertEquals("Clash with the serious case review panel", m.getString("statusReason"));
        assertTrue(m.getString("startsAt").contains("T10:00"), m::toString);
        Api.Reply cancelled = api.call("POST", "/api/v1/meetings/" + meeting + "/cancel", secretary,
                "{\"version\":" + m.getInt("version") + ",\"reason\":\"Chair unavailable; business moved to next month\"}");
        assertEquals(200, cancelled.status(), cancelled.body());
        assertTrue(api.get("/api/v1/meetings/" + meeting + "/calendar.ics", api.token("police")).body()
                .contains("STATUS:CANCELLED"), "calendars learn of the cancellation");
    }

    @Test
    void aRestrictedItemReachesTheNamedAgencyAndTheMembersOnly() throws Exception {
        int panel = bodyIds.get("CYPSC");
        int police = api.get("/api/v1/agencies", null).array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("name").equals("Cleveland Police")).findFirst().orElseThrow().getInt("id");
        int meeting = api.call("POST", "/api/v1/bodies/" + panel + "/meetings", secretary,
                "{\"startsAt\":\"" + LocalDate.now().plusDays(60) + "T18:00\",\"venue\":\"Town Hall\"}")
                .array().getJsonObject(0).getInt("id");
        JsonObject m = api.get("/api/v1/meetings/" + meeting, secretary).object();
        Api.Reply noAgency = api.call("POST", "/api/v1/meetings/" + meeting + "/items", secretary,
                "{\"title\":\"Missing children return interviews\",\"accessLevel\":\"RESTRICTED\",\"version\":"
                        + m.getInt("version") + "}");
        assertEquals(400, noAgency.status(), "a restricted item must name an agency");
        m = addItem(meeting, m, "{\"title\":\"Missing children return interviews\",\"accessLevel\":\"RESTRICTED\","
                + "\"namedAgencyIds\":[" + police + "]}");
        api.call("POST", "/api/v1/meetings/" + meeting + "/publish", secretary, "{\"version\":" + m.getInt("version") + "}");
        assertTrue(titles(api.get("/api/v1/meetings/" + meeting, api.token("police")).object())
                .contains("Missing children return interviews"), "the named agency sees it");
        assertTrue(titles(api.get("/api/v1/meetings/" + meeting, api.token("councillor")).object())
                .contains("Missing children return interviews"), "members see it");
        for (String outsider : new String[] {null, api.token("health")}) {
            assertFalse(titles(api.get("/api/v1/meetings/" + meeting, outsider).object())
                    .contains("Missing children return interviews"), "nobody else, not even as a withheld line");
        }
    }

    @Test
    void aLateAgendaNeedsTheChairsReasonForEveryItem() throws Exception {
        int panel = bodyIds.get("CYPSC");
        LocalDate soon = LocalDate.now().plusDays(3);
        while (soon.getDayOfWeek() == DayOfWeek.SATURDAY || soon.getDayOfWeek() == DayOfWeek.SUNDAY) {
            soon = soon.plusDays(1);
        }
        int meeting = api.call("POST", "/api/v1/bodies/" + panel + "/meetings", secretary,
                "{\"startsAt\":\"" + soon + "T18:00\",\"venue\":\"Town Hall\"}").array().getJsonObject(0).getInt("id");
        JsonObject m = api.get("/api/v1/meetings/" + meeting, secretary).object();
        m = addItem(meeting, m, "{\"title\":\"Urgent placement sufficiency report\",\"purpose\":\"DECISION\"}");
        Api.Reply refused = api.call("POST", "/api/v1/meetings/" + meeting + "/publish", secretary,
                "{\"version\":" + m.getInt("version") + "}");
        assertEquals(400, refused.status());
        assertTrue(refused.object().getString("message").contains("Urgent placement sufficiency report"));

        JsonObject item = m.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("title").startsWith("Urgent")).findFirst().orElseThrow();
        String reason = "\"urgencyReason\":\"The placement contract ends before the next meeting.\"";
        Api.Reply notChair = api.call("PUT", "/api/v1/agenda-items/" + item.getInt("id"), secretary,
                "{\"title\":\"Urgent placement sufficiency report\",\"purpose\":\"DECISION\"," + reason
                        + ",\"urgencyAgreedBy\":" + personId("councillor") + ",\"version\":" + item.getInt("version") + "}");
        assertEquals(400, notChair.status(), "a panel member is not the chair");
        Api.Reply agreed = api.call("PUT", "/api/v1/agenda-items/" + item.getInt("id"), secretary,
                "{\"title\":\"Urgent placement sufficiency report\",\"purpose\":\"DECISION\"," + reason
                        + ",\"urgencyAgreedBy\":" + personId("m.ellis") + ",\"version\":" + item.getInt("version") + "}");
        assertEquals(200, agreed.status(), agreed.body());
        assertEquals("Councillor Mark Ellis", agreed.object().getString("urgencyAgreedBy"));

        m = api.get("/api/v1/meetings/" + meeting, secretary).object();
        Api.Reply stale = api.call("PUT", "/api/v1/meetings/" + meeting + "/order", secretary,
                "{\"version\":" + (m.getInt("version") - 1) + ",\"itemIds\":[]}");
        assertEquals(409, stale.status(), "a reorder from a stale page is refused");
        Api.Reply published = api.call("POST", "/api/v1/meetings/" + meeting + "/publish", secretary,
                "{\"version\":" + m.getInt("version") + "}");
        assertEquals(200, published.status(), published.body());
        assertTrue(published.object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("title").startsWith("Urgent")).allMatch(i -> i.getBoolean("late")));
    }

    @Test
    void aSecretaryBuildsAndPublishesAnAgendaByKeyboard() throws Exception {
        try (Browser browser = new Browser(base.toString())) {
            browser.open("/login.xhtml");
            browser.find("#signIn\\:username").sendKeys("secretary", Keys.TAB, "Partnership-Demo-2026", Keys.ENTER);
            browser.secondFactorIfAsked("secretary");
            browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("signOutForm:signOut")));
            browser.open("/body/view.xhtml?id=" + bodyIds.get("OSB"));
            browser.find("#scheduleMeeting").sendKeys(Keys.ENTER);
            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Schedule a meeting"));
            assertEquals("", browser.accessibilityViolations(), "schedule page");
            browser.find("#schedule\\:startsAt").sendKeys("next Tuesday", Keys.TAB, "Council Chamber, Town Hall",
                    Keys.ENTER);
            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#schedule .field__error"), "for example 20/07/2020 16:00"));
            assertEquals("Council Chamber, Town Hall", browser.find("#schedule\\:venue").getDomProperty("value"));
            String when = LocalDate.now().plusDays(28).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                    + " 18:30";
            browser.find("#schedule\\:startsAt").clear();
            browser.find("#schedule\\:startsAt").sendKeys(when, Keys.ENTER);

            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Agenda:"));
            assertEquals("", browser.accessibilityViolations(), "agenda builder");
            String tooLong = "Overview of the structure of children's services. ".repeat(12).strip();
            browser.find("#add\\:title").sendKeys(tooLong);
            browser.find("#add\\:addItem").sendKeys(Keys.ENTER);
            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "The item's title must be 500 characters or fewer."));
            assertEquals(tooLong, browser.find("#add\\:title").getDomProperty("value"), "refused, never cut short");
            browser.find("#add\\:title").clear();
            browser.find("#add\\:title").sendKeys("Scrutiny panel work programmes for approval", Keys.TAB,
                    Keys.ARROW_DOWN);
            browser.find("#add\\:addItem").sendKeys(Keys.ENTER);
            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Added"));
            assertTrue(browser.driver.getCurrentUrl().matches(".*/meeting/agenda\\.xhtml\\?id=\\d+$"),
                    "the agenda keeps its address after a post: " + browser.driver.getCurrentUrl());
            browser.find("#add\\:title").sendKeys("Chief executive's staffing proposals");
            new Select(browser.find("#add\\:access")).selectByValue("EXEMPT");
            browser.find("#add\\:paragraph").sendKeys("1");
            browser.find("#add\\:publicTitle").sendKeys("Staffing matter", Keys.ENTER);
            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "staffing"));
            WebElement up = browser.driver.findElement(By.cssSelector("input[title='Move Chief executive\\'s staffing proposals up']"));
            up.sendKeys(Keys.ENTER);
            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Moved"));
            List<String> rows = browser.driver.findElements(By.cssSelector("#items\\:agenda_data tr")).stream()
                    .map(WebElement::getText).toList();
            assertTrue(rows.get(3).contains("staffing proposals") && rows.get(4).contains("work programmes"), rows::toString);

            // Any item can be changed until the meeting is held, and removing one asks first.
            browser.driver.findElement(By.cssSelector("input[title='Edit Scrutiny panel work programmes for approval']"))
                    .sendKeys(Keys.ENTER);
            browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("edit:presenter")));
            assertEquals("", browser.accessibilityViolations(), "agenda item edit form");
            browser.find("#edit\\:presenter").sendKeys("Democratic Services Manager");
            browser.find("#edit\\:saveItem").sendKeys(Keys.ENTER);
            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "Saved “Scrutiny panel work programmes for approval”"));
            assertTrue(browser.find("#items\\:agenda").getText().contains("Democratic Services Manager"));
            browser.find("#add\\:title").sendKeys("Item added by mistake", Keys.ENTER);
            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Added"));
            browser.driver.findElement(By.cssSelector("input[title='Remove Item added by mistake']")).sendKeys(Keys.ENTER);
            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("removeHeading"),
                    "Remove “Item added by mistake”?"));
            assertTrue(browser.find("#items\\:agenda").getText().contains("Item added by mistake"), "nothing gone yet");
            browser.find("#remove\\:confirm").sendKeys(Keys.ENTER);
            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "Removed “Item added by mistake”"));
            assertFalse(browser.find("#items\\:agenda").getText().contains("Item added by mistake"));

            browser.find("#publish\\:publishAgenda").sendKeys(Keys.ENTER);
            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "published"));
            // After publication an item can still be added, as a supplementary item with the chair's reason.
            assertEquals("Add a supplementary item", browser.find("#addHeading").getText());
            browser.find("#add\\:title").sendKeys("Ofsted focused visit letter");
            browser.find("#add\\:urgency").sendKeys("The letter arrived after the agenda went out.");
            browser.find("#add\\:addItem").sendKeys(Keys.ENTER);
            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "agreed by the body's chair or vice-chair"));
            assertEquals("Ofsted focused visit letter", browser.find("#add\\:title").getDomProperty("value"),
                    "refused with the rule named, nothing typed lost");
            String meetingPath = browser.find("#meetingWhen a").getAttribute("href");

            browser.driver.get(meetingPath);
            browser.waitFor().until(ExpectedConditions.elementToBeClickable(
                    By.linkText("Add a paper to Scrutiny panel work programmes for approval"))).sendKeys(Keys.ENTER);
            browser.waitFor().until(ExpectedConditions.textToBe(By.cssSelector("h1"), "Write a paper"));
            assertEquals("", browser.accessibilityViolations(), "paper page");
            browser.find("#paper\\:title").sendKeys("Work programmes of the scrutiny panels 2026/27");
            browser.find("#paper\\:reportOf").sendKeys("Democratic Services Manager");
            browser.find("#paper\\:summary").sendKeys("The panels' chosen topics for the year.");
            browser.find("#paper\\:save").sendKeys(Keys.ENTER);
            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Saved the paper"));
            assertTrue(browser.driver.getCurrentUrl().matches(".*/paper/edit\\.xhtml\\?id=\\d+$"),
                    "a new paper gets its own address: " + browser.driver.getCurrentUrl());
            browser.driver.navigate().refresh();
            browser.waitFor().until(ExpectedConditions.attributeToBe(By.id("paper:title"), "value",
                    "Work programmes of the scrutiny panels 2026/27"));
            java.nio.file.Path chart = java.nio.file.Files.createTempFile("programme", ".pdf");
            java.nio.file.Files.write(chart, onePagePdf());
            browser.find("#upload\\:file").sendKeys(chart.toString());
            browser.find("#upload\\:send").sendKeys(Keys.ENTER);
            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("files"), chart.getFileName().toString()));
            browser.open("/paper/edit.xhtml");
            assertEquals("Page not found", browser.heading(), "a paper page without a paper or an item");
            browser.open("/paper/edit.xhtml?id=abc");
            assertEquals("Page not found", browser.heading(), "a paper page with an id that is not a number");
            browser.open("/meetings.xhtml");
            assertEquals("", browser.accessibilityViolations(), "meetings calendar");
            browser.find("#nextMonth").sendKeys(Keys.ENTER);
            browser.waitFor().until(ExpectedConditions.urlContains("month="));
            browser.open("/meeting/deadlines.xhtml");
            assertEquals("Agenda deadlines", browser.heading());
            assertEquals("", browser.accessibilityViolations(), "deadlines page");

            browser.driver.manage().deleteAllCookies();
            browser.driver.get(meetingPath);
            String agenda = browser.find("#agenda").getText();
            assertTrue(agenda.contains("Staffing matter (exempt under paragraph 1 of Schedule 12A)"), agenda);
            assertFalse(agenda.contains("Chief executive"), agenda);
            assertTrue(agenda.contains("Scrutiny panel work programmes for approval"), agenda);
            assertTrue(agenda.contains("Download " + chart.getFileName()), agenda);
            assertTrue(browser.find("#packLink").isDisplayed());
            assertEquals("", browser.accessibilityViolations(), "public meeting page");
        }
    }

    @Test
    void concurrentMinuteSavesNeverLoseAnAcknowledgedSaveAndNoPayloadSurvives() throws Exception {
        int board = bodyIds.get("OSB");
        int meeting = api.call("POST", "/api/v1/bodies/" + board + "/meetings", secretary,
                "{\"startsAt\":\"" + LocalDate.now().plusDays(40) + "T10:00\",\"venue\":\"Town Hall\"}")
                .array().getJsonObject(0).getInt("id");
        int item = api.get("/api/v1/meetings/" + meeting, secretary).object().getJsonArray("items")
                .getJsonObject(2).getInt("id");
        String path = "/api/v1/agenda-items/" + item + "/minute";

        int writers = 6;
        int savesEach = 5;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        java.util.concurrent.atomic.AtomicInteger conflicts = new java.util.concurrent.atomic.AtomicInteger();
        java.util.Set<String> acknowledged = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                for (int n = 0; n < savesEach; n++) {
                    String token = "w" + writer + "s" + n;
                    JsonObject current = api.get(path, secretary).object();
                    while (true) {
                        // Each writer adds its own line to the text it last saw; on a conflict it merges by adding
                        // its line to the text that won, as a person would.
                        String text = current.getString("text") + "<p>" + token + "</p>";
                        Api.Reply reply = api.call("PUT", path, secretary,
                                jakarta.json.Json.createObjectBuilder().add("html", text)
                                        .add("revision", current.getInt("revision")).build().toString());
                        if (reply.status() == 200) {
                            acknowledged.add(token);
                            break;
                        }
                        assertEquals(409, reply.status(), reply.body());
                        conflicts.incrementAndGet();
                        JsonObject conflict = reply.object();
                        assertTrue(conflict.getString("yours").contains(token), "the loser's text comes back");
                        current = jakarta.json.Json.createObjectBuilder().add("text", conflict.getString("theirs"))
                                .add("revision", conflict.getInt("revision")).build();
                    }
                }
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> f : done) {
            f.get(3, java.util.concurrent.TimeUnit.MINUTES);
        }
        pool.shutdown();
        JsonObject finalMinute = api.get(path, secretary).object();
        String text = finalMinute.getString("text");
        String history = finalMinute.getJsonArray("history").toString();
        List<String> lost = acknowledged.stream().filter(t -> !text.contains(t) && !history.contains(t)).toList();
        System.out.printf("Concurrent minute saves: %d writers x %d saves, %d acknowledged, %d conflicts answered "
                + "with both texts, %d lost%n", writers, savesEach, acknowledged.size(), conflicts.get(), lost.size());
        assertEquals(writers * savesEach, acknowledged.size());
        assertEquals(List.of(), lost);
        assertEquals(writers * savesEach, finalMinute.getInt("revision"), "one revision per acknowledged save");

        int revision = finalMinute.getInt("revision");
        List<String> survived = new java.util.ArrayList<>();
        for (String payload : XssPayloads.ALL) {
            Api.Reply reply = api.call("PUT", path, secretary, jakarta.json.Json.createObjectBuilder()
                    .add("html", "<p>AGREED</p>" + payload).add("revision", revision).build().toString());
            assertEquals(200, reply.status(), reply.body());
            revision = reply.object().getInt("revision");
            String stored = api.get(path, secretary).object().getString("text").toLowerCase(java.util.Locale.ROOT);
            if (stored.contains("<script") || stored.matches("(?s).*\\son[a-z]+\\s*=.*") || stored.contains("javascript:")
                    || stored.contains("<style") || stored.contains("<iframe") || stored.contains("<svg")) {
                survived.add(payload + " -> " + stored);
            }
        }
        System.out.printf("XSS through the API: %d payloads posted raw, %d left anything executable%n",
                XssPayloads.ALL.size(), survived.size());
        assertEquals(List.of(), survived);
        assertEquals(404, api.get(path, null).status(), "minutes in draft are the secretaries' only");
    }

    private JsonObject addItem(int meeting, JsonObject current, String json) throws Exception {
        String body = json.substring(0, json.length() - 1) + ",\"version\":" + current.getInt("version") + "}";
        Api.Reply reply = api.call("POST", "/api/v1/meetings/" + meeting + "/items", secretary, body);
        assertEquals(201, reply.status(), reply.body());
        return api.get("/api/v1/meetings/" + meeting, secretary).object();
    }

    private long personId(String username) throws Exception {
        return api.personIds().get(username);
    }

    private static List<String> titles(JsonObject meeting) {
        return meeting.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("title")).toList();
    }

    private static List<String> numbers(JsonObject meeting) {
        return meeting.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("number", "")).toList();
    }
}
