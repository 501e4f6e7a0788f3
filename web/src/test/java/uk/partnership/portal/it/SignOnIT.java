package uk.partnership.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Partners sign in with their own organisation's account: a real OpenID provider (mock-oauth2-server, started here)
 * acts as two agencies' providers at once. A police and a health partner sign in through the browser; an address the
 * agency has not invited, an ID token for another audience and an answer carrying another request's nonce are
 * refused with a message; disabling the account or removing the agency's provider ends the session at its next
 * request.
 */
class SignOnIT extends PortalIT {

    private MockOAuth2Server provider;
    private String providerBase;
    private String admin;
    private final List<Long> agencies = new java.util.ArrayList<>();

    @BeforeEach
    void startProvider() throws Exception {
        // On every interface and addressed by the portal's own host, as the browser sees both: Chromium will not
        // send a page of a network address on to localhost.
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        provider = new MockOAuth2Server();
        provider.start(java.net.InetAddress.getByName("0.0.0.0"), port);
        providerBase = "http://" + base.getHost() + ":" + port + "/";
        admin = api.token("admin");
    }

    @AfterEach
    void stopProvider() throws Exception {
        for (long agency : agencies) {
            api.call("DELETE", "/api/v1/agencies/" + agency + "/provider", admin, null);
        }
        provider.shutdown();
    }

    /** A new agency with its own provider (issuer {@code id} at the test's provider) and one invited person. */
    private long agencyWithProvider(String name, String kind, String issuerId, String domain, String username,
                                    String fullName) throws Exception {
        long agency = Api.ok(api.call("POST", "/api/v1/agencies", admin,
                "{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\"}")).object().getJsonNumber("id").longValue();
        agencies.add(agency);
        Api.ok(api.call("POST", "/api/v1/agencies/" + agency + "/people", admin, "{\"username\":\"" + username
                + "\",\"fullName\":\"" + fullName + "\",\"email\":\"" + username + "@" + domain + "\"}"));
        JsonObject registered = Api.ok(api.call("PUT", "/api/v1/agencies/" + agency + "/provider", admin,
                "{\"issuer\":\"" + providerBase + issuerId + "\",\"clientId\":\"portal-" + issuerId
                        + "\",\"emailDomains\":\"" + domain + "\"}")).object();
        assertEquals(List.of(domain), registered.getJsonArray("emailDomains").getValuesAs(
                jakarta.json.JsonString::getString));
        return agency;
    }

    /** The next token the provider issues for this issuer: this subject and address, for this audience. */
    private void nextAnswer(String issuerId, String subject, String email, String audience) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(issuerId, subject, "JWT", List.of(audience),
                Map.of("email", email, "email_verified", true), 3600));
    }

    /** Waits for the signed-in header; on failure says where the browser is and what it shows. */
    private void signedIn() {
        try {
            browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("signOutForm:signOut")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("not signed in; at " + browser.driver.getCurrentUrl() + ": "
                    + browser.driver.getPageSource(), e);
        }
    }

    /** The paths the provider was asked for since the last call (waiting up to {@code firstWaitMillis} for one). */
    private List<String> providerRequests(long firstWaitMillis) {
        List<String> paths = new java.util.ArrayList<>();
        long wait = firstWaitMillis;
        while (true) {
            try {
                paths.add(String.valueOf(provider.takeRequest(wait, java.util.concurrent.TimeUnit.MILLISECONDS)
                        .getPath()));
                wait = 200;
            } catch (RuntimeException noMore) {
                return paths;
            }
        }
    }

    private void signOnInBrowser(String email) {
        browser.driver.manage().deleteAllCookies();
        browser.open("/login.xhtml");
        browser.find("#signIn\\:username").sendKeys(email, Keys.ENTER);
    }

    @Test
    void policeAndHealthPartnersSignInThroughTheirOwnProvidersAndLoseAccessWhenDisabledOrRemoved() throws Exception {
        long police = agencyWithProvider("Durham Constabulary", "POLICE", "durham-police", "durham.police.test",
                "sam.cole", "Inspector Sam Cole");
        long health = agencyWithProvider("Tees Valley Health Trust", "HOSPITAL_TRUST", "tees-health", "teeshealth.test",
                "ann.ford", "Dr Ann Ford");
        browser = new Browser(base.toString());

        nextAnswer("durham-police", "police-subject-1", "sam.cole@durham.police.test", "portal-durham-police");
        signOnInBrowser("Sam.Cole@durham.police.test");
        signedIn();
        assertTrue(browser.find("header").getText().contains("Inspector Sam Cole"), browser.find("header").getText());
        assertEquals("", browser.accessibilityViolations(), "home after signing in through the provider");

        // No password here, so the API is reached with a personal token made on home: named, 30 days, shown once.
        browser.find("#newTokenForm\\:tokenName").sendKeys("Force performance dashboard");
        browser.find("#newTokenForm\\:tokenDays").clear();
        browser.find("#newTokenForm\\:tokenDays").sendKeys("30", Keys.ENTER);
        String token = browser.find("#newToken").getText();
        assertTrue(browser.find("#tokens").getText().contains("Force performance dashboard"));
        Api.Reply mine = Api.ok(api.get("/api/v1/auth/tokens", token));
        assertTrue(mine.body().contains("Force performance dashboard") && mine.body().contains("\"thisOne\":true"),
                mine.body());
        browser.open("/");
        assertTrue(browser.driver.findElements(By.id("newToken")).isEmpty(), "shown once only");
        assertEquals(400, api.call("POST", "/api/v1/auth/tokens", token, "{\"name\":\"Forever\",\"days\":365}")
                .status(), "at most 90 days");

        // Signing out ends the session here and at the provider, which sends the browser back home.
        providerRequests(10);
        browser.find("#signOutForm\\:signOut").click();
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("signInLink")));
        List<String> visited = providerRequests(2_000);
        assertTrue(visited.stream().anyMatch(path -> path.startsWith("/durham-police/endsession")),
                "the provider's end-session address was visited: " + visited);
        assertEquals(200, api.get("/api/v1/auth/tokens", token).status(), "a token outlives a signed-out session");

        // Sign out everywhere: another browser's session and the token end too.
        nextAnswer("durham-police", "police-subject-1", "sam.cole@durham.police.test", "portal-durham-police");
        signOnInBrowser("sam.cole@durham.police.test");
        signedIn();
        try (Browser other = new Browser(base.toString())) {
            nextAnswer("durham-police", "police-subject-1", "sam.cole@durham.police.test", "portal-durham-police");
            other.open("/login.xhtml");
            other.find("#signIn\\:username").sendKeys("sam.cole@durham.police.test", Keys.ENTER);
            other.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("signOutForm:signOut")));
            other.find("#everywhere\\:signOutEverywhere").click();
            other.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("signInLink")));
        }
        browser.open("/");
        assertTrue(browser.driver.findElements(By.id("signOutForm:signOut")).isEmpty(), "the first browser too");
        assertEquals(401, api.get("/api/v1/auth/tokens", token).status(), "and the token");

        nextAnswer("tees-health", "health-subject-1", "ann.ford@teeshealth.test", "portal-tees-health");
        signOnInBrowser("ann.ford@teeshealth.test");
        signedIn();
        assertTrue(browser.find("header").getText().contains("Dr Ann Ford"), browser.find("header").getText());

        // The agency removes its provider: the health partner's session ends at its next request.
        Api.ok(api.call("DELETE", "/api/v1/agencies/" + health + "/provider", admin, null));
        agencies.remove(Long.valueOf(health));
        browser.open("/");
        assertTrue(browser.driver.findElements(By.id("signOutForm:signOut")).isEmpty(), "signed out by the removal");

        // The police partner again, this time matched by the subject kept at the first sign-in; then disabled.
        nextAnswer("durham-police", "police-subject-1", "sam.cole@durham.police.test", "portal-durham-police");
        signOnInBrowser("sam.cole@durham.police.test");
        signedIn();
        long samId = api.personIds().get("sam.cole");
        JsonObject sam = Api.ok(api.get("/api/v1/people/" + samId, admin)).object();
        Api.ok(api.call("POST", "/api/v1/people/" + samId + "/disable", admin,
                "{\"version\":" + sam.getJsonNumber("version").longValue() + "}"));
        browser.open("/");
        assertTrue(browser.driver.findElements(By.id("signOutForm:signOut")).isEmpty(), "signed out once disabled");

        // A local password is not how an agency with its own sign-in gets in.
        assertTrue(Api.ok(api.get("/api/v1/agencies/" + police + "/provider", admin)).object()
                .getString("issuer").endsWith("/durham-police"));
    }

    @Test
    void anUninvitedAddressAnotherAudienceAndAnotherRequestsNonceAreRefused() throws Exception {
        agencyWithProvider("Northumbria Police Test", "POLICE", "north-police", "north.police.test", "kim.hale",
                "Sergeant Kim Hale");
        browser = new Browser(base.toString());

        nextAnswer("north-police", "stranger-subject", "lee.stranger@north.police.test", "portal-north-police");
        signOnInBrowser("lee.stranger@north.police.test");
        String refused = browser.find("#signIn\\:messages").getText();
        assertTrue(refused.contains("lee.stranger@north.police.test") && refused.contains("no account here"), refused);
        assertTrue(browser.driver.findElements(By.id("signOutForm:signOut")).isEmpty());
        assertEquals("", browser.accessibilityViolations(), "the sign-in page with the refusal");
        String trail = Api.ok(api.get("/api/v1/audit?entity=Person&size=200", admin)).body();
        assertTrue(trail.contains("lee.stranger@north.police.test") && trail.contains("SIGN_IN_FAILED"),
                "the refusal is audited");

        // Answers meant for another request are refused: one whose ID token names another client as its audience,
        // one carrying another request's nonce.
        assertTrue(tamperedAnswer(url -> url, true).contains("could not be trusted"),
                "an ID token for another audience is refused");
        assertTrue(tamperedAnswer(url -> url.replaceAll("nonce=[^&]+", "nonce=another-request"), false)
                .contains("could not be trusted"), "another request's nonce is refused");
        assertTrue(Api.ok(api.get("/api/v1/people/" + api.personIds().get("kim.hale"), admin)).object()
                .getBoolean("enabled"), "the refused attempts changed nothing");
        // And the untampered way in works for the invited sergeant.
        assertTrue(tamperedAnswer(url -> url, false).contains("Signed in as Sergeant Kim Hale"));
    }

    /**
     * Starts Kim's sign-on as a browser would (no redirects followed), changes the authorization request on its way
     * to the provider, brings the provider's answer back to this session's callback, and returns the page it ends on.
     * With {@code otherAudience} the provider answers with an ID token signed by it but made out to another client.
     */
    private String tamperedAnswer(java.util.function.UnaryOperator<String> tamper, boolean otherAudience)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(login.body());
        assertTrue(viewState.find());
        String form = "signIn=signIn&signIn%3Ausername=" + URLEncoder.encode("kim.hale@north.police.test",
                StandardCharsets.UTF_8) + "&signIn%3Apassword=&signIn%3Asubmit=Sign+in&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String authorize = started.headers().firstValue("Location").orElseThrow(() ->
                new AssertionError("sent to the provider: " + started.statusCode() + " " + started.body()));
        assertTrue(authorize.contains("code_challenge=") && authorize.contains("code_challenge_method=S256")
                && authorize.contains("nonce=") && authorize.contains("state="), "PKCE, nonce and state: " + authorize);
        HttpResponse<String> answered = http.send(HttpRequest.newBuilder(URI.create(tamper.apply(authorize))).build(),
                HttpResponse.BodyHandlers.ofString());
        String callback = answered.headers().firstValue("Location").orElseThrow();
        if (otherAudience) {
            // Signed by the provider, for this request's nonce, but made out to another client.
            provider.enqueueCallback(new DefaultOAuth2TokenCallback("north-police", "kim-subject", "JWT", null,
                    Map.of("aud", "another-client", "email", "kim.hale@north.police.test", "email_verified", true),
                    3600));
        } else {
            nextAnswer("north-police", "kim-subject", "kim.hale@north.police.test", "portal-north-police");
        }
        assertTrue(callback.contains("/sign-on/callback?") && callback.contains("code="), callback);
        HttpResponse<String> back = http.send(HttpRequest.newBuilder(URI.create(callback)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, back.statusCode());
        String next = back.headers().firstValue("Location").orElseThrow();
        return http.send(HttpRequest.newBuilder(URI.create(next.startsWith("http") ? next : base + next.substring(1)))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
