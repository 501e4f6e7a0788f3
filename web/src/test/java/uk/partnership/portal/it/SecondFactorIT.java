package uk.partnership.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * Those who run the portal prove it is them: a new secretary signing in with a password is sent to set up an
 * authenticator app before anything else (the code computed here from the key the page shows), is given ten
 * single-use recovery codes, and from then on signs in with password and code, or password and a recovery code, each
 * once; the API asks for the code too; every step is audited and every new page passes axe.
 */
class SecondFactorIT extends PortalIT {

    private static final String PASSWORD = "dso-second-factor-passphrase";

    @Test
    void aNewSecretaryEnrolsFirstThenSignsInWithACodeOrARecoveryCodeEachOnce() throws Exception {
        String admin = api.token("admin");
        Invited invited = newSecretary(base.toString());
        String username = invited.username();
        long personId = invited.personId();

        // No token by password alone before the app is set up.
        Api.Reply early = api.post("/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\""
                + PASSWORD + "\"}");
        assertEquals(401, early.status());
        assertTrue(early.body().contains("set up a passkey or an authenticator app"), early.body());

        // Password only: sent to set up the app, and nothing else opens until it is done.
        signInWithPassword(username);
        browser.find("#setup\\:code");
        assertEquals("Set up your second factor", browser.heading());
        browser.open("/body/list.xhtml");
        assertEquals("Set up your second factor", browser.heading(), "sent back to enrol before anything else");
        browser.open("/jakarta.faces.resource/css/portal.css.xhtml");
        assertTrue(browser.driver.getCurrentUrl().contains("portal.css"), "style sheets still load meanwhile");
        browser.open("/account/second-factor.xhtml");
        assertEquals("", browser.accessibilityViolations(), "the set-up page");
        String secret = browser.find("#secret").getText().replace(" ", "");
        assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
        browser.find("#setup\\:code").sendKeys("000000", Keys.ENTER);
        browser.waitFor().until(d -> d.findElement(By.tagName("main")).getText().contains("does not match"));
        long step = System.currentTimeMillis() / 30_000;
        browser.find("#setup\\:code").sendKeys(DemoAuthenticator.code(secret, step), Keys.ENTER);
        List<String> recovery = browser.find("#recoveryCodes").findElements(By.tagName("code")).stream()
                .map(WebElement::getText).toList();
        assertEquals(10, recovery.size(), "ten recovery codes, shown once");
        assertEquals("", browser.accessibilityViolations(), "the recovery codes");
        browser.find("#continue").click();
        browser.find("#signOutForm\\:signOut");
        browser.open("/body/list.xhtml");
        assertTrue(!browser.heading().contains("second factor"), "the portal opens once it is done: " + browser.heading());

        // Next time: password, then the code. A wrong code is refused; a recovery code works, once.
        signInWithPassword(username);
        assertEquals("Prove it is you", browser.heading());
        assertEquals("", browser.accessibilityViolations(), "the code page");
        browser.find("#secondFactor\\:code").sendKeys("123456", Keys.ENTER);
        assertTrue(browser.find(".field__error").getText().contains("not right"), "a wrong code");
        browser.find("#secondFactor\\:code").sendKeys(recovery.get(0), Keys.ENTER);
        browser.find("#signOutForm\\:signOut");
        signInWithPassword(username);
        browser.find("#secondFactor\\:code").sendKeys(recovery.get(0), Keys.ENTER);
        assertTrue(browser.find(".field__error").getText().contains("used already"), "a recovery code works once");
        browser.find("#secondFactor\\:code").sendKeys(DemoAuthenticator.code(secret, step + 1), Keys.ENTER);
        browser.find("#signOutForm\\:signOut");

        // The API asks for the code as well.
        Api.Reply noCode = api.post("/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\""
                + PASSWORD + "\"}");
        assertEquals(401, noCode.status());
        assertTrue(noCode.body().contains("second factor"), noCode.body());
        assertEquals(200, api.post("/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\""
                + PASSWORD + "\",\"code\":\"" + recovery.get(1) + "\"}").status());

        // The phone is lost: a system administrator (only) removes the second factor; set up again at next sign-in.
        String police = api.token("police");
        assertEquals(403, api.call("POST", "/api/v1/people/" + personId + "/second-factor/reset", police, null).status());
        assertEquals(204, api.call("POST", "/api/v1/people/" + personId + "/second-factor/reset", admin, null).status());
        signInWithPassword(username);
        assertEquals("Set up your second factor", browser.heading(), "enrol again after a reset");

        String trail = Api.ok(api.get("/api/v1/audit?person=" + username + "&size=100", admin)).body();
        for (String action : List.of("SECOND_FACTOR_ENROLLED", "SECOND_FACTOR_FAILED", "RECOVERY_CODE_USED",
                "SECOND_FACTOR_USED", "SECOND_FACTOR_RESET")) {
            assertTrue(trail.contains(action), action + " is audited: " + trail);
        }
    }

    /**
     * A passkey through Chromium's virtual authenticator (a platform authenticator with user verification), on the
     * portal addressed as localhost, a secure context where browsers allow WebAuthn over plain HTTP. The secretary
     * adds a passkey as their first second factor (recovery codes shown), signs in with password and passkey, is
     * refused an answer that was not their authenticator's, and removes the passkey; each step audited.
     */
    @Test
    void aSecretarySetsUpAPasskeyAndSignsInWithIt() throws Exception {
        String admin = api.token("admin");
        String local = base.toString().replaceFirst("//[^/:]+", "//localhost");
        Invited invited = newSecretary(local);
        String username = invited.username();
        VirtualAuthenticator authenticator = browser.driver.addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true).setHasUserVerification(true).setIsUserVerified(true)
                .setIsUserConsenting(true));

        signInWithPassword(username);
        assertEquals("Set up your second factor", browser.heading());
        assertEquals("", browser.accessibilityViolations(), "the set-up page");
        browser.find("#passkey\\:name").sendKeys("Work laptop");
        browser.find("#addPasskey").click();
        List<String> recovery = browser.find("#recoveryCodes").findElements(By.tagName("code")).stream()
                .map(WebElement::getText).toList();
        assertEquals(10, recovery.size(), "a first second factor comes with recovery codes");
        assertEquals(1, authenticator.getCredentials().size(), "the authenticator holds the new passkey");
        int signCount = authenticator.getCredentials().get(0).getSignCount();

        // Password, then the passkey.
        signInWithPassword(username);
        assertEquals("Prove it is you", browser.heading());
        assertEquals("", browser.accessibilityViolations(), "the second step with a passkey");
        browser.find("#usePasskey").click();
        browser.find("#signOutForm\\:signOut");
        assertTrue(authenticator.getCredentials().get(0).getSignCount() > signCount, "the passkey signed");

        // An answer that is not the authenticator's is refused, with the other ways still offered.
        signInWithPassword(username);
        browser.find("#usePasskey");
        browser.driver.executeScript("document.getElementById('passkey:response').value = arguments[0];"
                + "var send = document.getElementById('passkey:send'); send.form.requestSubmit(send);",
                "{\"id\":\"AAAA\",\"rawId\":\"AAAA\",\"type\":\"public-key\",\"response\":{\"clientDataJSON\":"
                        + "\"e30\",\"authenticatorData\":\"AAAA\",\"signature\":\"AAAA\"}}");
        browser.waitFor().until(d -> d.findElement(By.id("messages")).getText().contains("not accepted"));
        assertEquals("Prove it is you", browser.heading());
        browser.find("#usePasskey").click();
        browser.find("#signOutForm\\:signOut");

        // Listed with when it was last used, and removed by its holder.
        browser.open("/account/second-factor.xhtml");
        String listed = browser.find("#passkeys").getText();
        assertTrue(listed.contains("Work laptop") && !listed.contains("Not yet"), listed);
        browser.find("#passkeys\\:0\\:remove\\:remove").click();
        browser.waitFor().until(d -> d.findElement(By.id("messages")).getText().contains("removed"));
        assertTrue(browser.driver.findElements(By.id("passkeys")).isEmpty(), "no passkey left");

        String trail = Api.ok(api.get("/api/v1/audit?person=" + username + "&size=100", admin)).body();
        for (String action : List.of("PASSKEY_ENROLLED", "PASSKEY_USED", "SECOND_FACTOR_FAILED", "PASSKEY_REMOVED")) {
            assertTrue(trail.contains(action), action + " is audited: " + trail);
        }
    }

    private record Invited(String username, long personId) {
    }

    /** A new secretary of the Children's Trust Board, invited by e-mail, whose password is set through the link. */
    private Invited newSecretary(String portal) throws Exception {
        String admin = api.token("admin");
        String username = "dso" + System.nanoTime() % 100000;
        String email = username + "@council.example";
        long council = api.agencyIds().get("Middlesbrough Council");
        JsonObject invited = Api.ok(api.call("POST", "/api/v1/agencies/" + council + "/people", admin,
                "{\"username\":\"" + username + "\",\"fullName\":\"Lee Bright\",\"email\":\"" + email + "\"}")).object();
        long personId = invited.getJsonObject("person").getJsonNumber("id").longValue();
        Api.ok(api.call("POST", "/api/v1/bodies/" + api.bodyIds().get("CHEW") + "/members", admin,
                "{\"personId\":" + personId + ",\"role\":\"SECRETARY\",\"startsOn\":\"" + LocalDate.now() + "\"}"));
        Matcher link = Pattern.compile("/activate\\.xhtml\\?token=[A-Za-z0-9_-]+").matcher(Inbox.text(
                Inbox.waitForOne("Your account on the Partnership Governance Portal", email)));
        assertTrue(link.find());
        if (browser != null) {
            browser.close();
        }
        browser = new Browser(portal);
        browser.open(link.group());
        browser.find("#activate\\:password").sendKeys(PASSWORD);
        browser.find("#activate\\:confirmation").sendKeys(PASSWORD, Keys.ENTER);
        browser.find("#activated");
        return new Invited(username, personId);
    }

    private void signInWithPassword(String username) {
        browser.driver.manage().deleteAllCookies();
        browser.open("/login.xhtml");
        browser.find("#signIn\\:username").sendKeys(username, Keys.TAB, PASSWORD, Keys.ENTER);
    }
}
