package uk.partnership.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Memberships, agencies' own people and the audit trail, through the API and the pages. */
class PartnershipAdminIT extends PortalIT {

    Map<String, Integer> bodyIds;

    @BeforeEach
    void setUp() throws Exception {
        bodyIds = api.bodyIds();
    }

    @Test
    void aSeatOpensABodyAndEndingItClosesItOnTheNextRequest() throws Exception {
        String secretary = api.token("secretary");
        String school = api.token("school");
        int macsib = bodyIds.get("MACSIB");
        assertEquals(404, api.get("/api/v1/bodies/" + macsib, school).status());

        long schoolId = personId("school");
        Api.Reply added = api.call("POST", "/api/v1/bodies/" + macsib + "/members", secretary,
                "{\"personId\":" + schoolId + ",\"role\":\"CO_OPTED\",\"startsOn\":\"" + LocalDate.now() + "\"}");
        assertEquals(201, added.status(), added.body());
        assertEquals(200, api.get("/api/v1/bodies/" + macsib, school).status(), "the seat opens the body at once");

        JsonObject seat = added.object();
        Api.Reply again = api.call("POST", "/api/v1/bodies/" + macsib + "/members", secretary,
                "{\"personId\":" + schoolId + ",\"role\":\"MEMBER\"}");
        assertEquals(400, again.status());
        assertTrue(again.object().getString("message").contains("already has a seat"), again.body());

        Api.Reply ended = api.call("POST", "/api/v1/memberships/" + seat.getInt("membershipId") + "/end", secretary,
                "{\"endsOn\":\"" + LocalDate.now().minusDays(1) + "\",\"version\":" + seat.getInt("version") + "}");
        assertEquals(400, ended.status(), "an end before the start is refused: " + ended.body());
        ended = api.call("POST", "/api/v1/memberships/" + seat.getInt("membershipId") + "/end", secretary,
                "{\"version\":" + seat.getInt("version") + "}");
        assertEquals(200, ended.status(), ended.body());
        // Ending today keeps today; the policy reads the seat afresh, so a seat ended yesterday closes at once.
        try (Connection c = database(); Statement s = c.createStatement()) {
            s.executeUpdate("update membership set starts_on = current_date - 10, ends_on = current_date - 1 where id = "
                    + seat.getInt("membershipId"));
        }
        assertEquals(404, api.get("/api/v1/bodies/" + macsib, school).status(), "no stale access");
        List<JsonObject> members = api.get("/api/v1/bodies/" + macsib + "/members", secretary).array()
                .getValuesAs(JsonObject.class);
        assertTrue(members.stream().anyMatch(m -> m.getInt("membershipId") == seat.getInt("membershipId")
                && !m.getBoolean("current")), "the past seat is kept");
    }

    @Test
    void partnersCannotManageWhatIsNotTheirs() throws Exception {
        String police = api.token("police");
        String policeAdmin = api.token("police-admin");
        int ctb = bodyIds.get("CTB");
        Api.Reply add = api.call("POST", "/api/v1/bodies/" + ctb + "/members", police,
                "{\"personId\":" + personId("police-admin") + ",\"role\":\"MEMBER\"}");
        assertEquals(403, add.status(), "a member is not the secretary");
        JsonObject health = person(api.token("admin"), "health");
        Api.Reply otherAgency = api.call("POST", "/api/v1/people/" + health.getInt("id") + "/disable", policeAdmin,
                "{\"version\":" + health.getInt("version") + "}");
        assertEquals(404, otherAgency.status(), "another agency's people do not exist for an agency administrator");
        assertEquals(404, api.get("/api/v1/agencies/" + health.getInt("agencyId") + "/people", policeAdmin).status());
        assertEquals(200, api.get("/api/v1/bodies/" + ctb, api.token("health")).status(), "health untouched");
    }

    @Test
    void aDisabledAccountLosesItsTokenAndItsSessionAtOnce() throws Exception {
        String policeAdmin = api.token("police-admin");
        String police = api.token("police");
        browser = new Browser(base.toString());
        signIn("police");
        assertEquals("Your partnership work", browser.heading());

        JsonObject officer = person(policeAdmin, "police");
        Api.Reply disabled = api.call("POST", "/api/v1/people/" + officer.getInt("id") + "/disable", policeAdmin,
                "{\"version\":" + officer.getInt("version") + "}");
        assertEquals(200, disabled.status(), disabled.body());
        assertEquals(401, api.get("/api/v1/bodies", police).status(), "the token is dead");
        browser.open("/");
        assertEquals("Partnership Governance Portal", browser.heading(), "the page session is anonymous now");
        assertEquals(401, api.post("/api/v1/auth/token",
                "{\"username\":\"police\",\"password\":\"Partnership-Demo-2026\"}").status());

        Api.Reply stale = api.call("POST", "/api/v1/people/" + officer.getInt("id") + "/enable", policeAdmin,
                "{\"version\":" + officer.getInt("version") + "}");
        assertEquals(409, stale.status(), "a save from a stale copy is refused");
        Api.Reply enabled = api.call("POST", "/api/v1/people/" + officer.getInt("id") + "/enable", policeAdmin,
                "{\"version\":" + disabled.object().getInt("version") + "}");
        assertEquals(200, enabled.status(), enabled.body());
        assertEquals(200, api.get("/api/v1/bodies", api.token("police")).status());
    }

    @Test
    void twoSecretariesSavingOneSeatAtOnceNeverOverwriteEachOther() throws Exception {
        String secretary = api.token("secretary");
        int ctb = bodyIds.get("CTB");
        JsonObject seat = api.get("/api/v1/bodies/" + ctb + "/members", secretary).array()
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getString("name").equals("Tom Okafor"))
                .findFirst().orElseThrow();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String role = i % 2 == 0 ? "VICE_CHAIR" : "CO_OPTED";
            boolean voting = i % 3 != 0;
            Callable<Api.Reply> save = () -> api.call("PUT", "/api/v1/memberships/" + seat.getInt("membershipId"),
                    secretary, "{\"personId\":" + seat.getInt("personId") + ",\"agencyId\":" + seat.getInt("agencyId")
                            + ",\"role\":\"" + role + "\",\"voting\":" + voting + ",\"startsOn\":\""
                            + seat.getString("startsOn") + "\",\"version\":" + seat.getInt("version") + "}");
            replies.add(pool.submit(save));
        }
        List<Api.Reply> done = new ArrayList<>();
        for (Future<Api.Reply> f : replies) {
            done.add(f.get());
        }
        pool.shutdown();
        List<Api.Reply> saved = done.stream().filter(r -> r.status() == 200).toList();
        List<Api.Reply> refused = done.stream().filter(r -> r.status() == 409).toList();
        System.out.printf("Concurrent saves of one seat: %d saved, %d refused with a conflict%n", saved.size(),
                refused.size());
        assertEquals(1, saved.size(), () -> done.stream().map(Api.Reply::body).toList().toString());
        assertEquals(threads - 1, refused.size());
        assertTrue(refused.get(0).object().getString("message").contains("Someone else saved"));
        JsonObject now = api.get("/api/v1/bodies/" + ctb + "/members", secretary).array()
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getInt("membershipId") == seat.getInt("membershipId"))
                .findFirst().orElseThrow();
        assertEquals(saved.get(0).object().getString("roleCode"), now.getString("roleCode"),
                "what is stored is exactly the one acknowledged save");
        api.call("PUT", "/api/v1/memberships/" + seat.getInt("membershipId"), secretary,
                "{\"personId\":" + seat.getInt("personId") + ",\"agencyId\":" + seat.getInt("agencyId")
                        + ",\"role\":\"MEMBER\",\"voting\":true,\"startsOn\":\"" + seat.getString("startsOn")
                        + "\",\"version\":" + now.getInt("version") + "}");
    }

    @Test
    void theAuditTrailRecordsWhoDidWhatAndDetectsATamperedRow() throws Exception {
        String admin = api.token("admin");
        api.post("/api/v1/auth/token", "{\"username\":\"councillor\",\"password\":\"wrong\"}");
        api.token("councillor");
        api.get("/api/v1/bodies/" + bodyIds.get("JSIP"), api.token("health"));

        JsonObject page = api.get("/api/v1/audit?person=councillor&size=20", admin).object();
        List<String> actions = page.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).toList();
        assertTrue(actions.contains("SIGN_IN_FAILED") && actions.contains("TOKEN_ISSUED"), actions::toString);
        JsonObject read = api.get("/api/v1/audit?person=health&entity=Body&size=5", admin).object()
                .getJsonArray("rows").getValuesAs(JsonObject.class).get(0);
        assertEquals("READ", read.getString("action"), "reading a restricted body is recorded");
        assertEquals("South Tees Clinical Commissioning Group", read.getString("agencyName"));
        assertNotNull(read.getString("origin"));

        JsonObject verified = api.get("/api/v1/audit/verify", admin).object();
        assertTrue(verified.getBoolean("intact"), verified::toString);

        long target = read.getJsonNumber("id").longValue();
        try (Connection c = database(); Statement s = c.createStatement()) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> s.executeUpdate("update audit_event set summary = 'nothing to see' where id = " + target));
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            // Someone with the power to switch triggers off alters a row directly.
            s.execute("set session_replication_role = replica");
            s.executeUpdate("update audit_event set summary = 'nothing to see' where id = " + target);
            JsonObject broken = api.get("/api/v1/audit/verify", admin).object();
            assertFalse(broken.getBoolean("intact"));
            assertEquals(target, broken.getJsonNumber("firstBrokenId").longValue(), broken::toString);
            s.executeUpdate("update audit_event set summary = '" + read.getString("summary").replace("'", "''")
                    + "' where id = " + target);
            s.execute("set session_replication_role = origin");
        }
        assertTrue(api.get("/api/v1/audit/verify", admin).object().getBoolean("intact"), "restored");
    }

    @Test
    void aSecretaryAddsAMemberByKeyboardAndThePagesPassAxe() throws Exception {
        browser = new Browser(base.toString());
        signIn("secretary");
        int chew = bodyIds.get("CHEW");
        browser.open("/body/view.xhtml?id=" + chew);
        browser.find("#manageMembers").sendKeys(Keys.ENTER);
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Members of"));
        assertEquals("", browser.accessibilityViolations(), "members page");
        browser.find("#membersForm\\:addMember").sendKeys(Keys.ENTER);
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Add a member"));
        assertEquals("", browser.accessibilityViolations(), "add member page");
        new Select(browser.find("#seat\\:person")).selectByVisibleText("Neil Dunn (Public Health South Tees)");
        new Select(browser.find("#seat\\:role")).selectByValue("ADVISER");
        WebElement voting = browser.find("#seat\\:voting");
        if (voting.isSelected()) {
            voting.sendKeys(Keys.SPACE);
        }
        browser.find("#seat\\:save").sendKeys(Keys.ENTER);
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Members of"));
        String table = browser.find("#membersForm\\:seats").getText();
        assertTrue(table.contains("Neil Dunn") && table.contains("Adviser / observer (non-voting)"), table);

        browser.open("/agency/people.xhtml?id=" + agencyId("Cleveland Police"));
        assertEquals("Page not found", browser.heading(), "a secretary is not the police's administrator");
        browser.open("/admin/audit.xhtml");
        assertEquals("Page not found", browser.heading());
    }

    @Test
    void aSecondSaveOfASeatOnThePageGetsAConflictMessageAndKeepsWhatWasTyped() throws Exception {
        browser = new Browser(base.toString());
        signIn("secretary");
        String secretary = api.token("secretary");
        JsonObject seat = api.get("/api/v1/bodies/" + bodyIds.get("EHSG") + "/members", secretary).array()
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getString("name").equals("Tom Okafor"))
                .findFirst().orElseThrow();
        browser.open("/membership/edit.xhtml?id=" + seat.getInt("membershipId"));
        assertEquals("", browser.accessibilityViolations(), "change seat page");

        // Another secretary saves first.
        Api.Reply first = api.call("PUT", "/api/v1/memberships/" + seat.getInt("membershipId"), secretary,
                "{\"personId\":" + seat.getInt("personId") + ",\"role\":\"VICE_CHAIR\",\"startsOn\":\""
                        + seat.getString("startsOn") + "\",\"version\":" + seat.getInt("version") + "}");
        assertEquals(200, first.status(), first.body());

        new Select(browser.find("#seat\\:role")).selectByValue("CO_OPTED");
        browser.find("#seat\\:save").sendKeys(Keys.ENTER);
        String message = browser.find(".message--error").getText();
        assertTrue(message.contains("Someone else saved a change"), message);
        assertEquals("CO_OPTED", new Select(browser.find("#seat\\:role")).getFirstSelectedOption()
                .getAttribute("value"), "the second person's choice is still on the page");
        JsonObject stored = api.get("/api/v1/bodies/" + bodyIds.get("EHSG") + "/members", secretary).array()
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getInt("membershipId") == seat.getInt("membershipId"))
                .findFirst().orElseThrow();
        assertEquals("VICE_CHAIR", stored.getString("roleCode"), "the first save was not overwritten");
    }

    @Test
    void anAgencyAdministratorInvitesSomeoneWhoThenSignsIn() throws Exception {
        browser = new Browser(base.toString());
        signIn("police-admin");
        browser.find("#navAgencyPeople").sendKeys(Keys.ENTER);
        browser.waitFor().until(ExpectedConditions.textToBe(By.cssSelector("h1"), "People of Cleveland Police"));
        assertEquals("", browser.accessibilityViolations(), "agency people page");
        assertTrue(browser.find("#access").getText().contains("Joint Safeguarding Information Panel"),
                "the restricted grant shows for the whole agency");
        String username = "pc.ward" + System.nanoTime() % 100000;
        browser.find("#invite\\:fullName").sendKeys("PC Sam Ward");
        browser.find("#invite\\:username").sendKeys(username);
        browser.find("#invite\\:email").sendKeys("sam.ward@police.example");
        browser.find("#invite\\:send").sendKeys(Keys.ENTER);
        assertTrue(browser.find("#peopleForm\\:messages").getText().contains("e-mailed to sam.ward@police.example"),
                "the administrator is told where the link went");
        assertTrue(browser.driver.findElements(By.id("invitationLink")).isEmpty(), "and is not shown it: it goes to its holder only");
        // The link arrives by e-mail, to the new holder only.
        jakarta.mail.internet.MimeMessage invitation = Inbox.waitForOne("Your account on the Partnership "
                + "Governance Portal", "sam.ward@police.example");
        java.util.regex.Matcher found = java.util.regex.Pattern.compile("/activate\\.xhtml\\?token=[A-Za-z0-9_-]+")
                .matcher(Inbox.text(invitation));
        assertTrue(found.find(), "the message carries the link");
        String link = base.toString().replaceAll("/$", "") + found.group();
        assertTrue(invitation.getHeader("List-Unsubscribe") == null, "an invitation cannot be unsubscribed from");
        browser.find("#signOutForm\\:signOut").sendKeys(Keys.ENTER);
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("signInLink")));

        browser.driver.get(link);
        assertEquals("Choose your password", browser.heading());
        assertEquals("", browser.accessibilityViolations(), "activation page");
        browser.find("#activate\\:password").sendKeys("short");
        browser.find("#activate\\:confirmation").sendKeys("short", Keys.ENTER);
        assertTrue(browser.find(".message--error").getText().contains("at least 12 characters"));
        browser.find("#activate\\:password").sendKeys("aaaaaaaaaaaa");
        browser.find("#activate\\:confirmation").sendKeys("aaaaaaaaaaaa", Keys.ENTER);
        browser.waitFor().until(d -> d.findElement(By.cssSelector(".message--error")).getText().contains("repeated"));
        browser.find("#activate\\:password").sendKeys("password1234");
        browser.find("#activate\\:confirmation").sendKeys("password1234", Keys.ENTER);
        browser.waitFor().until(d -> d.findElement(By.cssSelector(".message--error")).getText()
                .contains("too easy to guess"));
        browser.find("#activate\\:password").sendKeys("a-long-enough-passphrase");
        browser.find("#activate\\:confirmation").sendKeys("a-long-enough-passphrase", Keys.ENTER);
        browser.find("#activated");
        browser.driver.get(link);
        browser.find("#activate\\:password").sendKeys("another-long-passphrase");
        browser.find("#activate\\:confirmation").sendKeys("another-long-passphrase", Keys.ENTER);
        assertTrue(browser.find(".message--error").getText().contains("not valid or has expired"), "one use only");

        assertEquals(200, api.post("/api/v1/auth/token", "{\"username\":\"" + username
                + "\",\"password\":\"a-long-enough-passphrase\"}").status());
    }

    @Test
    void anAdministratorsPagesPassAxeAndTheChainCheckShows() throws Exception {
        browser = new Browser(base.toString());
        signIn("admin");
        browser.find("#navAgencies").sendKeys(Keys.ENTER);
        browser.waitFor().until(ExpectedConditions.textToBe(By.cssSelector("h1"), "Partner agencies"));
        assertEquals("", browser.accessibilityViolations(), "agencies page");
        browser.find("#newBody").sendKeys(Keys.ENTER);
        browser.waitFor().until(ExpectedConditions.textToBe(By.cssSelector("h1"), "Set up a body"));
        assertEquals("", browser.accessibilityViolations(), "body set-up page");
        browser.open("/admin/body.xhtml?id=" + bodyIds.get("JSIP"));
        assertTrue(browser.heading().contains("Joint Safeguarding Information Panel"));
        browser.open("/admin/audit.xhtml");
        assertEquals("Audit trail", browser.heading());
        assertEquals("", browser.accessibilityViolations(), "audit page");
        browser.find("#audit\\:verify").sendKeys(Keys.ENTER);
        assertTrue(browser.find("#verificationResult").getText().startsWith("Intact"));
    }

    private void signIn(String username) {
        browser.open("/login.xhtml");
        browser.find("#signIn\\:username").sendKeys(username, Keys.TAB, "Partnership-Demo-2026", Keys.ENTER);
        browser.secondFactorIfAsked(username);
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("signOutForm:signOut")));
    }

    private long personId(String username) throws Exception {
        return api.personIds().get(username);
    }

    private JsonObject person(String token, String username) throws Exception {
        for (JsonObject agency : api.get("/api/v1/agencies", token).array().getValuesAs(JsonObject.class)) {
            Api.Reply people = api.get("/api/v1/agencies/" + agency.getInt("id") + "/people", token);
            if (people.status() == 200) {
                for (JsonObject p : people.array().getValuesAs(JsonObject.class)) {
                    if (p.getString("username").equals(username)) {
                        return p;
                    }
                }
            }
        }
        throw new IllegalStateException("no person " + username);
    }

    private int agencyId(String name) throws Exception {
        return api.get("/api/v1/agencies", null).array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("name").equals(name)).findFirst().orElseThrow().getInt("id");
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(EmbeddedPostgresSession.jdbcUrl(), "postgres", "postgres");
    }

}
