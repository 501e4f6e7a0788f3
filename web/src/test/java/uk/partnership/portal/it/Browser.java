package uk.partnership.portal.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven through Debian's chromedriver; nothing is downloaded at run time. */
public final class Browser implements AutoCloseable {

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    public final ChromeDriver driver;
    private final String base;

    public Browser(String base) throws IOException {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,1024", "--lang=en-GB",
                "--user-data-dir=" + Files.createTempDirectory("portal-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "en-GB"));  // a UK reader
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public void open(String path) {
        driver.get(base + path);
    }

    /** Signs in with the demo password by keyboard, after dropping any earlier session. */
    public void signIn(String username) {
        driver.manage().deleteAllCookies();
        open("/login.xhtml");
        find("#signIn\\:username").sendKeys(username, org.openqa.selenium.Keys.TAB, "Partnership-Demo-2026",
                org.openqa.selenium.Keys.ENTER);
        secondFactorIfAsked(username);
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("signOutForm:signOut")));
    }

    /** After the password: the demo authenticator's code, for the accounts that run the portal. */
    public void secondFactorIfAsked(String username) {
        if (!DemoAuthenticator.ENROLLED.contains(username)) {
            return;
        }
        find("#secondFactor\\:code").sendKeys(DemoAuthenticator.nextCode(username), org.openqa.selenium.Keys.ENTER);
    }

    public WebElement find(String css) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public String heading() {
        return find("h1").getText();
    }

    /**
     * Waits up to 20 s. A page replaced while the condition is being checked (after a form post) can make Chrome
     * report "Node … does not belong to the document"; that only means "not yet", so the wait polls again — a real
     * failure still ends in a timeout that carries the last error.
     */
    public WebDriverWait waitFor() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    /** WCAG 2.2 A and AA violations on the current page, one line each, empty when there are none. */
    public String accessibilityViolations() {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        List<Rule> violations = results.getViolations();
        return violations.stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " at " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
