package uk.partnership.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.partnership.portal.it.Inbox.arrived;
import static uk.partnership.portal.it.Inbox.recipients;
import static uk.partnership.portal.it.Inbox.text;
import static uk.partnership.portal.it.Inbox.to;
import static uk.partnership.portal.it.Inbox.waitFor;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * E-mail through a real SMTP server (GreenMail): an agenda published reaches exactly the body's members, an exempt
 * item's title in no message; an action reaches its owner; with the server down the messages wait in the outbox
 * and all arrive once it is back.
 */
class NotificationsIT extends PortalIT {

    private static final String SECRET = "Operation Larkspur: the Carter siblings";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Test
    void anAgendaReachesExactlyTheBodysMembersAndAnExemptTitleNoOne() throws Exception {
        String secretary = api.token("secretary");
        long met = api.bodyIds().get("MET");
        int meeting = api.schedule(secretary, met, "2031-05-12T10:00");
        int open = api.addItem(secretary, meeting, "Return interviews: monthly figures", "PARTNERSHIP");
        int version = Api.ok(api.get("/api/v1/meetings/" + meeting, secretary)).object().getInt("version");
        Api.ok(api.call("POST", "/api/v1/meetings/" + meeting + "/items", secretary, Json.createObjectBuilder()
                .add("title", SECRET).add("purpose", "DECISION").add("accessLevel", "EXEMPT").add("exemptParagraph", 2)
                .add("publicTitle", "A named child").add("version", version).build().toString()));
        version = Api.ok(api.get("/api/v1/meetings/" + meeting, secretary)).object().getInt("version");
        Api.ok(api.call("POST", "/api/v1/meetings/" + meeting + "/publish", secretary, "{\"version\":" + version + "}"));

        String subject = "Agenda published: Missing, Exploited and Trafficked Children Operational Group, "
                + "Monday 12 May 2031 at 10:00";
        List<MimeMessage> agenda = waitFor(subject, 3);
        assertEquals(Set.of("police@demo.invalid", "c.nolan@demo.invalid", "secretary@demo.invalid"),
                recipients(agenda), "the group's three current members, no one else");
        Thread.sleep(3000);
        assertEquals(3, arrived(subject).size(), "each once");
        for (MimeMessage m : agenda) {
            String all = text(m);
            assertTrue(all.contains("Return interviews: monthly figures"), "a partnership item is named");
            assertTrue(all.contains("An item you can read after signing in"), "the exempt one is announced only");
            assertTrue(all.contains("BEGIN:VCALENDAR"), "with the meeting as a calendar event");
            assertTrue(all.contains("/meeting/view.xhtml?id=" + meeting), "and a link to it");
        }
        // A paper arriving after publication is announced to the same members.
        long paper = Api.ok(api.call("POST", "/api/v1/agenda-items/" + open + "/papers", secretary, Json
                .createObjectBuilder().add("reportOf", "Detective Inspector, Safeguarding").add("title", "Return "
                        + "interviews: April").add("reportDate", "2031-05-01").build().toString())).object()
                .getJsonNumber("id").longValue();
        java.net.http.HttpResponse<String> file = api.raw(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        base + "api/v1/papers/" + paper + "/attachments?name=return-interviews.pdf"))
                .header("Authorization", "Bearer " + secretary).header("Content-Type", "application/pdf")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(AccessMatrixIT.TINY_PDF)).build());
        assertEquals(201, file.statusCode(), file.body());
        List<MimeMessage> late = waitFor("Late paper: Missing, Exploited and Trafficked Children Operational Group, "
                + "Monday 12 May 2031 at 10:00", 3);
        assertEquals(Set.of("police@demo.invalid", "c.nolan@demo.invalid", "secretary@demo.invalid"), recipients(late));
        assertTrue(text(late.get(0)).contains("Return interviews: monthly figures"), "named by its item");
        for (MimeMessage m : GreenMailSession.received()) {
            assertFalse(text(m).contains("Larkspur") || text(m).contains("Carter"), "an exempt title in a message: "
                    + m.getSubject());
        }

        // An action reaches its owner, and only him.
        long police = api.personIds().get("police");
        String reference = Api.ok(api.call("POST", "/api/v1/actions", secretary, "{\"bodyId\":" + met
                + ",\"title\":\"Share the return interview template with schools\",\"ownerPersonId\":" + police
                + ",\"dueOn\":\"" + LocalDate.now().plusDays(30) + "\"}")).object().getString("reference");
        List<MimeMessage> assigned = waitFor("Action for you: " + reference, 1);
        assertEquals(Set.of("police@demo.invalid"), recipients(assigned));

        // The administrators' mail log lists what went; nobody else may read it.
        assertEquals(403, api.get("/api/v1/mail/log", secretary).status());
        browser = new Browser(base.toString());
        browser.signIn("admin");
        browser.open("/admin/mail.xhtml");
        String log = browser.find("#mailLog").getText();
        assertTrue(log.contains(subject) && log.contains("police@demo.invalid") && log.contains("Sent"), log);
        assertFalse(log.contains("Larkspur"), "no exempt title in the log either");
        assertEquals("", browser.accessibilityViolations(), "the mail log page");
    }

    @Test
    void anSmtpOutageDuringAPublicationLosesNoMessage() throws Exception {
        String secretary = api.token("secretary");
        long met = api.bodyIds().get("MET");
        int meeting = api.schedule(secretary, met, "2031-06-09T10:00");
        api.addItem(secretary, meeting, "Disruption plans: quarterly review", "PARTNERSHIP");
        // A fourth member for a while: her seat ends after the event and before the mail can go.
        JsonObject seat = Api.ok(api.call("POST", "/api/v1/bodies/" + met + "/members", secretary, "{\"personId\":"
                + api.personIds().get("school") + ",\"role\":\"CO_OPTED\",\"startsOn\":\"" + LocalDate.now()
                + "\"}")).object();
        GreenMailSession.stop();
        try {
            int version = Api.ok(api.get("/api/v1/meetings/" + meeting, secretary)).object().getInt("version");
            Api.ok(api.call("POST", "/api/v1/meetings/" + meeting + "/publish", secretary,
                    "{\"version\":" + version + "}"));
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            int tried = 0;
            while (tried < 4 && System.nanoTime() < deadline) {
                Thread.sleep(1000);
                tried = failedAttempts(meeting);
            }
            assertEquals(4, tried, "all four messages were tried, refused by the absent server, and kept");
            Api.ok(api.call("POST", "/api/v1/memberships/" + seat.getInt("membershipId") + "/end", secretary,
                    "{\"version\":" + seat.getInt("version") + "}"));
        } finally {
            GreenMailSession.start();
        }
        long t0 = System.nanoTime();
        List<MimeMessage> late = waitFor("Monday 9 June 2031 at 10:00", 3);
        System.out.printf("SMTP outage: 4 messages kept in the outbox; the 3 for current members delivered %.1f s "
                + "after the server returned, the 1 for a seat ended meanwhile dropped%n", (System.nanoTime() - t0) / 1e9);
        assertEquals(Set.of("police@demo.invalid", "c.nolan@demo.invalid", "secretary@demo.invalid"), recipients(late),
                "the members at the time of sending; not the one whose seat ended meanwhile");
        Thread.sleep(3000);
        assertEquals(3, arrived("Monday 9 June 2031 at 10:00").size());
        assertEquals(1, dropped(meeting), "her message was dropped, not sent");
    }

    @Test
    void theUnsubscribeLinkWorksSignedOutAndStopsOnlyThatKind() throws Exception {
        String secretary = api.token("secretary");
        long met = api.bodyIds().get("MET");
        int first = api.schedule(secretary, met, "2031-07-14T10:00");
        api.publishAndHold(secretary, first, null);
        MimeMessage toPolice = waitFor("Monday 14 July 2031 at 10:00", 3).stream().filter(m -> {
            try {
                return recipients(List.of(m)).contains("police@demo.invalid");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        assertEquals("List-Unsubscribe=One-Click", toPolice.getHeader("List-Unsubscribe-Post", null));
        String link = toPolice.getHeader("List-Unsubscribe", null).replaceAll("^<|>$", "");
        String path = link.substring(link.indexOf("/mail/unsubscribe"));
        assertTrue(text(toPolice).contains("Stop these messages: " + link), "the link is in the message too");

        // The mail program's one-click POST, with no session and no token of the API.
        java.net.http.HttpResponse<String> stopped = api.raw(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base.toString().replaceAll("/$", "") + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build());
        assertEquals(200, stopped.statusCode(), stopped.body());
        assertEquals("Stopped: Agendas published.", stopped.body().strip());

        int second = api.schedule(secretary, met, "2031-08-11T10:00");
        api.publishAndHold(secretary, second, null);
        assertEquals(Set.of("c.nolan@demo.invalid", "secretary@demo.invalid"),
                recipients(waitFor("Monday 11 August 2031 at 10:00", 2)), "no more agendas for him");
        long police = api.personIds().get("police");
        String reference = Api.ok(api.call("POST", "/api/v1/actions", secretary, "{\"bodyId\":" + met
                + ",\"title\":\"Brief the panel on missing episodes\",\"ownerPersonId\":" + police
                + ",\"dueOn\":\"" + LocalDate.now().plusDays(20) + "\"}")).object().getString("reference");
        assertEquals(Set.of("police@demo.invalid"), recipients(waitFor("Action for you: " + reference, 1)),
                "other kinds still come");

        browser = new Browser(base.toString());
        browser.signIn("police");
        browser.open("/account/mail.xhtml");
        assertTrue(browser.find("main").getText().contains("Agendas published"), "the stop is shown to him");
        assertEquals("", browser.accessibilityViolations(), "the e-mail choices page");
        browser.driver.findElement(org.openqa.selenium.By.cssSelector("input[title='Send these again: Agendas "
                + "published']")).sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitFor().until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                org.openqa.selenium.By.id("messages"), "You will receive these again"));
        browser.driver.manage().deleteAllCookies();
        browser.open(path);
        assertEquals("Stop these e-mails", browser.heading(), "a browser following the link is asked first");
        assertEquals("", browser.accessibilityViolations(), "the unsubscribe page");
    }

    @Test
    void fiveEventsOnADigestDayArriveAsOneDigest() throws Exception {
        String secretary = api.token("secretary");
        long met = api.bodyIds().get("MET");
        long police = api.personIds().get("police");
        String group = "Missing, Exploited and Trafficked Children Operational Group";
        browser = new Browser(base.toString());
        browser.signIn("police");
        browser.open("/account/mail.xhtml");
        chooseByKeyboard("Daily digest: " + group, "digest at 7:00 each morning");
        assertTrue(browser.find("#bodyChoices").getText().contains("Daily digest"), "his choice is shown");
        try {
            int meeting = api.schedule(secretary, met, "2031-09-08T10:00");
            api.addItem(secretary, meeting, "Missing episodes: summer holiday figures", "PARTNERSHIP");
            int version = Api.ok(api.get("/api/v1/meetings/" + meeting, secretary)).object().getInt("version");
            Api.ok(api.call("POST", "/api/v1/meetings/" + meeting + "/publish", secretary, "{\"version\":" + version
                    + "}"));
            version = Api.ok(api.get("/api/v1/meetings/" + meeting, secretary)).object().getInt("version");
            Api.ok(api.call("POST", "/api/v1/meetings/" + meeting + "/rearrange", secretary, "{\"version\":" + version
                    + ",\"startsAt\":\"2031-09-15T10:00\",\"reason\":\"The room is needed for an inquest\"}"));
            List<String> references = new ArrayList<>();
            for (String title : List.of("Map return interview refusals", "Brief schools on county lines",
                    "Audit missing episodes of children placed out of area")) {
                references.add(Api.ok(api.call("POST", "/api/v1/actions", secretary, "{\"bodyId\":" + met
                        + ",\"title\":\"" + title + "\",\"ownerPersonId\":" + police + ",\"dueOn\":\""
                        + LocalDate.now().plusDays(40) + "\"}")).object().getString("reference"));
            }
            // The others take their mail at once; he receives nothing yet.
            assertEquals(Set.of("c.nolan@demo.invalid", "secretary@demo.invalid"),
                    recipients(waitFor("Meeting rearranged: " + group + ", Monday 15 September 2031", 2)));
            Thread.sleep(3000);
            for (MimeMessage m : to(arrived(""), "police@demo.invalid")) {
                assertFalse(m.getSubject().contains("September 2031"), "at once to someone taking a digest: "
                        + m.getSubject());
            }
            for (String reference : references) {
                assertEquals(List.of(), arrived("Action for you: " + reference));
            }
            assertEquals(5, waitingDigest(police, "due_at > now()"), "five messages wait for the next morning");

            // Seven o'clock comes: the test moves the waiting messages' time to now, as the clock would.
            try (Connection db = DriverManager.getConnection(EmbeddedPostgresSession.jdbcUrl(), "postgres", "postgres");
                 var morning = db.prepareStatement("update notification set due_at = now() where person_id = ? and "
                         + "digest = 'DAILY' and sent_at is null and dropped is null")) {
                morning.setLong(1, police);
                assertEquals(5, morning.executeUpdate());
            }
            MimeMessage digest = waitFor("Your daily digest: 5 messages from the partnership", 1).get(0);
            assertEquals(Set.of("police@demo.invalid"), recipients(List.of(digest)));
            String all = text(digest);
            assertTrue(all.contains("Agenda published: " + group) && all.contains("Meeting rearranged: " + group)
                    && all.contains("The room is needed for an inquest"), all);
            for (String reference : references) {
                assertTrue(all.contains("Action for you: " + reference), reference + " in the digest");
            }
            assertTrue(digest.getHeader("List-Unsubscribe", null).contains("/mail/unsubscribe?t="));
            Thread.sleep(3000);
            assertEquals(1, arrived("Your daily digest").size(), "one digest, once");
            assertEquals(0, waitingDigest(police, "true"), "nothing left waiting");
        } finally {
            browser.open("/account/mail.xhtml");
            chooseByKeyboard("At once: " + group, "as things happen");
        }
    }

    @Test
    void remindersReachTheOwnerAndForAnOverdueActionTheAgencysAdministrator() throws Exception {
        String secretary = api.token("secretary");
        long met = api.bodyIds().get("MET");
        String soon = Api.ok(api.call("POST", "/api/v1/actions", api.token("secretary"), "{\"bodyId\":" + met
                + ",\"title\":\"Share the missing persons protocol with care homes\",\"ownerPersonId\":"
                + api.personIds().get("police") + ",\"dueOn\":\"" + LocalDate.now().plusDays(5) + "\"}")).object()
                .getString("reference");
        assertEquals(403, api.call("POST", "/api/v1/mail/reminders", secretary, "").status(), "administrators only");
        String admin = api.token("admin");
        Api.ok(api.call("POST", "/api/v1/mail/reminders", admin, ""));
        assertEquals(Set.of("police@demo.invalid"), recipients(waitFor("Action due in 7 days: " + soon, 1)),
                "due soon: the owner");
        List<MimeMessage> overdue = waitFor("Action overdue: MET-2021-001", 2);
        assertEquals(Set.of("police@demo.invalid", "police-admin@demo.invalid"), recipients(overdue),
                "overdue: the owner and his agency's administrator");
        assertTrue(text(overdue.get(0)).contains("/action/view.xhtml?id="), "progress one click away");
        assertEquals(0, Api.ok(api.call("POST", "/api/v1/mail/reminders", admin, "")).object().getInt("actions"),
                "a second round the same day finds nothing new");
        Thread.sleep(2000);
        assertEquals(2, arrived("Action overdue: MET-2021-001").size(), "once a week, not on every round");
        assertEquals(1, arrived("Action due in 7 days: " + soon).size());
    }

    @Test
    void theDoubleOptInPublicReceivesThePublicAgendaOnlyAndStopsWithOneClick() throws Exception {
        String secretary = api.token("secretary");
        long osb = api.bodyIds().get("OSB");
        String reader = "reader" + System.nanoTime() % 100000 + "@example.org";
        browser = new Browser(base.toString());
        browser.open("/body/view.xhtml?id=" + osb);
        browser.find("#follow").sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitFor().until(org.openqa.selenium.support.ui.ExpectedConditions.titleContains("Follow by e-mail"));
        browser.find("#subscribe\\:email").sendKeys(reader);
        browser.find("#subscribe\\:send").sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitFor().until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                org.openqa.selenium.By.id("subscribe:messages"), "Check your e-mail: a message to " + reader));
        assertEquals("", browser.accessibilityViolations(), "the subscribe page");
        MimeMessage confirm = Inbox.waitForOne("Confirm your subscription: Overview and Scrutiny Board", reader);

        // Before the address is confirmed, nothing is sent to it.
        int first = api.schedule(secretary, osb, "2031-10-06T18:00");
        api.addItem(secretary, first, "Scrutiny work programme: mid-year review", "PUBLIC");
        api.publishAndHold(secretary, first, null);
        waitFor("Agenda published: Overview and Scrutiny Board, Monday 6 October 2031", 3);
        Thread.sleep(2000);
        assertEquals(List.of(), to(arrived("Monday 6 October 2031"), reader), "unconfirmed: nothing");

        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/subscribe\\.xhtml\\?t=[A-Za-z0-9_-]+")
                .matcher(text(confirm));
        assertTrue(link.find(), "the message carries the confirmation link");
        browser.open(link.group());
        assertEquals("Confirm your subscription", browser.heading());
        assertEquals("", browser.accessibilityViolations(), "the confirmation page");
        browser.find("#confirm\\:yes").sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitFor().until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                org.openqa.selenium.By.id("subscriptionState"), "Confirmed"));

        int second = api.schedule(secretary, osb, "2031-11-03T18:00");
        api.addItem(secretary, second, "Budget consultation: children's services", "PUBLIC");
        int version = Api.ok(api.get("/api/v1/meetings/" + second, secretary)).object().getInt("version");
        Api.ok(api.call("POST", "/api/v1/meetings/" + second + "/items", secretary, Json.createObjectBuilder()
                .add("title", SECRET).add("purpose", "DECISION").add("accessLevel", "EXEMPT").add("exemptParagraph", 1)
                .add("publicTitle", "A named employee").add("version", version).build().toString()));
        api.publishAndHold(secretary, second, null);
        MimeMessage agenda = Inbox.waitForOne("Agenda published: Overview and Scrutiny Board, Monday 3 November 2031",
                reader);
        String all = text(agenda);
        assertTrue(all.contains("Budget consultation: children's services"), all);
        assertFalse(all.contains("Larkspur") || all.contains("Carter"), "the public view only: " + all);

        // The mail program's one-click unsubscribe, signed out; the next agenda does not come.
        String stop = agenda.getHeader("List-Unsubscribe", null).replaceAll("^<|>$", "");
        java.net.http.HttpResponse<String> stopped = api.raw(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base.toString().replaceAll("/$", "") + stop.substring(stop.indexOf("/mail/"))))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build());
        assertEquals("Stopped: Agendas and minutes of the Overview and Scrutiny Board.", stopped.body().strip());
        int third = api.schedule(secretary, osb, "2031-12-01T18:00");
        api.publishAndHold(secretary, third, null);
        waitFor("Agenda published: Overview and Scrutiny Board, Monday 1 December 2031", 3);
        Thread.sleep(2000);
        assertEquals(List.of(), to(arrived("Monday 1 December 2031"), reader), "stopped: nothing more");

        // The form cannot be used to flood an address: three requests a day, then a clear refusal.
        browser.open("/follow.xhtml?body=" + osb);
        for (int i = 0; i < 3; i++) {
            browser.find("#subscribe\\:email").clear();
            browser.find("#subscribe\\:email").sendKeys(reader);
            org.openqa.selenium.WebElement send = browser.find("#subscribe\\:send");
            send.sendKeys(org.openqa.selenium.Keys.ENTER);
            browser.waitFor().until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(send));
        }
        assertTrue(browser.find("#subscribe\\:messages").getText().contains("asked to confirm 3 times today"),
                browser.find("#subscribe\\:messages").getText());
        assertEquals(reader, browser.find("#subscribe\\:email").getAttribute("value"), "what was typed is kept");
    }

    /** Presses, by keyboard, the e-mail page's button with the given title, and waits for the page's answer. */
    private void chooseByKeyboard(String title, String answer) {
        browser.driver.findElement(org.openqa.selenium.By.cssSelector("input[title='" + title + "']"))
                .sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitFor().until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                org.openqa.selenium.By.id("messages"), answer));
    }

    /** The person's digest messages not yet sent that also meet the condition. */
    private static int waitingDigest(long person, String condition) throws Exception {
        try (Connection db = DriverManager.getConnection(EmbeddedPostgresSession.jdbcUrl(), "postgres", "postgres");
             var s = db.prepareStatement("select count(*) from notification where person_id = ? and digest is not "
                     + "null and sent_at is null and dropped is null and " + condition)) {
            s.setLong(1, person);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Messages for the meeting that were tried and failed, from the outbox itself. */
    private static int failedAttempts(int meeting) throws Exception {
        return agendaNotifications(meeting, "sent_at is null and attempts > 0 and last_error is not null");
    }

    private static int dropped(int meeting) throws Exception {
        return agendaNotifications(meeting, "dropped is not null and sent_at is null");
    }

    private static int agendaNotifications(int meeting, String condition) throws Exception {
        try (Connection db = DriverManager.getConnection(EmbeddedPostgresSession.jdbcUrl(), "postgres", "postgres");
             var s = db.prepareStatement("select count(*) from notification where subject_id = ? and kind = "
                     + "'AGENDA_PUBLISHED' and " + condition)) {
            s.setLong(1, meeting);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
