package uk.partnership.portal.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import uk.partnership.portal.it.Api;
import uk.partnership.portal.it.Browser;

/**
 * The README's cluster, proved: two Payara Micro nodes of the built war clustered by Payara's Hazelcast over a TCP/IP
 * member list, HAProxy with sticky sessions in front, one PostgreSQL (see {@link Cluster} and config/cluster/).
 * Revocation through one node holds on the other at the next request; two saves of one record through different
 * nodes give one success and one conflict; mail is sent once though both nodes run the sender; a PostgreSQL restart
 * under a writing load loses no acknowledged write; and a person whose node is killed carries on, on the other.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static Cluster cluster;
    private static Api front;
    private static Api nodeA;
    private static Api nodeB;

    @BeforeAll
    static void start() throws Exception {
        Path work = Path.of("target", "cluster").toAbsolutePath();
        cluster = new Cluster(work);
        cluster.start();
        front = new Api(cluster.frontBase());
        nodeA = new Api(cluster.a.base());
        nodeB = new Api(cluster.b.base());
        String log = Files.readString(work.resolve("node-b.log"));
        assertTrue(log.contains("DG Size: 2"),
                "node B joined node A's data grid (see target/cluster/node-b.log)");
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    /**
     * An account disabled through the node that began a person's page session (through HAProxy): the session, which
     * the other node carries from the data grid, and the person's API token are refused at their next request there.
     */
    @Test
    @Order(1)
    void revocationThroughOneNodeHoldsOnTheOther() throws Exception {
        try (Browser browser = new Browser(cluster.frontBase())) {
            browser.signIn("school");
            Cookie sticky = browser.driver.manage().getCookieNamed("PORTALNODE");
            assertTrue(sticky != null, "HAProxy made the session sticky");
            // Revoked through the node that began the session; checked on the other.
            Api began = "a".equals(sticky.getValue()) ? nodeA : nodeB;
            Api other = began == nodeA ? nodeB : nodeA;
            String admin = began.token("admin");
            String school = began.token("school");
            long schoolId = began.personIds().get("school");
            browser.driver.get(other.base() + "/body/list.xhtml");
            assertFalse(browser.driver.findElements(By.id("signOutForm:signOut")).isEmpty(),
                    "the other node carries the session begun on " + began.base());
            assertEquals(200, other.get("/api/v1/bodies", school).status());

            JsonObject person = Api.ok(began.get("/api/v1/people/" + schoolId, admin)).object();
            Api.ok(began.call("POST", "/api/v1/people/" + schoolId + "/disable", admin,
                    "{\"version\":" + person.getInt("version") + "}"));
            try {
                assertEquals(401, other.get("/api/v1/bodies", school).status(), "the token, on the other node");
                browser.driver.get(other.base() + "/body/list.xhtml");
                assertTrue(browser.driver.findElements(By.id("signOutForm:signOut")).isEmpty(),
                        "the session, on the other node: " + browser.driver.getCurrentUrl());
            } finally {
                JsonObject now = Api.ok(began.get("/api/v1/people/" + schoolId, admin)).object();
                Api.ok(began.call("POST", "/api/v1/people/" + schoolId + "/enable", admin,
                        "{\"version\":" + now.getInt("version") + "}"));
            }
        }
    }

    /** Two progress updates of one action from the same version, through node A and node B: one wins, one is told. */
    @Test
    @Order(2)
    void twoSavesOfOneRecordThroughDifferentNodesGiveOneConflict() throws Exception {
        String police = nodeA.token("police");
        JsonObject action = policeActions(police).get(0);
        long id = action.getJsonNumber("id").longValue();
        int version = Api.ok(nodeA.get("/api/v1/actions/" + id, police)).object().getInt("version");
        List<CompletableFuture<Integer>> saves = new ArrayList<>();
        for (Api node : List.of(nodeA, nodeB)) {
            saves.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return node.call("POST", "/api/v1/actions/" + id + "/updates", police,
                            "{\"progress\":\"Saved through " + node.base() + "\",\"version\":" + version + "}").status();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        List<Integer> statuses = saves.stream().map(CompletableFuture::join).sorted().toList();
        assertEquals(List.of(201, 409), statuses, "one save wins, the other gets the conflict answer");
    }

    /**
     * Both nodes run the outbox sender every two seconds and the hourly reminders: an agenda published through node A
     * reaches each member once, and reminders asked of both nodes at the same moment are written once.
     */
    @Test
    @Order(3)
    void scheduledWorkRunsOnceAcrossTheCluster() throws Exception {
        String secretary = nodeA.token("secretary");
        String list = Api.ok(nodeA.get("/api/v1/meetings?from=" + LocalDate.now() + "&to=" + LocalDate.now().plusYears(1),
                secretary)).body();
        java.util.regex.Matcher draft = java.util.regex.Pattern.compile("\\{[^{}]*\"bodyShortName\":\"CYPSC\",\"id\":"
                + "(\\d+)[^{}]*\"statusCode\":\"SCHEDULED\"").matcher(list);
        assertTrue(draft.find(), list);
        JsonObject meeting = Api.ok(nodeA.get("/api/v1/meetings/" + draft.group(1), secretary)).object();
        Api.ok(nodeA.call("POST", "/api/v1/meetings/" + draft.group(1) + "/publish", secretary,
                "{\"version\":" + meeting.getInt("version") + "}"));

        String admin = nodeA.token("admin");
        List<CompletableFuture<Integer>> rounds = new ArrayList<>();
        for (Api node : List.of(nodeA, nodeB)) {
            String token = node == nodeA ? admin : nodeB.token("admin");
            rounds.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return Api.ok(node.call("POST", "/api/v1/mail/reminders", token, null)).object().getInt("actions");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        int reminded = rounds.stream().mapToInt(CompletableFuture::join).sum();
        assertTrue(reminded > 0, "the demo has actions to remind about, so both nodes had work to race for");
        assertEquals(0, Api.ok(nodeB.call("POST", "/api/v1/mail/reminders", admin, null)).object().getInt("actions"),
                "a later round finds today's reminders written");

        // Wait until the outbox is empty, then count what the mail server took.
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int waiting;
        do {
            Thread.sleep(1000);
            try (var db = cluster.jdbc(); var rs = db.createStatement().executeQuery(
                    "select count(*) from notification where sent_at is null and dropped is null")) {
                rs.next();
                waiting = rs.getInt(1);
            }
        } while (waiting > 0 && System.nanoTime() < deadline);
        assertEquals(0, waiting, "the outbox emptied");
        Thread.sleep(3000); // a second sender's round, had it taken the same rows, would have landed by now
        Map<String, Long> copies = cluster.mail.received().stream().map(m -> {
            try {
                return m.getAllRecipients()[0] + " | " + m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertTrue(copies.keySet().stream().anyMatch(k -> k.contains("Agenda published")), copies.keySet().toString());
        assertTrue(copies.values().stream().allMatch(n -> n == 1), "each message once: " + copies);
        System.out.printf("Jobs once: %d messages, each once; %d actions reminded by two nodes at once%n",
                copies.size(), reminded);
    }

    /**
     * While eight writers post progress updates through HAProxy, PostgreSQL is stopped and started again: both nodes
     * report DOWN while it is away, answer again within 30 s of its return, and every update acknowledged with 2xx is
     * in the database afterwards.
     */
    @Test
    @Order(4)
    void aDatabaseRestartUnderLoadLosesNoAcknowledgedWrite() throws Exception {
        String police = front.token("police");
        List<JsonObject> actions = policeActions(police);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        int writerCount = Math.min(8, actions.size());
        for (int w = 0; w < writerCount; w++) {
            long id = actions.get(w).getJsonNumber("id").longValue();
            int writer = w;
            writers.add(CompletableFuture.runAsync(() -> {
                int n = 0;
                while (running.get()) {
                    String text = "Restart load " + writer + "-" + n++;
                    try {
                        Api.Reply current = front.get("/api/v1/actions/" + id, police);
                        statuses.computeIfAbsent(current.status(), s -> new AtomicInteger()).incrementAndGet();
                        if (current.status() != 200) {
                            refused.incrementAndGet();
                            Thread.sleep(200);
                            continue;
                        }
                        Api.Reply saved = front.call("POST", "/api/v1/actions/" + id + "/updates", police,
                                "{\"progress\":\"" + text + "\",\"version\":" + current.object().getInt("version") + "}");
                        statuses.computeIfAbsent(saved.status(), s -> new AtomicInteger()).incrementAndGet();
                        if (saved.status() / 100 == 2) {
                            acknowledged.add(text);
                        } else if (saved.status() >= 500 && saved.status() != 503) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        refused.incrementAndGet();
                    }
                }
            }, java.util.concurrent.Executors.newSingleThreadExecutor()));
        }
        Thread.sleep(5000);
        int before = acknowledged.size();
        assertTrue(before > 0, "the load is writing");

        cluster.stopDatabase();
        long stopped = System.nanoTime();
        boolean aDown = false;
        boolean bDown = false;
        while ((!aDown || !bDown) && System.nanoTime() - stopped < Duration.ofSeconds(20).toNanos()) {
            aDown |= cluster.a.readyStatus() == 503;
            bDown |= cluster.b.readyStatus() == 503;
            Thread.sleep(250);
        }
        assertTrue(aDown && bDown, "both nodes report DOWN while the database is away");
        Thread.sleep(3000);
        int during = acknowledged.size();
        cluster.startDatabase();
        long back = System.nanoTime();
        while (acknowledged.size() == during && System.nanoTime() - back < Duration.ofSeconds(60).toNanos()) {
            Thread.sleep(100);
        }
        double answeringAfter = (System.nanoTime() - back) / 1e9;
        Thread.sleep(3000);
        running.set(false);
        writers.forEach(CompletableFuture::join);

        assertTrue(answeringAfter < 30, "writes acknowledged again " + answeringAfter + " s after the database returned");
        assertEquals(0, errors.get(), "no 500s, only 503s while the database was away: " + statuses);
        Set<String> stored = new HashSet<>();
        try (var db = cluster.jdbc(); var rs = db.createStatement().executeQuery(
                "select progress from action_update where progress like 'Restart load %'")) {
            while (rs.next()) {
                stored.add(rs.getString(1));
            }
        }
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(stored);
        assertEquals(Collections.emptySet(), lost, "every acknowledged write is in the database");
        System.out.printf("Database restart under load: %d writes acknowledged (%d before the stop), answering again "
                + "%.1f s after PostgreSQL returned; statuses %s%n", acknowledged.size(), before, answeringAfter, statuses);
    }

    /**
     * A police partner signed in through HAProxy half-fills a progress update; their node is killed; the update is
     * then sent and accepted by the other node (or refused with a message that keeps the text), and they carry on
     * signed in, with no HTTP 500.
     */
    @Test
    @Order(5)
    void aPersonWhoseNodeIsKilledCarriesOnOnTheOther() throws Exception {
        String police = front.token("police");
        long id = policeActions(police).get(0).getJsonNumber("id").longValue();
        try (Browser browser = new Browser(cluster.frontBase())) {
            browser.signIn("police");
            browser.open("/action/view.xhtml?id=" + id);
            String text = "Typed before the node went down " + System.nanoTime();
            browser.find("#update\\:progress").sendKeys(text);
            Cookie node = browser.driver.manage().getCookieNamed("PORTALNODE");
            assertTrue(node != null, "HAProxy made the session sticky");
            Cluster.Node serving = "a".equals(node.getValue()) ? cluster.a : cluster.b;
            serving.kill();

            browser.find("#update\\:send").click();
            browser.waitFor().until(d -> !d.findElements(By.id("historyHeading")).isEmpty()
                    || !d.findElements(By.id("errorMessage")).isEmpty());
            String page = browser.driver.findElement(By.tagName("body")).getText();
            assertFalse(page.contains("Something went wrong"), page);
            boolean saved = Api.ok(front.get("/api/v1/actions/" + id, police)).body().contains(text);
            boolean keptWithMessage = !browser.driver.findElements(By.id("update:progress")).isEmpty()
                    && text.equals(browser.find("#update\\:progress").getAttribute("value"))
                    && !browser.driver.findElements(By.cssSelector(".message--error")).isEmpty();
            assertTrue(saved || keptWithMessage, "accepted by the other node, or refused keeping the text: " + page);

            browser.open("/index.xhtml");
            assertFalse(browser.driver.findElements(By.id("signOutForm:signOut")).isEmpty(),
                    "still signed in on the other node, with no new sign-in");
            System.out.printf("Failover: %s killed; the half-filled update was %s%n", serving.name,
                    saved ? "saved by the other node" : "refused with a message, the text kept");
        }
    }

    /** The police's open actions (at least one). */
    private static List<JsonObject> policeActions(String police) throws Exception {
        List<JsonObject> actions = Api.ok(front.get("/api/v1/actions?whose=MY_AGENCY&status=OPEN&size=20", police))
                .object().getJsonArray("actions").getValuesAs(JsonObject.class);
        assertFalse(actions.isEmpty(), "the demo gives the police open actions");
        return actions;
    }
}
