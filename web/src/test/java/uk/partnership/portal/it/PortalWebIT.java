package uk.partnership.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The portal from outside, as people and programs use it: the JSON API and the pages in a real browser. */
class PortalWebIT extends PortalIT {

    private static final List<String> PUBLIC_BODIES = List.of("CYPSC", "HWB", "OSB");

    @Test
    void theApiServesAnonymousCallersThePublicBodiesOnly() throws Exception {
        Api.Reply list = api.get("/api/v1/bodies", null);
        assertEquals(200, list.status());
        assertEquals(PUBLIC_BODIES, shortNames(list));

        Map<String, Integer> ids = bodyIds();
        Api.Reply hidden = api.get("/api/v1/bodies/" + ids.get("CTB"), null);
        Api.Reply missing = api.get("/api/v1/bodies/987654", null);
        assertEquals(404, hidden.status());
        assertEquals(hidden.body(), missing.body(), "a hidden body answers exactly as a missing one");
        assertTrue(hidden.contentType().startsWith("application/json"), hidden.contentType());
        assertEquals(404, api.get("/api/v1/bodies/" + ids.get("CTB") + "/members", null).status());
        assertEquals(200, api.get("/api/v1/bodies/" + ids.get("CYPSC") + "/members", null).status());
    }

    @Test
    void aPolicePartnerSeesTheirBodiesButNotAnotherAgencysSubGroup() throws Exception {
        String token = api.token("police");
        List<String> seen = shortNames(api.get("/api/v1/bodies", token));
        assertEquals(List.of("CTB", "CYPSC", "HWB", "JSIP", "MACSIB", "MET", "OSB"), seen);

        Map<String, Integer> ids = bodyIds();
        Api.Reply earlyHelp = api.get("/api/v1/bodies/" + ids.get("EHSG"), token);
        assertEquals(404, earlyHelp.status());
        assertEquals(404, api.get("/api/v1/bodies/" + ids.get("EHSG") + "/members", token).status());

        Api.Reply members = api.get("/api/v1/bodies/" + ids.get("CTB") + "/members", token);
        assertEquals(200, members.status());
        Map<String, Boolean> current = members.array().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(m -> m.getString("name"), m -> m.getBoolean("current")));
        assertEquals(Boolean.TRUE, current.get("Dan Reeve"));
        assertEquals(Boolean.FALSE, current.get("Rachel Holt"), "a past member is kept, marked as past");
        assertFalse(members.body().contains("@demo.invalid"), "no e-mail addresses in the member list");
    }

    @Test
    void apiErrorsAreJsonWithTheRightStatusAndNoStackTrace() throws Exception {
        Api.Reply badToken = api.get("/api/v1/bodies", "not-a-token");
        assertEquals(401, badToken.status());
        assertEquals(401, badToken.object().getInt("status"));

        Api.Reply wrongPassword = api.post("/api/v1/auth/token", "{\"username\":\"police\",\"password\":\"nope\"}");
        assertEquals(401, wrongPassword.status());
        Api.Reply unknownUser = api.post("/api/v1/auth/token", "{\"username\":\"nobody\",\"password\":\"nope\"}");
        assertEquals(wrongPassword.body(), unknownUser.body());
        api.token("police"); // clears the failure count

        Api.Reply malformed = api.post("/api/v1/auth/token", "{\"username\": ");
        assertEquals(400, malformed.status());
        assertEquals("Bad Request", malformed.object().getString("error"));

        Api.Reply noSuchPath = api.get("/api/v1/no-such-thing", null);
        assertEquals(404, noSuchPath.status());
        for (Api.Reply reply : List.of(badToken, wrongPassword, malformed, noSuchPath)) {
            assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
            assertFalse(reply.body().contains("Exception"), reply.body());
            assertFalse(reply.body().contains("\tat "), reply.body());
        }
    }

    @Test
    void openApiAndHealthAnswer() throws Exception {
        Api.Reply openapi = api.get("/openapi", null);
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/v1/bodies/{id}/members"), "members endpoint described");
        assertTrue(openapi.body().contains("/api/v1/auth/token"), "token endpoint described");
        Api.Reply ready = api.get("/health/ready", null);
        assertEquals(200, ready.status(), ready.body());
        assertEquals("UP", ready.object().getString("status"));
        assertEquals(200, api.get("/health/live", null).status());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> page = api.raw(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).GET().build());
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
    }

    @Test
    void anonymousVisitorsGetTheNotFoundPageForAPartnershipBody() throws Exception {
        int ctb = bodyIds().get("CTB");
        HttpResponse<String> hidden = api.raw(HttpRequest.newBuilder(
                URI.create(base + "body/view.xhtml?id=" + ctb)).GET().build());
        HttpResponse<String> missing = api.raw(HttpRequest.newBuilder(
                URI.create(base + "body/view.xhtml?id=987654")).GET().build());
        HttpResponse<String> garbage = api.raw(HttpRequest.newBuilder(
                URI.create(base + "body/view.xhtml?id=abc")).GET().build());
        assertEquals(404, hidden.statusCode());
        assertEquals(404, missing.statusCode());
        assertEquals(404, garbage.statusCode());
        assertFalse(hidden.body().contains("Children's Trust Board"));
    }

    @Test
    void publicPagesMeetWcagAndListThePublicBodies() throws Exception {
        browser = new Browser(base.toString());
        browser.open("/");
        assertEquals("Partnership Governance Portal", browser.heading());
        List<String> listed = browser.driver.findElements(By.cssSelector("#publicBodies li a")).stream()
                .map(WebElement::getText).toList();
        assertEquals(3, listed.size(), listed::toString);
        assertEquals("", browser.accessibilityViolations(), "home page (anonymous)");

        browser.open("/login.xhtml");
        assertEquals("", browser.accessibilityViolations(), "login page");

        browser.open("/body/view.xhtml?id=" + bodyIds().get("CYPSC"));
        assertTrue(browser.heading().startsWith("Children and Young People"));
        assertEquals("", browser.accessibilityViolations(), "public body page");
    }

    @Test
    void aPoliceInspectorSignsInByKeyboardAndSeesTheChildrensTrustBoard() throws Exception {
        browser = new Browser(base.toString());
        Map<String, Integer> ids = bodyIds();
        browser.open("/login.xhtml");
        String sessionBefore = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();

        // Wrong password first: a clear message, the name kept, nothing else said.
        browser.find("#signIn\\:username").sendKeys("police", Keys.TAB, "wrong-password", Keys.ENTER);
        assertTrue(browser.find(".message--error").getText().contains("The username or password is not correct."));

        WebElement username = browser.find("#signIn\\:username");
        username.clear();
        username.sendKeys("police", Keys.TAB, "Partnership-Demo-2026", Keys.ENTER);
        browser.waitFor().until(ExpectedConditions.textToBe(By.cssSelector("h1"), "Your partnership work"));
        String sessionAfter = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
        assertNotEquals(sessionBefore, sessionAfter, "a new session id at sign-in");

        assertTrue(browser.find("#myAgency").getText().contains("Cleveland Police"));
        List<String> mine = browser.driver.findElements(By.cssSelector("#myBodies li a")).stream()
                .map(WebElement::getText).toList();
        assertTrue(mine.contains("Children's Trust Board"), mine::toString);
        assertFalse(mine.contains("Early Help and Schools Sub-group"), mine::toString);
        assertEquals("", browser.accessibilityViolations(), "home page (police)");

        browser.open("/body/list.xhtml");
        assertEquals("Bodies", browser.heading());
        assertEquals(7, rows().size());
        assertEquals("", browser.accessibilityViolations(), "bodies list");
        WebElement nameFilter = browser.find("#bodiesForm\\:bodies\\:name input");
        nameFilter.sendKeys("Trust");
        browser.waitFor().until(d -> rows().size() == 1);
        assertEquals("Children's Trust Board", rows().get(0).findElement(By.tagName("a")).getText());

        rows().get(0).findElement(By.tagName("a")).sendKeys(Keys.ENTER);
        browser.waitFor().until(ExpectedConditions.textToBe(By.cssSelector("h1"), "Children's Trust Board"));
        String members = browser.find("#members").getText();
        assertTrue(members.contains("Dan Reeve"), members);
        assertTrue(members.contains("Cleveland Police"), members);
        assertTrue(browser.find("#pastMembers").getText().contains("Rachel Holt"));
        assertEquals("", browser.accessibilityViolations(), "body page");

        browser.open("/body/view.xhtml?id=" + ids.get("EHSG"));
        assertEquals("Page not found", browser.heading());
        assertFalse(browser.driver.getPageSource().contains("Early Help and Schools"));

        browser.open("/");
        browser.find("#signOutForm\\:signOut").sendKeys(Keys.ENTER);
        browser.waitFor().until(ExpectedConditions.textToBe(By.cssSelector("h1"), "Partnership Governance Portal"));
        assertTrue(browser.find("#signInLink").isDisplayed());
    }

    private List<WebElement> rows() {
        return browser.driver.findElements(By.cssSelector("#bodiesForm\\:bodies_data tr:not(.ui-datatable-empty-message)"));
    }

    private Map<String, Integer> bodyIds() throws Exception {
        return api.get("/api/v1/bodies", api.token("admin")).array().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(b -> b.getString("shortName"), b -> b.getInt("id")));
    }

    private static List<String> shortNames(Api.Reply reply) {
        return reply.array().getValuesAs(JsonValue::asJsonObject).stream()
                .map(b -> b.getString("shortName")).sorted().toList();
    }
}
