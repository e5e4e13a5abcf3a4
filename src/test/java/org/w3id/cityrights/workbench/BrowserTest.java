package org.w3id.cityrights.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.w3id.cityrights.store.StoreLayout;
import org.w3id.cityrights.store.Tdb2Store;
import org.w3id.cityrights.support.TestServer;
import org.w3id.cityrights.support.TestStore;

/**
 * The workbench in a real browser: headless Chromium from the Debian packages ({@code chromium},
 * {@code chromium-driver}), which .ci/run installs. Without them the tests are skipped on a developer's
 * machine and fail under CI. Each test saves a screenshot in target/browser-screenshots/.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target/browser-screenshots");
    static final Duration WAIT = Duration.ofSeconds(60);

    static ChromeDriver driver;
    static Path profile;
    static TestServer server;
    static Path hostileRoot;
    static Tdb2Store hostile;
    static TestServer hostileServer;

    @BeforeAll
    static void start() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException("CI needs Chromium for the browser tests: apt-get install chromium chromium-driver");
        }
        assumeTrue(installed, "Chromium is not installed (apt-get install chromium chromium-driver); browser tests skipped");
        Files.createDirectories(SHOTS);
        profile = Files.createTempDirectory("cityrights-chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // No internet here: background networking would only flood the log with refused connections.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
        server = WorkbenchServer.start(TestStore.get(), WorkbenchServer.settings(Files.createTempDirectory("links")));
        hostileRoot = HostileStore.newRoot();
        hostile = HostileStore.build(hostileRoot, "test-1");
        hostileServer = WorkbenchServer.start(hostile, WorkbenchServer.settings(Files.createTempDirectory("links")));
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
        if (hostileServer != null) hostileServer.close();
        if (hostile != null) hostile.close();
        if (hostileRoot != null) StoreLayout.deleteTree(hostileRoot);
        if (profile != null) StoreLayout.deleteTree(profile);
    }

    static void until(String what, Supplier<Boolean> condition) {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            try {
                if (Boolean.TRUE.equals(condition.get())) return;
            } catch (RuntimeException e) {
                // not there yet
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        screenshot("timeout-" + what.replaceAll("[^a-z]+", "-"));
        throw new AssertionError("timed out waiting for " + what + " on " + driver.getCurrentUrl());
    }

    static void screenshot(String name) {
        try {
            Files.write(SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String attr(String name) { return driver.findElement(By.tagName("body")).getAttribute(name); }

    @Test
    void the_editor_runs_a_saved_query_example_and_shows_its_rows() {
        driver.get(server.url("/query"));
        until("the examples", () -> !driver.findElements(By.cssSelector("button.example[data-name='treaty-invocations']")).isEmpty());
        driver.findElement(By.cssSelector("button.example[data-name='treaty-invocations']")).click();
        until("result rows", () -> driver.findElements(By.cssSelector(".yasr table tbody tr")).size() >= 5);
        String table = driver.findElement(By.cssSelector(".yasr table tbody")).getText();
        assertTrue(table.contains("CEDAW"), table);
        screenshot("editor-saved-query");
    }

    @Test
    void an_embedded_bar_chart_draws_a_bar_per_row_and_number() {
        driver.get(server.url("/embed/treaty-invocations?view=bar"));
        until("the chart", () -> "true".equals(attr("data-drawn")));
        List<WebElement> bars = driver.findElements(By.cssSelector("#chart svg rect.mark"));
        assertEquals(Integer.parseInt(attr("data-marks")), bars.size());
        assertTrue(bars.size() >= 2 * 18, "two numbers for each of the 18 treaties: " + bars.size());
        assertTrue(bars.stream().anyMatch(b -> Double.parseDouble(b.getAttribute("width")) > 100), "the CEDAW bar is long");
        screenshot("embed-bar");
    }

    @Test
    void an_embedded_map_draws_the_offline_basemap_and_the_points() {
        driver.get(server.url("/embed/localities-map"));
        until("the map", () -> "true".equals(attr("data-drawn")));
        assertTrue(Integer.parseInt(attr("data-basemap")) > 100, "countries drawn: " + attr("data-basemap"));
        assertTrue(driver.findElements(By.cssSelector("#chart .land path")).size() > 100);
        int points = driver.findElements(By.cssSelector("#chart .points circle")).size();
        assertTrue(points > 20, "points: " + points);
        screenshot("embed-map");
    }

    @Test
    void an_embedded_timeline_draws_the_dated_rows() {
        driver.get(server.url("/embed/city-timeline"));
        until("the timeline", () -> "true".equals(attr("data-drawn")));
        assertTrue(Integer.parseInt(attr("data-marks")) >= 5, "Gwangju has at least five dated steps");
        assertTrue(driver.findElement(By.id("chart")).getText().contains("Gwangju Human Rights Charter"));
        screenshot("embed-timeline");
    }

    @Test
    void a_label_with_a_script_element_is_drawn_as_text_and_never_runs() {
        String q = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX ex: <https://example.org/test/> "
                + "SELECT ?label ?score WHERE { ?p rdfs:label ?label ; ex:score ?score } ORDER BY ?label";
        driver.get(hostileServer.url("/embed?view=bar&query=" + TestServer.enc(q)));
        until("the chart", () -> "true".equals(attr("data-drawn")));
        // The bar's tooltip holds the whole label; the axis shows its first 40 characters.
        String text = (String) ((JavascriptExecutor) driver).executeScript("return document.getElementById('chart').textContent;");
        assertTrue(text.contains("<script>window.__pwned = true; alert(1)</script>"), text);
        assertTrue(driver.findElement(By.id("chart")).getText().contains("<script>window.__pwned"), "the label is drawn as text");
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) driver).executeScript("return window.__pwned === undefined;"));
        assertTrue(driver.findElements(By.cssSelector("#chart img")).isEmpty());
        screenshot("embed-hostile-labels");
    }

    @Test
    void a_permalink_made_in_the_editor_opens_its_page_with_the_results() {
        String q = "PREFIX cr: <https://w3id.org/cityrights/ontology#>\nSELECT ?treaty WHERE { ?t a cr:Treaty ; cr:abbreviation ?treaty } ORDER BY ?treaty";
        driver.get(server.url("/query?query=" + TestServer.enc(q)));
        until("the editor", () -> !driver.findElements(By.cssSelector(".CodeMirror")).isEmpty());
        driver.findElement(By.id("permalink")).click();
        until("the permalink", () -> !driver.findElements(By.id("permalink-url")).isEmpty());
        String href = driver.findElement(By.id("permalink-url")).getAttribute("href");
        assertTrue(href.matches(".*/q/[a-z2-7]{10,}"), href);
        screenshot("editor-permalink");
        driver.get(href);
        until("the permalink page", () -> driver.findElements(By.cssSelector("table.results tbody tr")).size() == 18);
        String page = driver.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("the same result as when the link was saved"), page);
        assertTrue(page.contains("@misc{cityrights-"), page);
        screenshot("permalink-page");
    }
}
