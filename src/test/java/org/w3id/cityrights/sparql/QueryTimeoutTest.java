package org.w3id.cityrights.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.w3id.cityrights.http.ServerConfig;
import org.w3id.cityrights.support.TestServer;
import org.w3id.cityrights.support.TestStore;

/** A query over its time limit is cancelled and answered with 503 and a message, never a truncated 200. */
class QueryTimeoutTest {
    /** A cross product of every triple with every triple, four times over: billions of rows. */
    static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @Test
    void a_query_over_the_time_limit_gets_503_with_a_message() {
        try (TestServer server = new TestServer(TestStore.get(), ServerConfig.local(0).withTimeout(300))) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = server.get("/sparql?query=" + TestServer.enc(RUNAWAY), "Accept", "text/csv");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().contains("time limit of 300 ms"), r.body());
            assertTrue(ms < 30_000, "the query was not stopped: it took " + ms + " ms");
            // The server still answers ordinary queries afterwards.
            assertEquals(200, server.get("/sparql?query=" + TestServer.enc("ASK { ?s ?p ?o }")).statusCode());
        }
    }
}
