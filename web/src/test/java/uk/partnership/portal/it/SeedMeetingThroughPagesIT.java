package uk.partnership.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Seed 003 through the pages alone, as the panel's secretary would: the meeting of 20 July 2020 scheduled, its
 * agenda built and published, recorded as held (members, apologies, a substitute, officers named without accounts),
 * five minutes written in the editor with their resolutions, a referral to the Overview and Scrutiny Board, an action
 * for the police, the draft circulated and approved at the next meeting. After every save the page is reloaded and
 * must show the same record. The public then finds both meetings on the body page and in the calendar, and reads
 * the minutes laid out as the seed lays them out.
 */
class SeedMeetingThroughPagesIT extends PortalIT {

    /** The items the secretary adds, after the standard ones; the previous minutes' item is on every agenda. */
    private static final List<String[]> ITEMS = List.of(
            new String[] {"Minutes of the previous meeting", "APPROVED",
                "The minutes of the meeting held on 9 March 2020 were submitted.",
                "That the minutes of the meeting held on 9 March 2020 be approved as a correct record."},
            new String[] {"Overview and structure of children's services", "NOTED",
                "The Executive Director described the structure of the department and the Practice Improvement Hub.",
                "That the information provided be noted."},
            new String[] {"Setting the scrutiny panel's work programme 2020/21", "REFERRED",
                "The panel selected four topics aligned with the improvement plan.",
                "That the topics listed be submitted to the Overview and Scrutiny Board for approval."},
            new String[] {"Proposed schedule of meetings 2020/21", "APPROVED",
                "A provisional schedule of meeting dates was submitted.",
                "That the proposed meeting dates for 2020/21 be approved."},
            new String[] {"Overview and Scrutiny Board update", "NOTED",
                "The Chair reported on the board's meetings of 21 May, 11 June and 2 July 2020.",
                "That the information provided be noted."});

    @Test
    void theTwentiethOfJulyFromSchedulingToApprovedMinutesThroughThePagesAlone() throws Exception {
        Map<String, Integer> bodies = api.bodyIds();
        int panel = bodies.get("CYPSC");
        browser = new Browser(base.toString());
        browser.signIn("secretary");

        int july = schedule(panel, "20/07/2020 17:00", "Virtual meeting");
        for (String[] item : ITEMS.subList(1, ITEMS.size())) {
            browser.find("#add\\:title").sendKeys(item[0]);
            browser.find("#add\\:addItem").sendKeys(Keys.ENTER);
            waitForMessage("Added");
        }
        reloadShowing("#items\\:agenda", ITEMS.get(4)[0]);
        publish("10/07/2020");

        // Recorded as held: the chair and vice-chair present, a member's apologies with a substitute for her, and
        // officers by name and title, none of whom has an account.
        browser.open("/meeting/view.xhtml?id=" + july);
        browser.find("#recordMeeting").sendKeys(Keys.ENTER);
        browser.find("#held\\:markHeld").sendKeys(Keys.ENTER);
        waitForMessage("Recorded as held");
        memberAttendance("Councillor Mark Ellis", "Present");
        memberAttendance("Councillor Anna Byrne", "Present");
        memberAttendance("Councillor Ruth Allen", "Apologies");
        otherLine(0, "Councillor A Bell", null, "Substitute", "Councillor Ruth Allen");
        otherLine(1, "C Breheny", "Director of Children's Care", null, null);
        otherLine(2, "R Brown", "Director of Education and Partnerships", null, null);
        browser.find("#attendance\\:addLine").sendKeys(Keys.ENTER);
        browser.waitFor().until(d -> otherRows().size() == 4);
        otherLine(3, "S Butcher", "Executive Director of Children's Services", null, null);
        browser.find("#attendance\\:saveAttendance").sendKeys(Keys.ENTER);
        waitForMessage("Attendance saved");
        reload();
        WebElement bell = otherRows().get(0);
        assertEquals("Councillor A Bell", bell.findElement(By.cssSelector("input[id$=':name']")).getDomProperty("value"));
        assertEquals("Councillor Ruth Allen", new Select(bell.findElement(By.cssSelector("select[id$=':for']")))
                .getFirstSelectedOption().getText(), "the substitute's member is still chosen after reload");
        assertEquals("", browser.accessibilityViolations(), "record page");
        browser.find("#declarations\\:none").click();
        browser.find("#declarations\\:saveDeclarations").sendKeys(Keys.ENTER);
        waitForMessage("no interests were declared");

        // Five minutes: the four business items in the editor with their resolutions (one referred on), and the
        // apologies item left to the attendance record.
        for (String[] item : ITEMS) {
            browser.open("/meeting/view.xhtml?id=" + july);
            browser.waitFor().until(ExpectedConditions.elementToBeClickable(By.linkText("Write the minute of " + item[0])))
                    .sendKeys(Keys.ENTER);
            WebElement editor = browser.find("#minute\\:text .ql-editor");
            editor.click();
            editor.sendKeys(item[2], Keys.ENTER, "Members asked questions, which were answered.");
            browser.find("#minute\\:save").sendKeys(Keys.ENTER);
            waitForMessage("Saved");
            String address = browser.driver.getCurrentUrl();
            String stored = Api.ok(api.get("/api/v1/agenda-items/" + address.substring(address.indexOf("item=") + 5)
                    + "/minute", api.token("secretary"))).object().getString("text");
            assertTrue(stored.replace("&#39;", "'").contains(item[2]), "saved: " + stored + " at " + address);
            reload();
            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#minute\\:text .ql-editor"), item[2]));
            new Select(browser.find("#decision\\:kind")).selectByValue(item[1]);
            browser.find("#decision\\:decisionText").sendKeys(item[3]);
            if (item[1].equals("REFERRED")) {
                new Select(browser.find("#decision\\:target")).selectByVisibleText("Overview and Scrutiny Board");
            }
            browser.find("#decision\\:add").sendKeys(Keys.ENTER);
            waitForMessage("Recorded the decision");
            assertTrue(browser.find("#decisions").getText().contains(item[3]));
        }

        // The referral waits on the board's "items to be placed" until its secretary puts it on a meeting.
        int board = schedule(bodies.get("OSB"), "07/09/2020 14:00", "Virtual meeting");
        WebElement waiting = browser.find("#referrals");
        assertTrue(waiting.getText().contains("Referred from the Children and Young People's Social Care and Services "
                + "Scrutiny Panel: Setting the scrutiny panel's work programme 2020/21"), waiting.getText());
        assertEquals("", browser.accessibilityViolations(), "agenda page with items to be placed");
        browser.driver.findElement(By.xpath("//section[@id='referrals']//input[contains(@title, 'Setting the scrutiny panel')]"))
                .sendKeys(Keys.ENTER);
        waitForMessage("on the agenda, for decision");
        reloadShowing("#items\\:agenda", "Referred from the Children and Young People's");
        assertTrue(browser.driver.findElements(By.id("referrals")).isEmpty(), "placed once, gone from the list");
        assertTrue(browser.driver.getCurrentUrl().endsWith("/meeting/agenda.xhtml?id=" + board));

        // An action for the police from the resolution on the work programme, chosen on the meeting page.
        browser.open("/meeting/view.xhtml?id=" + july);
        browser.driver.findElements(By.linkText("Create an action from this decision")).get(2).sendKeys(Keys.ENTER);
        WebElement title = browser.find("#actionForm\\:title");
        assertTrue(title.getDomProperty("value").startsWith("That the topics listed"), "offered from the resolution");
        title.clear();
        title.sendKeys("Share police custody figures with the panel for its PACE beds review");
        new Select(browser.find("#actionForm\\:ownerAgency")).selectByVisibleText("Cleveland Police");
        browser.waitFor().until(d -> new Select(d.findElement(By.id("actionForm:ownerPerson"))).getOptions().stream()
                .anyMatch(o -> o.getText().contains("Dan Reeve")));
        Select owner = new Select(browser.find("#actionForm\\:ownerPerson"));
        owner.getOptions().stream().filter(o -> o.getText().contains("Dan Reeve")).findFirst().orElseThrow().click();
        browser.find("#actionForm\\:dueOn").clear();
        browser.find("#actionForm\\:dueOn").sendKeys(java.time.LocalDate.now().plusWeeks(6)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        browser.find("#actionForm\\:save").sendKeys(Keys.ENTER);
        browser.waitFor().withMessage(() -> browser.driver.findElement(By.tagName("main")).getText())
                .until(ExpectedConditions.urlContains("/action/view.xhtml?id="));
        assertTrue(browser.find("h1").getText().startsWith("CYPSC-2020-"), "numbered by the decision's municipal year: "
                + browser.heading());

        browser.open("/meeting/record.xhtml?id=" + july);
        browser.find("#circulate\\:circulateMinutes").sendKeys(Keys.ENTER);
        waitForMessage("circulated to members");

        // The next meeting approves them, moved by the chair who was present.
        int september = schedule(panel, "14/09/2020 17:00", "Virtual meeting");
        publish("04/09/2020");
        browser.open("/meeting/record.xhtml?id=" + september);
        browser.find("#held\\:markHeld").sendKeys(Keys.ENTER);
        waitForMessage("Recorded as held");
        memberAttendance("Councillor Mark Ellis", "Present");
        browser.find("#attendance\\:saveAttendance").sendKeys(Keys.ENTER);
        waitForMessage("Attendance saved");
        browser.open("/meeting/record.xhtml?id=" + july);
        new Select(browser.find("#approve\\:at")).selectByVisibleText("Monday 14 September 2020, 17:00");
        new Select(browser.find("#approve\\:mover")).selectByVisibleText("Councillor Mark Ellis");
        browser.find("#approve\\:approveMinutes").sendKeys(Keys.ENTER);
        waitForMessage("approved as a correct record");
        reload();
        assertTrue(browser.driver.getCurrentUrl().endsWith("/meeting/record.xhtml?id=" + july));

        // The public: both meetings on the body page and in the calendar, the minutes grouped as the seed's.
        browser.driver.manage().deleteAllCookies();
        browser.open("/body/view.xhtml?id=" + panel);
        String bodyPage = browser.find("main").getText();
        assertTrue(bodyPage.contains("Monday 20 July 2020, 17:00") && bodyPage.contains("Monday 14 September 2020, 17:00"),
                bodyPage);
        browser.open("/meetings.xhtml?month=2020-07");
        browser.driver.findElement(By.cssSelector("a[href$='/meeting/view.xhtml?id=" + july + "']")).sendKeys(Keys.ENTER);
        browser.waitFor().until(ExpectedConditions.urlContains("id=" + july));
        String minutes = browser.find("#minutes").getText();
        assertTrue(minutes.contains("Approved as a correct record"), minutes);
        int present = minutes.indexOf("Present");
        int alsoIn = minutes.indexOf("Also in attendance");
        int apologies = minutes.indexOf("Apologies\n");
        assertTrue(present >= 0 && alsoIn > present && apologies > alsoIn, minutes);
        String presentBlock = minutes.substring(present, alsoIn);
        assertTrue(presentBlock.indexOf("Councillor Mark Ellis (Chair)") < presentBlock.indexOf("Councillor A Bell"),
                presentBlock);
        assertTrue(presentBlock.contains("Councillor A Bell (substitute for Councillor Ruth Allen)"), presentBlock);
        assertTrue(minutes.substring(alsoIn, apologies).contains("C Breheny, Director of Children's Care"), minutes);
        assertTrue(minutes.substring(apologies).contains("Councillor Ruth Allen"), minutes);
        for (String[] item : ITEMS) {
            assertTrue(minutes.contains(item[2]) && minutes.contains(item[3]), item[0]);
        }
        assertEquals("", browser.accessibilityViolations(), "public meeting page with approved minutes");
        String pdf = api.pdfText("/api/v1/meetings/" + july + "/minutes.pdf", null).replaceAll("\\s+", " ");
        assertTrue(pdf.contains("Councillor Mark Ellis (Chair)") && pdf.contains("C Breheny, Director of Children's Care")
                && pdf.contains("Monday 20 July 2020 at 17:00"), pdf);
    }

    /** Body page → Schedule a meeting → typed as a UK user types it → the agenda page; the new meeting's id. */
    private int schedule(int body, String when, String venue) {
        browser.open("/body/view.xhtml?id=" + body);
        browser.find("#scheduleMeeting").sendKeys(Keys.ENTER);
        browser.find("#schedule\\:startsAt").sendKeys(when, Keys.TAB, venue, Keys.ENTER);
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Agenda:"));
        String url = browser.driver.getCurrentUrl();
        return Integer.parseInt(url.substring(url.indexOf("id=") + 3));
    }

    /** Publishes the agenda, giving the day it went out as a UK reader types it. */
    private void publish(String ddmmyyyy) {
        WebElement on = browser.find("#publish\\:publishedOn");
        on.sendKeys(ddmmyyyy);
        browser.find("#publish\\:publishAgenda").sendKeys(Keys.ENTER);
        waitForMessage("published");
        reload();
        assertTrue(browser.find("#meetingWhen").getText().contains("Agenda published"));
    }

    private void memberAttendance(String name, String kind) {
        String id = browser.driver.findElement(By.xpath("//form[@id='attendance']//label[normalize-space()=\""
                + name + "\"]")).getAttribute("for");
        new Select(browser.driver.findElement(By.id(id))).selectByVisibleText(kind);
    }

    private List<WebElement> otherRows() {
        return browser.driver.findElements(By.xpath("//form[@id='attendance']//table[2]/tbody/tr"));
    }

    private void otherLine(int row, String name, String title, String kind, String substituteFor) {
        WebElement line = otherRows().get(row);
        line.findElement(By.cssSelector("input[id$=':name']")).sendKeys(name);
        if (title != null) {
            line.findElement(By.cssSelector("input[id$=':note']")).sendKeys(title);
        }
        if (kind != null) {
            new Select(line.findElement(By.cssSelector("select[id$=':kind']"))).selectByVisibleText(kind);
        }
        if (substituteFor != null) {
            new Select(line.findElement(By.cssSelector("select[id$=':for']"))).selectByVisibleText(substituteFor);
        }
    }

    private void reloadShowing(String css, String text) {
        reload();
        assertTrue(browser.find(css).getText().contains(text), "after reload: " + text);
    }

    /** The page's own address opened again, as a reload or a bookmark does: the same record must come back. */
    private void reload() {
        String address = browser.driver.getCurrentUrl();
        browser.driver.get(address);
        browser.waitFor().until(ExpectedConditions.urlToBe(address));
    }

    private void waitForMessage(String text) {
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
    }
}
