package uk.partnership.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.partnership.portal.it.Api.ok;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The improvement board's thread, on the improvement board of the demo: seed 002's judgement → a plan priority → an action
 * from the board's decision → progress with its impact → an indicator; seed 004's progress report rebuilt (priorities,
 * derived RAG, "so what?" statements); seed 001's figures and rates and seed 004's percentage changes; risks from
 * seed 000; what partners see and may change; the dashboard, its PDF and the pages with axe.
 */
class ImprovementIT extends PortalIT {

    private static final String[] THEMES = {"Early help", "The front door hub (MACH)", "Thresholds", "Homelessness",
        "Police custody (PACE) beds", "Safety planning", "Short breaks", "Permanence", "Care leavers' personal advisers",
        "Unregulated placements", "Leadership"};

    String secretary;
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void fromInspectionFindingThroughPlanAndActionsToIndicators() throws Exception {
        secretary = api.token("secretary");
        Map<String, Long> people = api.personIds();
        Map<String, Long> agencies = api.agencyIds();
        long board = api.bodyIds().get("MACSIB");

        // Seed 002: the ILACS judgement table, and a recommendation that becomes plan work.
        JsonObject ilacs = ok(api.call("POST", "/api/v1/improvement/" + board + "/inspections", secretary, """
                {"kind":"FULL","title":"Inspection of local authority children's services","startsOn":"2019-11-18",
                 "endsOn":"2019-12-06","letterPublishedOn":"2020-01-24","overall":"INADEQUATE",
                 "judgements":[{"area":"The impact of leaders on social work practice with children and families","judgement":"INADEQUATE"},
                   {"area":"The experiences and progress of children who need help and protection","judgement":"INADEQUATE"},
                   {"area":"The experiences and progress of children in care and care leavers","judgement":"INADEQUATE"}],
                 "findings":[{"kind":"RECOMMENDATION","text":"Apply thresholds consistently at the front door and record the reasons for decisions."},
                   {"kind":"RECOMMENDATION","text":"Make sure children held in police custody overnight are found a PACE bed."}]}""")).object();
        assertEquals("Inadequate", ilacs.getString("overallLabel"));
        assertEquals(3, ilacs.getJsonArray("judgements").size());
        long frontDoorFinding = ilacs.getJsonArray("findings").getJsonObject(0).getJsonNumber("id").longValue();
        long paceFinding = ilacs.getJsonArray("findings").getJsonObject(1).getJsonNumber("id").longValue();
        ok(api.call("POST", "/api/v1/improvement/" + board + "/inspections", secretary, "{\"kind\":\"MONITORING_VISIT\","
                + "\"title\":\"Monitoring visit: early help, the front door and assessment\",\"startsOn\":\""
                + today.plusMonths(2) + "\",\"focusAreas\":\"Early help; the front door; assessment\"}"));

        // Seed 004's themes as the plan's priorities; the front door and PACE beds answer the inspection.
        var priorities = Json.createArrayBuilder();
        for (String theme : THEMES) {
            var p = Json.createObjectBuilder().add("title", theme);
            if (theme.startsWith("The front door")) {
                p.add("findingId", frontDoorFinding);
            } else if (theme.startsWith("Police custody")) {
                p.add("findingId", paceFinding);
            }
            priorities.add(p);
        }
        JsonObject plan = ok(api.call("POST", "/api/v1/improvement/" + board + "/plans", secretary, Json.createObjectBuilder()
                .add("title", "Children's Services Improvement Plan").add("period", "2020–23").add("priorities", priorities)
                .build().toString())).object();
        long planId = plan.getJsonNumber("id").longValue();
        Map<String, Long> priority = new HashMap<>();
        plan.getJsonArray("priorities").getValuesAs(JsonObject.class)
                .forEach(p -> priority.put(p.getString("title"), p.getJsonNumber("id").longValue()));
        assertEquals(11, priority.size());

        // The board decides; the action carries the decision, the priority and the finding.
        int meeting = api.schedule(secretary, board, today.minusDays(10) + "T10:00");
        int item = api.addItem(secretary, meeting, "Police custody beds for children", "PARTNERSHIP");
        api.publishAndHold(secretary, meeting, today.minusDays(17));
        JsonObject decision = ok(api.call("POST", "/api/v1/agenda-items/" + item + "/decisions", secretary,
                "{\"kind\":\"APPROVED\",\"text\":\"That the PACE bed protocol be agreed with Cleveland Police.\"}")).object();
        long pace = action("{\"decisionId\":" + decision.getInt("id") + ",\"title\":\"Agree the PACE bed protocol and share "
                + "custody data\",\"ownerPersonId\":" + people.get("police") + ",\"dueOn\":\"" + today.plusMonths(1)
                + "\",\"priorityId\":" + priority.get(THEMES[4]) + ",\"findingId\":" + paceFinding + "}");
        update(pace, "police", "Protocol signed off; custody data shared with the council as agreed.",
                "The duty director now knows the same night when a child reaches the threshold for a PACE bed.", "ON_TRACK");

        // Seed 004's progress report: a status per theme, with the "so what?" statements.
        long earlyHelp = action(planAction(board, THEMES[0], priority, "c.nolan", people, today.minusMonths(1)));
        update(earlyHelp, "secretary", "All 900 early help cases audited and RAG rated; 130 children stepped up.",
                "This cohort now receives a social care assessment and intervention where appropriate.", "COMPLETE");
        long hub = action(planAction(board, THEMES[1], priority, "c.nolan", people, today.plusMonths(2)));
        update(hub, "secretary", "Two team managers and two assistant team managers in post.",
                "More resilience at the front door and better management oversight.", "ON_TRACK");
        long safety = action(planAction(board, THEMES[5], priority, "c.nolan", people, today.plusMonths(2)));
        update(safety, "secretary", "Training partly suspended during Covid-19; 940 safety plans completed, 10% assured.",
                "Risks are identified with a planned response, but quality is not yet good enough.", "AT_RISK");
        action(planAction(board, THEMES[6], priority, "c.nolan", people, today.minusDays(14)));

        JsonObject view = ok(api.get("/api/v1/plans/" + planId, api.token("health"))).object();
        Map<String, JsonObject> byTitle = new HashMap<>();
        view.getJsonArray("priorities").getValuesAs(JsonObject.class).forEach(p -> byTitle.put(p.getString("title"), p));
        assertEquals("BLUE", byTitle.get(THEMES[0]).getString("rag"), "early help: done");
        assertEquals("GREEN", byTitle.get(THEMES[1]).getString("rag"));
        assertEquals("GREEN", byTitle.get(THEMES[4]).getString("rag"), "PACE beds on track");
        assertEquals("AMBER", byTitle.get(THEMES[5]).getString("rag"), "safety planning at risk");
        assertEquals("RED", byTitle.get(THEMES[6]).getString("rag"), "short breaks not started and overdue");
        assertEquals(1, byTitle.get(THEMES[6]).getInt("overdue"));
        assertEquals("No actions yet", byTitle.get(THEMES[7]).getString("ragLabel"));
        assertTrue(byTitle.get(THEMES[0]).getJsonArray("statements").toString().contains("receives a social care assessment"));
        assertTrue(byTitle.get(THEMES[4]).getString("finding").contains("PACE bed"), "the thread back to the inspection");

        // Indicators: seed 001's figures and rates (population 32,180), seed 004's changes.
        long lac = indicator(board, "Children looked after", agencies.get("Middlesbrough Council"), priority.get(THEMES[7]),
                "LOWER_IS_BETTER", null);
        long cp = indicator(board, "Children subject to a child protection plan", agencies.get("Middlesbrough Council"),
                priority.get(THEMES[1]), "LOWER_IS_BETTER", "250");
        long cin = indicator(board, "Children in need", agencies.get("Middlesbrough Council"), null, "LOWER_IS_BETTER", null);
        JsonObject lacView = values(lac, secretary, "2017-08-31:467", "2019-07-31:400", "2019-10-31:406", "2019-11-30:420",
                "2020-03-31:462");
        JsonObject cpView = values(cp, secretary, "2017-08-31:263", "2019-11-30:221", "2020-03-31:263");
        JsonObject cinView = values(cin, secretary, "2017-08-31:1246", "2019-03-31:981", "2020-03-31:1246");
        assertEquals(new BigDecimal("145.1"), rateAt(lacView, 0), "467 = 145.1 per 10,000");
        assertEquals(new BigDecimal("81.7"), rateAt(cpView, 0), "263 = 81.7 per 10,000");
        assertEquals(new BigDecimal("387.2"), rateAt(cinView, 0), "1,246 = 387.2 per 10,000");
        assertEquals(new BigDecimal("1.5"), changeAt(lacView, 2), "looked after, July to October 2019: 1.5%");
        assertEquals(new BigDecimal("10.0"), changeAt(lacView, 4), "looked after, November 2019 to March 2020: 10%");
        assertEquals(new BigDecimal("19.0"), changeAt(cpView, 2), "child protection, November 2019 to March 2020: 19%");
        assertEquals(new BigDecimal("27.0"), changeAt(cinView, 2), "children in need: 27%");
        assertFalse(cpView.getJsonObject("indicator").getBoolean("meetsTarget"), "263 against a target of 250 or fewer");
        long custody = indicator(board, "Children held overnight in police custody", agencies.get("Cleveland Police"),
                priority.get(THEMES[4]), "LOWER_IS_BETTER", "0");

        // Partners: the police record their own indicator, not the council's; health reads but records neither.
        String police = api.token("police");
        String policeAdmin = api.token("police-admin");
        ok(api.call("POST", "/api/v1/indicators/" + custody + "/values", policeAdmin, "{\"asAt\":\"2020-03-31\",\"value\":3}"));
        assertEquals(403, api.call("POST", "/api/v1/indicators/" + lac + "/values", police,
                "{\"asAt\":\"2020-04-30\",\"value\":1}").status(), "the police do not record the council's figures");
        assertEquals(403, api.call("POST", "/api/v1/indicators/" + custody + "/values", api.token("health"),
                "{\"asAt\":\"2020-04-30\",\"value\":1}").status());
        assertEquals(404, api.get("/api/v1/indicators/" + lac, policeAdmin).status(), "no seat: only the police's own");
        List<JsonObject> policeIndicators = api.get("/api/v1/indicators", policeAdmin).array().getValuesAs(JsonObject.class);
        assertTrue(policeIndicators.stream().anyMatch(i -> i.getJsonNumber("id").longValue() == custody));
        assertTrue(policeIndicators.stream().allMatch(i -> i.getString("ownerAgency").equals("Cleveland Police")),
                "only the police's own indicators: " + policeIndicators);
        assertEquals(400, api.call("POST", "/api/v1/indicators/" + custody + "/values", police,
                "{\"asAt\":\"" + today.plusDays(3) + "\",\"value\":1}").status(), "no future values");
        for (String outsider : new String[] {policeAdmin, api.token("school"), null}) {
            assertEquals(404, api.get("/api/v1/plans/" + planId, outsider).status(), "the plan is the board's");
            assertEquals(404, api.get("/api/v1/inspections/" + ilacs.getInt("id"), outsider).status());
            assertEquals(404, api.get("/api/v1/plans/" + planId + "/dashboard", outsider).status());
        }
        assertEquals(200, api.get("/api/v1/actions/" + pace, policeAdmin).status(), "but the police's own action, yes");
        assertEquals(403, api.call("POST", "/api/v1/actions/" + earlyHelp + "/updates", police,
                "{\"progress\":\"x\",\"version\":" + version(earlyHelp) + "}").status(), "not the council's action");

        JsonObject inspection = ok(api.get("/api/v1/inspections/" + ilacs.getInt("id"), police)).object();
        assertTrue(inspection.getJsonArray("findings").getJsonObject(1).getJsonArray("actions").toString()
                .contains("Agree the PACE bed protocol"), "finding → action");

        // The API keeps the same rules, in the same words, as the page's form (RiskForm, IndicatorForm).
        Api.Reply untitled = api.call("POST", "/api/v1/improvement/" + board + "/risks", secretary,
                "{\"likelihood\":9,\"impact\":2,\"reviewOn\":\"" + today + "\"}");
        assertEquals(400, untitled.status(), untitled.body());
        assertEquals("Enter the risk. Score likelihood and impact from 1 to 5. Choose who owns the risk.",
                untitled.object().getString("message"));
        Api.Reply halfRate = api.call("POST", "/api/v1/improvement/" + board + "/indicators", secretary,
                "{\"name\":\"Rate of referrals\",\"polarity\":\"LOWER_IS_BETTER\",\"ratePer\":10000,\"ownerAgencyId\":"
                        + agencies.get("Middlesbrough Council") + "}");
        assertEquals(400, halfRate.status(), halfRate.body());
        assertTrue(halfRate.object().getString("message").startsWith("A rate needs both its base"), halfRate.body());

        // Seed 000's risks; a mitigation from the action log; the matrix; overdue reviews.
        JsonObject recruitment = ok(api.call("POST", "/api/v1/improvement/" + board + "/risks", secretary,
                "{\"title\":\"Recruitment of permanent experienced social workers\",\"ownerPersonId\":" + people.get("c.nolan")
                        + ",\"likelihood\":4,\"impact\":5,\"appetite\":12,\"reviewOn\":\"" + today.minusDays(5)
                        + "\",\"mitigationActionIds\":[" + hub + "]}")).object();
        assertTrue(recruitment.getBoolean("aboveAppetite") && recruitment.getBoolean("reviewOverdue"));
        ok(api.call("POST", "/api/v1/improvement/" + board + "/risks", secretary,
                "{\"title\":\"Pace of improvement under financial constraint\",\"ownerPersonId\":" + people.get("c.nolan")
                        + ",\"likelihood\":3,\"impact\":4,\"reviewOn\":\"" + today.plusMonths(3) + "\"}"));
        JsonObject register = ok(api.get("/api/v1/improvement/" + board + "/risks", police)).object();
        List<JsonObject> open = register.getJsonArray("risks").getValuesAs(JsonObject.class).stream()
                .filter(r -> !r.getBoolean("closed")).toList();
        for (int impact = 1; impact <= 5; impact++) {
            for (int likelihood = 1; likelihood <= 5; likelihood++) {
                int i = impact;
                int l = likelihood;
                assertEquals(open.stream().filter(r -> r.getInt("impact") == i && r.getInt("likelihood") == l).count(),
                        register.getJsonArray("matrix").getJsonArray(5 - impact).getInt(likelihood - 1),
                        "matrix cell impact " + impact + ", likelihood " + likelihood);
            }
        }
        assertTrue(register.getJsonArray("matrix").getJsonArray(0).getInt(3) >= 1, "impact 5, likelihood 4");
        assertEquals(409, api.call("PUT", "/api/v1/risks/" + recruitment.getInt("id"), secretary,
                "{\"likelihood\":3,\"impact\":5,\"reviewOn\":\"" + today.plusMonths(1) + "\",\"version\":"
                        + (recruitment.getInt("version") + 1) + "}").status());

        // The dashboard, its PDF, and a refresh after a visit that keeps the old revision.
        JsonObject dashboard = ok(api.get("/api/v1/plans/" + planId + "/dashboard", police)).object();
        assertTrue(dashboard.getJsonArray("overdueByAgency").toString().contains("Middlesbrough Council"));
        assertTrue(dashboard.getJsonArray("risksAboveAppetite").getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getInt("id") == recruitment.getInt("id")));
        assertFalse(dashboard.getJsonArray("risksAboveAppetite").toString().contains("Pace of improvement"),
                "12 is within an appetite of 12");
        assertEquals(1, dashboard.getJsonArray("upcomingInspections").size());
        String report = api.pdfText("/api/v1/plans/" + planId + "/board-report.pdf", police);
        assertTrue(report.contains("Police custody (PACE) beds") && report.contains("Recruitment of permanent"), report);
        JsonObject refreshed = ok(api.call("POST", "/api/v1/plans/" + planId + "/refresh", secretary,
                "{\"reason\":\"Refreshed after the March monitoring visit\",\"inspectionId\":" + ilacs.getInt("id")
                        + ",\"version\":" + plan.getInt("version") + "}")).object();
        assertEquals(2, refreshed.getInt("revision"));
        String kept = api.get("/api/v1/plans/" + planId + "/revisions/1", police).body();
        assertTrue(kept.contains("Short breaks") && kept.contains("\"rag\":\"RED\""), kept);

        try (Browser browser = new Browser(base.toString())) {
            browser.signIn("police");
            browser.open("/body/view.xhtml?id=" + board);
            assertEquals(1, browser.driver.findElements(org.openqa.selenium.By.id("improvementLink")).size(),
                    "members find the improvement pages from the body's page");
            browser.open("/body/view.xhtml?id=" + api.bodyIds().get("HWB"));
            assertTrue(browser.driver.findElements(org.openqa.selenium.By.id("improvementLink")).isEmpty(),
                    "but not on a body whose board papers they may not read");
            for (String page : new String[] {"/improvement/index.xhtml?body=" + board, "/improvement/plan.xhtml?id=" + planId,
                "/improvement/inspection.xhtml?id=" + ilacs.getInt("id"), "/improvement/indicator.xhtml?id=" + lac,
                "/improvement/indicator.xhtml?id=" + custody, "/improvement/risks.xhtml?body=" + board}) {
                browser.open(page);
                assertEquals("", browser.accessibilityViolations(), page);
            }
            browser.open("/improvement/indicator.xhtml?id=" + lac);
            assertTrue(browser.driver.findElements(org.openqa.selenium.By.cssSelector("canvas")).size() == 1,
                    "the trend is drawn");
            assertTrue(browser.find("#values").getText().contains("145.1 per 10,000"), "and tabled beside it");
            assertTrue(browser.driver.findElements(org.openqa.selenium.By.id("record:value")).isEmpty(),
                    "the police cannot record the council's indicator");
            browser.open("/improvement/indicator.xhtml?id=" + custody);
            browser.find("#record\\:value").sendKeys("about 1,300");
            browser.find("#record\\:save").click();
            browser.waitFor().until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                    org.openqa.selenium.By.cssSelector("#record .field__error"), "Enter the value as a number"));
            assertEquals("about 1,300", browser.find("#record\\:value").getDomProperty("value"), "what was typed stays");
            browser.open("/improvement/plan.xhtml?id=" + planId);
            browser.driver.findElement(org.openqa.selenium.By.cssSelector("a[title='Red actions of priority 7']")).click();
            assertTrue(browser.find("#list\\:actions").getText().contains("Short breaks"), "the figure opens its actions");
        }
        try (Browser browser = new Browser(base.toString())) {
            browser.signIn("secretary");
            browser.open("/action/edit.xhtml?body=" + board);
            assertEquals("", browser.accessibilityViolations(), "action form with plan priorities");
            assertTrue(browser.find("#actionForm\\:priority").getText().contains("Police custody (PACE) beds"));
            // Choosing the owning agency narrows the owners offered to its people.
            new org.openqa.selenium.support.ui.Select(browser.find("#actionForm\\:ownerAgency"))
                    .selectByVisibleText("Cleveland Police");
            browser.waitFor().until(d -> {
                var owners = new org.openqa.selenium.support.ui.Select(d.findElement(
                        org.openqa.selenium.By.id("actionForm:ownerPerson"))).getOptions();
                return owners.size() > 1 && owners.stream().skip(1).allMatch(o -> o.getText().endsWith("— Cleveland Police"));
            });
            browser.open("/improvement/manage.xhtml?body=" + board);
            assertEquals("", browser.accessibilityViolations(), "the secretary's improvement forms");
            new org.openqa.selenium.support.ui.Select(browser.find("#risk\\:riskOwner")).selectByIndex(1);
            new org.openqa.selenium.support.ui.Select(browser.find("#risk\\:likelihood")).selectByVisibleText("3");
            new org.openqa.selenium.support.ui.Select(browser.find("#risk\\:impact")).selectByVisibleText("5");
            String reviewOn = today.plusMonths(2).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            browser.find("#risk\\:reviewOn").sendKeys(reviewOn);
            browser.find("#risk\\:enter").click();
            // The form's own rule (RiskForm's @NotBlank), said beside the field, and nothing typed is lost.
            browser.waitFor().until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                    org.openqa.selenium.By.cssSelector("#risk .field__error"), "Enter the risk."));
            assertEquals("Nothing was saved: correct the fields marked below.", browser.find("#fixBelow").getText(),
                    "said at the top of the page too, where the reader lands");
            assertEquals("3", new org.openqa.selenium.support.ui.Select(browser.find("#risk\\:likelihood"))
                    .getFirstSelectedOption().getText(), "the likelihood chosen is still chosen");
            assertEquals(reviewOn, browser.find("#risk\\:reviewOn").getDomProperty("value"), "typed day first, kept");
            browser.find("#risk\\:riskTitle").sendKeys("Placement sufficiency for children with complex needs");
            browser.find("#risk\\:enter").click();
            browser.waitFor().until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                    org.openqa.selenium.By.id("messages"), "score 15"));

            browser.open("/improvement/risks.xhtml?body=" + board);
            assertEquals("", browser.accessibilityViolations(), "risk register with the review form");
            new org.openqa.selenium.support.ui.Select(browser.find("#review\\:risk"))
                    .selectByValue(String.valueOf(recruitment.getInt("id")));
            new org.openqa.selenium.support.ui.Select(browser.find("#review\\:likelihood")).selectByVisibleText("3");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];",
                    browser.find("#review\\:reviewOn"), today.plusMonths(3).toString());
            browser.find("#review\\:save").click();
            browser.waitFor().until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                    org.openqa.selenium.By.id("messages"), "score 15, next review"));
        }
        JsonObject afterReview = ok(api.get("/api/v1/improvement/" + board + "/risks", secretary)).object();
        assertTrue(afterReview.toString().contains("Placement sufficiency"), "the risk entered through the form");
        JsonObject recruitmentNow = afterReview.getJsonArray("risks").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getInt("id") == recruitment.getInt("id")).findFirst().orElseThrow();
        assertEquals(3, recruitmentNow.getInt("likelihood"), "reviewed through the register page");
        assertFalse(recruitmentNow.getBoolean("reviewOverdue"));
    }

    private String planAction(long board, String theme, Map<String, Long> priority, String owner, Map<String, Long> people,
                              LocalDate due) {
        return "{\"bodyId\":" + board + ",\"title\":\"" + theme + ": deliver the plan's actions\",\"ownerPersonId\":"
                + people.get(owner) + ",\"dueOn\":\"" + due + "\",\"priorityId\":" + priority.get(theme) + "}";
    }

    private long action(String json) throws Exception {
        return ok(api.call("POST", "/api/v1/actions", secretary, json)).object().getJsonNumber("id").longValue();
    }

    private void update(long action, String who, String progress, String impact, String status) throws Exception {
        String token = who.equals("secretary") ? secretary : api.token(who);
        ok(api.call("POST", "/api/v1/actions/" + action + "/updates", token, Json.createObjectBuilder()
                .add("progress", progress).add("impact", impact).add("status", status).add("version", version(action))
                .build().toString()));
    }

    private long version(long action) throws Exception {
        return ok(api.get("/api/v1/actions/" + action, secretary)).object().getJsonNumber("version").longValue();
    }

    private long indicator(long board, String name, long agency, Long priority, String polarity, String target)
            throws Exception {
        var b = Json.createObjectBuilder().add("name", name).add("unit", "COUNT").add("polarity", polarity)
                .add("ratePer", 10000).add("population", 32180).add("populationSource", "Mid-2016 population estimate")
                .add("ownerAgencyId", agency);
        if (priority != null) {
            b.add("priorityId", priority);
        }
        if (target != null) {
            b.add("target", new BigDecimal(target));
        }
        return ok(api.call("POST", "/api/v1/improvement/" + board + "/indicators", secretary, b.build().toString())).object()
                .getJsonObject("indicator").getJsonNumber("id").longValue();
    }

    private JsonObject values(long indicator, String token, String... datedValues) throws Exception {
        JsonObject last = null;
        for (String dv : datedValues) {
            String[] parts = dv.split(":");
            last = ok(api.call("POST", "/api/v1/indicators/" + indicator + "/values", token,
                    "{\"asAt\":\"" + parts[0] + "\",\"value\":" + parts[1] + "}")).object();
        }
        return last;
    }

    private static BigDecimal rateAt(JsonObject view, int index) {
        return view.getJsonArray("values").getJsonObject(index).getJsonNumber("rate").bigDecimalValue();
    }

    private static BigDecimal changeAt(JsonObject view, int index) {
        return view.getJsonArray("values").getJsonObject(index).getJsonNumber("changeFromPrevious").bigDecimalValue();
    }
}
