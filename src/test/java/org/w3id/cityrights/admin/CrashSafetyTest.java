package org.w3id.cityrights.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cityrights.build.Builder;
import org.w3id.cityrights.build.ProjectLayout;
import org.w3id.cityrights.store.QueryOutcome;
import org.w3id.cityrights.store.StoreLayout;
import org.w3id.cityrights.store.Tdb2Store;
import org.w3id.cityrights.support.TestProjects;
import org.w3id.cityrights.support.TestStore;
import org.w3id.cityrights.vocab.Ids;

/** Real child processes: SIGTERM lets a running query finish; SIGKILL during a build leaves the store usable. */
class CrashSafetyTest {
    static Path project;
    static final Pattern SERVING = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/");
    /** About five seconds of work on the shipped data: every pair of ratification records. */
    static final String SLOW = "PREFIX cr: <https://w3id.org/cityrights/ontology#> "
            + "SELECT (COUNT(*) AS ?n) WHERE { ?a a cr:Ratification . ?b a cr:Ratification }";

    @BeforeAll
    static void prepare() {
        project = TestProjects.copy("crash");
        new Builder(ProjectLayout.of(project), Ids.canonical(), TestStore.quiet()).build(new StoreLayout(project.resolve("store")));
    }

    @AfterAll static void clean() { TestProjects.delete(project); }

    static Process start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.w3id.cityrights.cli.Main"));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("--ontology", project.resolve("ontology").toString(), "--data", project.resolve("data").toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    @Test
    void sigterm_stops_accepting_lets_the_running_query_finish_and_exits_cleanly() throws Exception {
        Process p = start("serve", "--port", "0", "--store", project.resolve("store").toString(), "--grace-ms", "60000", "--timeout-ms", "60000");
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        int port = -1;
        String line;
        while (port < 0 && (line = out.readLine()) != null) {
            lines.add(line);
            Matcher m = SERVING.matcher(line);
            if (m.find()) port = Integer.parseInt(m.group(1));
        }
        assertTrue(port > 0, "the server did not start: " + lines);
        Thread drain = new Thread(() -> out.lines().forEach(lines::add));
        drain.start();

        HttpClient client = HttpClient.newHttpClient();
        String url = "http://127.0.0.1:" + port + "/sparql?query=" + java.net.URLEncoder.encode(SLOW, StandardCharsets.UTF_8);
        CompletableFuture<HttpResponse<String>> running = client.sendAsync(
                HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/csv").timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(queryIsRunning(client, port, 60_000), "the slow query never started");
        assertTrue(!running.isDone(), "the slow query should still be running");
        // SIGTERM through kill(1): Process.destroy() would also close our end of the child's output.
        assertEquals(0, new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor());
        assertTrue(refusesConnections(port, 20_000), "still accepting connections after SIGTERM");
        assertTrue(!running.isDone() || running.get().statusCode() == 200, "the running query was not cut off");

        HttpResponse<String> r = running.get(120, TimeUnit.SECONDS);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().matches("(?s)n\\r?\\n\\d+\\s*"), r.body());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the process did not exit");
        drain.join(5_000);
        assertTrue(p.exitValue() == 143 || p.exitValue() == 0, "exit code " + p.exitValue() + " (143 is the normal end by SIGTERM); output: " + lines);
        assertTrue(String.join("\n", lines).contains("stopped cleanly"), lines.toString());
        StoreLayout layout = new StoreLayout(project.resolve("store"));
        assertTrue(layout.current().isPresent(), "the current database is still there after a clean stop");
    }

    static boolean queryIsRunning(HttpClient client, int port, long withinMillis) throws Exception {
        long deadline = System.currentTimeMillis() + withinMillis;
        while (System.currentTimeMillis() < deadline) {
            String health = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (health.matches("(?s).*\"runningQueries\"\s*:\s*[1-9].*")) return true;
            Thread.sleep(50);
        }
        return false;
    }

    static boolean refusesConnections(int port, long withinMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + withinMillis;
        while (System.currentTimeMillis() < deadline) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                Thread.sleep(100);
            } catch (ConnectException e) {
                return true;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        return false;
    }

    @Test
    void a_build_killed_with_sigkill_leaves_the_previous_store_intact_and_the_next_build_works() throws Exception {
        StoreLayout layout = new StoreLayout(project.resolve("store"));
        Path before = layout.current().orElseThrow();
        // Make the inputs differ so that the child really builds.
        Files.writeString(project.resolve("data/extra-crash.ttl"), "<https://w3id.org/cityrights/id/dataset/cityrights> "
                + "<http://www.w3.org/2000/01/rdf-schema#comment> \"crash test\"@en .\n");
        Process p = start("build", "--store", project.resolve("store").toString());
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        AtomicInteger seen = new AtomicInteger();
        String line;
        // Kill it while it works: after it has read the inputs, before it could finish.
        while ((line = out.readLine()) != null) {
            seen.incrementAndGet();
            if (line.startsWith("materialised")) break;
        }
        p.destroyForcibly(); // SIGKILL
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertTrue(seen.get() > 0, "the build never started");

        assertEquals(before, layout.current().orElseThrow(), "CURRENT still names the previous database");
        try (Tdb2Store st = Tdb2Store.open(layout)) {
            assertTrue(((QueryOutcome.Bool) st.query(QueryFactory.create("ASK { ?s a <https://w3id.org/cityrights/ontology#CoreTreaty> }"), 10_000)).value());
        }
        new Builder(ProjectLayout.of(project), Ids.canonical(), TestStore.quiet()).build(layout);
        assertTrue(!layout.current().orElseThrow().equals(before), "the next build made a new database current");
        try (var dirs = Files.list(project.resolve("store"))) {
            assertEquals(1, dirs.filter(d -> d.getFileName().toString().startsWith("db-")).count(), "leftovers of the killed build were removed");
        }
    }
}
