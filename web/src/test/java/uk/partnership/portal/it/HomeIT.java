package uk.partnership.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Home as each person's work list: the police partner finds his agency's overdue action on his home page and reports
 * on it from there in one step, by keyboard; a school partner sees nothing of the boards she does not sit on; the
 * secretary sees a secretary's work; every version of the page passes axe.
 */
class HomeIT extends PortalIT {

    @Test
    void thePolicePartnerReportsOnHisOverdueActionStraightFromHome() throws Exception {
        browser = new Browser(base.toString());
        browser.signIn("police");
        browser.open("/");
        WebElement due = browser.find("#dueActions");
        assertTrue(due.getText().contains("MET-2021-001") && due.getText().contains("Overdue"), due.getText());
        assertFalse(due.getText().contains("CTB-2021-002"), "another agency's action is not his work");
        assertEquals("", browser.accessibilityViolations(), "a partner's home page");

        WebElement report = browser.driver.findElement(By.xpath("//table[@id='dueActions']//tr[contains(., "
                + "'MET-2021-001')]//a[starts-with(@id, 'report')]"));
        for (int i = 0; i < 100 && !browser.driver.switchTo().activeElement().equals(report); i++) {
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        }
        assertEquals(report, browser.driver.switchTo().activeElement(), "reached by Tab");
        report.sendKeys(Keys.ENTER);
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("update:progress")));
        assertTrue(browser.heading().startsWith("MET-2021-001"), browser.heading());
        browser.find("#update\\:progress").sendKeys("Return interviews now booked the morning a child comes home.");
        browser.find("#update\\:send").sendKeys(Keys.ENTER);
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Your update is saved"));
        String police = api.token("police");
        long id = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
        JsonObject action = Api.ok(api.get("/api/v1/actions/" + id, police)).object();
        assertEquals("Dan Reeve", action.getJsonArray("updates").getJsonObject(0).getString("author"));
    }

    @Test
    void eachPersonSeesTheirOwnWorkAndNoOneElses() throws Exception {
        browser = new Browser(base.toString());
        browser.signIn("school");
        browser.open("/");
        String school = browser.find("main").getText();
        assertTrue(school.contains("Your agency's actions due") && school.contains("Your next meetings"));
        assertFalse(school.contains("MACSIB-") || school.contains("MET-2021-001"),
                "nothing of the boards she does not sit on: " + school);
        assertTrue(browser.driver.findElements(By.id("secretaryWork")).isEmpty(), "no secretary's work for a partner");
        assertEquals("", browser.accessibilityViolations(), "a school partner's home page");

        browser.signIn("secretary");
        browser.open("/");
        String secretary = browser.find("#secretaryWork").getText();
        assertTrue(secretary.contains("Actions reported complete") && secretary.contains("MACSIB-2020-001"), secretary);
        assertEquals("", browser.accessibilityViolations(), "the secretary's home page");

        // The agency administrator: an invitation not yet taken up, and someone whose only seat has ended.
        String policeAdmin = api.token("police-admin");
        long policeAgency = api.agencyIds().get("Cleveland Police");
        JsonObject invited = Api.ok(api.call("POST", "/api/v1/agencies/" + policeAgency + "/people", policeAdmin,
                "{\"username\":\"pc.lane\",\"fullName\":\"PC Jo Lane\",\"email\":\"jo.lane@police.example\"}"))
                .object();
        assertTrue(invited.getBoolean("mailed") && !invited.containsKey("activationPath"), "the link went by e-mail only");
        String secretaryToken = api.token("secretary");
        JsonObject seat = Api.ok(api.call("POST", "/api/v1/bodies/" + api.bodyIds().get("MET") + "/members",
                secretaryToken, "{\"personId\":" + invited.getJsonObject("person").getInt("id")
                        + ",\"role\":\"CO_OPTED\",\"startsOn\":\"" + java.time.LocalDate.now() + "\"}")).object();
        Api.ok(api.call("POST", "/api/v1/memberships/" + seat.getInt("membershipId") + "/end", secretaryToken,
                "{\"version\":" + seat.getInt("version") + "}"));
        browser.signIn("police-admin");
        browser.open("/");
        assertTrue(browser.find("#pendingInvitations").getText().contains("PC Jo Lane (jo.lane@police.example)"));
        assertTrue(browser.find("#seatsEnded").getText().contains("PC Jo Lane"));
        assertFalse(browser.find("#seatsEnded").getText().contains("Dan Reeve"), "his seats are current");
        assertEquals("", browser.accessibilityViolations(), "the agency administrator's home page");
        browser.signIn("police");
        browser.open("/");
        assertTrue(browser.driver.findElements(By.id("agencyAdminWork")).isEmpty(), "not for a partner");

        browser.driver.manage().deleteAllCookies();
        browser.open("/");
        assertTrue(browser.driver.findElements(By.id("dueActions")).isEmpty(), "the public has no work list");
        assertEquals("", browser.accessibilityViolations(), "the public home page");
    }
}
