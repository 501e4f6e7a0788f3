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

    @Test
    void nextMeetingsShowPapersNewSinceTheLastVisitAndMinutesToApprove() throws Exception {
        String secretary = api.token("secretary");
        long met = api.bodyIds().get("MET");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        int past = api.schedule(secretary, met, today.minusDays(9) + "T10:00");
        JsonObject held = api.publishAndHold(secretary, past, today.minusDays(20));
        Api.ok(api.call("PUT", "/api/v1/meetings/" + past + "/attendance", secretary, "{\"version\":"
                + held.getInt("version") + ",\"entries\":[{\"personId\":" + api.personIds().get("secretary")
                + ",\"kind\":\"PRESENT\"}]}"));
        int version = Api.ok(api.get("/api/v1/meetings/" + past, secretary)).object().getInt("version");
        Api.ok(api.call("POST", "/api/v1/meetings/" + past + "/circulate", secretary, "{\"version\":" + version + "}"));
        int next = api.schedule(secretary, met, today.plusDays(19) + "T10:00");
        int item = api.addItem(secretary, next, "Return interviews: quarterly figures", "PARTNERSHIP");
        version = Api.ok(api.get("/api/v1/meetings/" + next, secretary)).object().getInt("version");
        Api.ok(api.call("POST", "/api/v1/meetings/" + next + "/publish", secretary, "{\"version\":" + version + "}"));

        browser = new Browser(base.toString());
        browser.signIn("police");
        browser.open("/");
        assertFalse(browser.find("#nextMeetings").getText().contains("new since your last visit"));
        long paper = Api.ok(api.call("POST", "/api/v1/agenda-items/" + item + "/papers", secretary, jakarta.json.Json
                .createObjectBuilder().add("reportOf", "Detective Inspector, Safeguarding").add("title", "Return "
                        + "interviews: the quarter").add("reportDate", today.toString()).build().toString())).object()
                .getJsonNumber("id").longValue();
        java.net.http.HttpResponse<String> file = api.raw(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        base + "api/v1/papers/" + paper + "/attachments?name=quarter.pdf"))
                .header("Authorization", "Bearer " + secretary).header("Content-Type", "application/pdf")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(AccessMatrixIT.TINY_PDF)).build());
        assertEquals(201, file.statusCode(), file.body());

        browser.signIn("police");
        browser.open("/");
        String meetings = browser.find("#nextMeetings").getText();
        assertTrue(meetings.contains("1 of them late, 1 new since your last visit"), meetings);
        assertTrue(meetings.contains("To approve there: the draft minutes of"), meetings);
        assertEquals("", browser.accessibilityViolations(), "home with new papers and minutes to approve");
    }
}
