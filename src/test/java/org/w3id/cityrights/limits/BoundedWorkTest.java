package org.w3id.cityrights.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.w3id.cityrights.http.ServerConfig;
import org.w3id.cityrights.support.TestServer;
import org.w3id.cityrights.support.TestStore;

/** Time, rows and concurrency are bounded, and an ordinary query still gets through while runaways run. */
class BoundedWorkTest {
    /** A cross product of all triples with themselves four times over: it never finishes in time. */
    static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    static final String RATIFICATIONS = "SELECT ?r WHERE { ?r a <https://w3id.org/cityrights/ontology#Ratification> }";

    static String q(String query) { return "/sparql?query=" + TestServer.enc(query); }

    @Test
    void a_result_over_the_row_limit_is_refused_with_a_way_forward() {
        ServerConfig config = ServerConfig.local(0).withLimits(Limits.DEFAULTS.withMaxRows(10));
        try (TestServer server = new TestServer(TestStore.get(), config)) {
            HttpResponse<String> over = server.get(q(RATIFICATIONS));
            assertEquals(400, over.statusCode());
            assertTrue(over.body().contains("more than 10 rows") && over.body().contains("LIMIT"), over.body());
            assertEquals(200, server.get(q(RATIFICATIONS + " LIMIT 10")).statusCode());
            assertEquals(400, server.get(q("CONSTRUCT WHERE { ?s ?p ?o }")).statusCode(), "triples count too");
        }
    }

    @Test
    void when_every_slot_is_busy_the_server_answers_503_with_retry_after() throws Exception {
        ServerConfig config = ServerConfig.local(0).withLimits(Limits.DEFAULTS.withTimeout(4_000).withConcurrency(1, 100));
        try (TestServer server = new TestServer(TestStore.get(), config)) {
            CompletableFuture<HttpResponse<String>> busy = CompletableFuture.supplyAsync(() -> server.get(q(RUNAWAY)));
            Thread.sleep(500);
            HttpResponse<String> turnedAway = server.get(q("ASK { ?s ?p ?o }"));
            assertEquals(503, turnedAway.statusCode(), turnedAway.body());
            assertTrue(turnedAway.headers().firstValue("Retry-After").isPresent());
            assertEquals(503, busy.get().statusCode(), "the runaway itself is stopped by the time limit");
            assertEquals(200, server.get(q("ASK { ?s ?p ?o }")).statusCode(), "the slot is free again");
        }
    }

    @Test
    void an_ordinary_query_answers_within_a_second_while_four_runaways_run() throws Exception {
        ServerConfig config = ServerConfig.local(0).withTimeout(6_000);
        String ordinary = Files.readString(Path.of("queries/cq/treaty-gap-by-country.rq"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (TestServer server = new TestServer(TestStore.get(), config)) {
            server.get(q(ordinary)); // warm the code paths once
            List<CompletableFuture<HttpResponse<String>>> runaways = new ArrayList<>();
            for (int i = 0; i < 4; i++) runaways.add(CompletableFuture.supplyAsync(() -> server.get(q(RUNAWAY)), pool));
            Thread.sleep(1_000); // let all four get going
            long t0 = System.nanoTime();
            HttpResponse<String> r = server.get(q(ordinary), "Accept", "text/csv");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("United States of America"), r.body());
            assertTrue(ms < 1_000, "the ordinary query took " + ms + " ms while four runaways ran");
            for (CompletableFuture<HttpResponse<String>> f : runaways) assertEquals(503, f.get().statusCode(), "runaways end at the time limit");
        } finally {
            pool.shutdownNow();
        }
    }
}
