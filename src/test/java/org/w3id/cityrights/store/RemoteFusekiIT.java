package org.w3id.cityrights.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.atlas.web.HttpException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cityrights.cli.Main;
import org.w3id.cityrights.support.QueryFiles;
import org.w3id.cityrights.support.TestProjects;

/**
 * The scale-out path end to end, run by .ci/run ({@code mvn verify -Premote-it}): a real Apache Jena
 * Fuseki server process (the jar from Maven Central) on loopback, loaded by {@code cityrights build
 * --gsp-endpoint}, and {@code cityrights serve --sparql-endpoint} in its own process answering every
 * competency question with its expected result.
 */
class RemoteFusekiIT {
    static Path work;
    static Process fuseki;
    static Process front;
    static String service;
    static String frontUrl;
    static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();

    @BeforeAll
    static void startFuseki() throws Exception {
        Path jar = Path.of(System.getProperty("cityrights.fuseki.jar", "target/fuseki/jena-fuseki-server-5.6.0.jar"));
        assertTrue(Files.isRegularFile(jar), "no Fuseki jar at " + jar + " (run with -Premote-it, which fetches it)");
        work = Files.createTempDirectory("cityrights-fuseki");
        Path db = Files.createDirectories(work.resolve("tdb2"));
        String config = Files.readString(Path.of("src/test/resources/fuseki/cityrights-config.ttl"), StandardCharsets.UTF_8)
                .replace("@LOCATION@", db.toString().replace("\\", "/"));
        Files.writeString(work.resolve("config.ttl"), config, StandardCharsets.UTF_8);
        int port = freePort();
        ProcessBuilder pb = new ProcessBuilder(javaBin(), "-Xmx512m", "-jar", jar.toAbsolutePath().toString(),
                "--localhost", "--port", Integer.toString(port), "--config", work.resolve("config.ttl").toString())
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("fuseki.log").toFile());
        // Fuseki writes a run/ folder into its base: keep it in the temporary folder.
        pb.environment().put("FUSEKI_BASE", work.resolve("run").toString());
        fuseki = pb.start();
        service = "http://127.0.0.1:" + port + "/cityrights";
        waitFor(service + "/sparql?query=ASK%7B%7D", fuseki);
    }

    @AfterAll
    static void stop() throws Exception {
        for (Process p : new Process[] {front, fuseki}) {
            if (p != null) {
                p.destroy();
                if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly();
            }
        }
        TestProjects.delete(work);
    }

    @Test
    void build_loads_fuseki_through_the_graph_store_protocol_and_serve_answers_every_competency_question_over_it() throws Exception {
        assertEquals(0, Main.execute("build", "--store", work.resolve("store").toString(), "--gsp-endpoint", service + "/data"));

        // A graph a previous build had, listed in the meta graph, disappears with the next build.
        String stray = "https://w3id.org/cityrights/graph/data/removed-input";
        GSP.service(service + "/data").graphName(stray).PUT(graph("<urn:x:s> <urn:x:p> \"left over\" ."));
        GSP.service(service + "/data").graphName("https://w3id.org/cityrights/graph/meta").POST(graph(
                "<https://w3id.org/cityrights/id/dataset/cityrights> <http://purl.org/dc/terms/hasPart> <" + stray + "> ."));
        assertEquals(0, Main.execute("build", "--store", work.resolve("store").toString(), "--gsp-endpoint", service + "/data"));
        int status = 0;
        try {
            GSP.service(service + "/data").graphName(stray).GET();
        } catch (HttpException e) {
            status = e.getStatusCode();
        }
        assertEquals(404, status, "the graph the new build no longer has must be deleted");

        startFront();
        for (Path f : QueryFiles.list(Path.of("queries/cq"))) {
            HttpResponse<String> r = get(frontUrl + "/sparql?query=" + java.net.URLEncoder.encode(QueryFiles.text(f), StandardCharsets.UTF_8), "text/csv");
            assertEquals(200, r.statusCode(), f + ": " + r.body());
            Path expected = Path.of("queries/cq").resolve(QueryFiles.header(f, "Expected result").orElseThrow());
            assertEquals(QueryFiles.canonical(Files.readString(expected, StandardCharsets.UTF_8), expected.toString()),
                    QueryFiles.canonical(r.body(), f.toString()), f + " over Fuseki");
        }
        HttpResponse<String> api = get(frontUrl + "/api/treaty-gap.csv", "text/csv");
        assertEquals(200, api.statusCode(), api.body());
        HttpResponse<String> health = get(frontUrl + "/health", "application/json");
        assertTrue(health.body().contains("\"status\" : \"ok\""), health.body());
        HttpResponse<String> update = HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(frontUrl + "/sparql"))
                .header("Content-Type", "application/sparql-update").POST(java.net.http.HttpRequest.BodyPublishers.ofString("DROP ALL")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, update.statusCode(), "the front end stays read-only over a writable service");
    }

    private static void startFront() throws Exception {
        Path jar = Path.of(System.getProperty("cityrights.jar", "target/cityrights.jar"));
        assertTrue(Files.isRegularFile(jar), "no cityrights jar at " + jar + " (integration tests run after package)");
        front = new ProcessBuilder(javaBin(), "-Xmx512m", "-jar", jar.toAbsolutePath().toString(), "serve", "--sparql-endpoint", service + "/sparql",
                "--port", "0", "--store", work.resolve("front").toString()).redirectErrorStream(true).start();
        Pattern serving = Pattern.compile("serving dataset \\S+ at http://127\\.0\\.0\\.1:(\\d+)/");
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(front.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    Matcher m = serving.matcher(line);
                    if (m.find()) url.complete("http://127.0.0.1:" + m.group(1));
                    if (line.startsWith("error:")) url.completeExceptionally(new AssertionError(line));
                }
            } catch (IOException e) {
                url.completeExceptionally(e);
            }
            url.completeExceptionally(new AssertionError("serve exited without serving"));
        }, "front-output");
        reader.setDaemon(true);
        reader.start();
        frontUrl = url.get(120, TimeUnit.SECONDS);
    }

    private static Graph graph(String ntriples) {
        return RDFParser.fromString(ntriples, Lang.NTRIPLES).toGraph();
    }

    private static HttpResponse<String> get(String url, String accept) throws Exception {
        return HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void waitFor(String url, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertTrue(p.isAlive(), "Fuseki exited; see " + work.resolve("fuseki.log"));
            try {
                if (get(url, "application/sparql-results+json").statusCode() == 200) return;
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Fuseki did not answer within 120 s; see " + work.resolve("fuseki.log"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String javaBin() { return Path.of(System.getProperty("java.home"), "bin", "java").toString(); }
}
