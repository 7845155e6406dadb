package org.whatmatters.backend.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base for browser tests of the staff console: Debian's headless Chromium driven by Playwright (no
 * browser is downloaded), a fresh browser context per test, {@link #checkAccessibility} running
 * axe-core in the page (no serious or critical violation allowed) and {@link #screenshot} writing
 * PNGs under {@code target/screenshots/}. Without Chromium the tests are skipped on a workstation
 * and fail in CI ({@code CI=true}).
 */
public abstract class InTheBrowser extends WithAPartner {

    public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final List<String> ARGS =
            List.of(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run");

    private Playwright playwright;
    private Browser browser;
    private BrowserContext browserContext;
    protected Page page;
    private String axe;

    @BeforeAll
    void startChromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(
                        CHROMIUM
                                + " is missing: .ci/run installs chromium from Debian before the tests");
            }
            Assumptions.abort(
                    CHROMIUM
                            + " is not installed (apt-get install chromium): browser tests skipped");
        }
        playwright =
                Playwright.create(
                        new Playwright.CreateOptions()
                                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser =
                playwright
                        .chromium()
                        .launch(
                                new BrowserType.LaunchOptions()
                                        .setExecutablePath(CHROMIUM)
                                        .setHeadless(true)
                                        .setArgs(ARGS));
        try (InputStream in = InTheBrowser.class.getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void newBrowserContext() {
        browserContext =
                browser.newContext(
                        new Browser.NewContextOptions()
                                .setBaseURL(server.getURL().toString())
                                .setViewportSize(1024, 800)
                                .setLocale("en-GB")
                                .setTimezoneId("Europe/London"));
        browserContext.setDefaultTimeout(10_000);
        page = browserContext.newPage();
    }

    @AfterEach
    void closeBrowserContext() {
        if (browserContext != null) {
            browserContext.close();
        }
    }

    @AfterAll
    void stopChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** Another person's browser (another member of staff), with its own cookies. */
    protected Page anotherBrowser() {
        BrowserContext other =
                browser.newContext(
                        new Browser.NewContextOptions().setBaseURL(server.getURL().toString()));
        other.setDefaultTimeout(10_000);
        return other.newPage();
    }

    /** Signs in through the form and lands on the role's start page. */
    protected void signIn(Page in, String username, String password) {
        in.navigate("/console/sign-in");
        in.getByLabel("Username").fill(username);
        in.getByLabel("Password").fill(password);
        in.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        in.waitForURL(url -> !url.contains("/sign-in"));
    }

    /**
     * axe-core on the page as it is now: fails on any serious or critical violation, listing each.
     */
    protected void checkAccessibility(Page in, String what) {
        in.evaluate(axe);
        String result =
                (String)
                        in.evaluate(
                                "async () => JSON.stringify((await axe.run(document, {resultTypes: ['violations']})).violations)");
        JsonArray violations = JsonParser.parseString(result).getAsJsonArray();
        List<String> serious = new ArrayList<>();
        for (JsonElement element : violations) {
            JsonObject violation = element.getAsJsonObject();
            String impact =
                    violation.get("impact").isJsonNull()
                            ? ""
                            : violation.get("impact").getAsString();
            if (impact.equals("serious") || impact.equals("critical")) {
                List<String> targets = new ArrayList<>();
                violation
                        .getAsJsonArray("nodes")
                        .forEach(
                                node ->
                                        targets.add(
                                                node.getAsJsonObject().get("target").toString()));
                serious.add(
                        impact
                                + " "
                                + violation.get("id").getAsString()
                                + ": "
                                + violation.get("help").getAsString()
                                + " at "
                                + targets);
            }
        }
        assertThat(serious).as("serious or critical accessibility violations on " + what).isEmpty();
    }

    /** A full-page PNG under target/screenshots/. */
    protected Path screenshot(Page in, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        in.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /**
     * A small PNG of what an 800 by 600 window shows (for the README), under target/screenshots/.
     */
    protected Path smallScreenshot(Page in, String name) {
        Path file = SCREENSHOTS.resolve(name + "-small.png");
        in.setViewportSize(800, 600);
        in.evaluate("() => window.scrollTo(0, 0)");
        in.screenshot(new Page.ScreenshotOptions().setPath(file));
        in.setViewportSize(1024, 800);
        return file;
    }

    /** The page at 320 px wide (a small phone): nothing may need scrolling sideways. */
    protected void atPhoneWidth(Page in, String name) {
        in.setViewportSize(320, 640);
        Object overflow =
                in.evaluate(
                        "() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
        screenshot(in, name + "-320px");
        in.setViewportSize(1024, 800);
        assertThat(overflow).as(name + " scrolls sideways at 320 px").isEqualTo(false);
    }
}
