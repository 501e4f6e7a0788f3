package uk.partnership.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
        api.addItem(secretary, meeting, "Return interviews: monthly figures", "PARTNERSHIP");
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

    private static List<MimeMessage> waitFor(String subjectPart, int count) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<MimeMessage> found = arrived(subjectPart);
        while (found.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(500);
            found = arrived(subjectPart);
        }
        assertEquals(count, found.size(), "messages with \"" + subjectPart + "\"");
        return found;
    }

    private static List<MimeMessage> arrived(String subjectPart) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : GreenMailSession.received()) {
            if (m.getSubject() != null && m.getSubject().contains(subjectPart)) {
                found.add(m);
            }
        }
        return found;
    }

    private static Set<String> recipients(List<MimeMessage> messages) throws Exception {
        Set<String> to = new TreeSet<>();
        for (MimeMessage m : messages) {
            for (Address a : m.getRecipients(Message.RecipientType.TO)) {
                to.add(a.toString());
            }
        }
        return to;
    }

    /** Subject and every part, decoded. */
    private static String text(MimeMessage m) throws Exception {
        StringBuilder all = new StringBuilder(m.getSubject()).append('\n');
        Object content = m.getContent();
        if (content instanceof MimeMultipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                Object body = part.getContent();
                all.append(body instanceof String s ? s : new String(part.getInputStream().readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)).append('\n');
            }
        } else {
            all.append(content);
        }
        return all.toString();
    }
}
