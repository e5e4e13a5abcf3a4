package org.w3id.cityrights.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.w3id.cityrights.http.ServerConfig;
import org.w3id.cityrights.limits.Limits;
import org.w3id.cityrights.support.TestServer;
import org.w3id.cityrights.support.TestStore;

/**
 * Answers carry entity tags and Cache-Control, revalidate with 304, and repeated queries are served
 * from memory; none of it weakens the limits: SERVICE, the client budget, timeouts and errors behave
 * as without a cache.
 */
class HttpCachingTest {
    static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/cityrights/ontology#Locality> }";
    static final String COUNT_RESPACED = "# the same question, written differently\nSELECT  (COUNT(*) AS ?n)\nWHERE {\n  ?s a <https://w3id.org/cityrights/ontology#Locality>\n}";

    static String q(String query) { return "/sparql?query=" + TestServer.enc(query); }

    static long hits(TestServer server) {
        String health = server.get("/health").body();
        return Long.parseLong(health.replaceAll("(?s).*\"hits\"\\s*:\\s*(\\d+).*", "$1"));
    }

    @Test
    void answers_have_an_entity_tag_and_cache_control_and_revalidate_with_304() {
        try (TestServer server = new TestServer(TestStore.get())) {
            HttpResponse<String> first = server.get(q(COUNT), "Accept", "text/csv");
            assertEquals(200, first.statusCode(), first.body());
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));
            assertTrue(etag.startsWith("W/\""), etag);
            assertEquals("public, max-age=60", first.headers().firstValue("Cache-Control").orElse(""));

            HttpResponse<String> again = server.get(q(COUNT), "Accept", "text/csv", "If-None-Match", etag);
            assertEquals(304, again.statusCode());
            assertEquals("", again.body());
            assertEquals(etag, again.headers().firstValue("ETag").orElse(""));

            assertEquals(200, server.get(q(COUNT), "Accept", "text/csv", "If-None-Match", "W/\"something-else\"").statusCode());
        }
    }

    @Test
    void the_tag_names_the_normalised_query_and_the_negotiated_format() {
        try (TestServer server = new TestServer(TestStore.get())) {
            String csv = server.get(q(COUNT), "Accept", "text/csv").headers().firstValue("ETag").orElseThrow();
            String respaced = server.get(q(COUNT_RESPACED), "Accept", "text/csv;q=0.9").headers().firstValue("ETag").orElseThrow();
            String json = server.get(q(COUNT), "Accept", "application/sparql-results+json").headers().firstValue("ETag").orElseThrow();
            assertEquals(csv, respaced, "spacing, comments and the spelling of Accept do not change the answer");
            assertNotEquals(csv, json, "another format is another representation");
            // A revalidation of the respaced query is answered without running it.
            assertEquals(304, server.get(q(COUNT_RESPACED), "Accept", "text/csv", "If-None-Match", csv).statusCode());
        }
    }

    @Test
    void a_repeated_query_is_served_from_memory_with_the_same_answer() {
        try (TestServer server = new TestServer(TestStore.get())) {
            HttpResponse<String> first = server.get(q(COUNT_RESPACED + " "), "Accept", "text/csv");
            long before = hits(server);
            HttpResponse<String> second = server.get(q(COUNT_RESPACED + " "), "Accept", "text/csv");
            assertEquals(before + 1, hits(server), "the second request must be a cache hit");
            assertEquals(first.body(), second.body());
            assertEquals(first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));
        }
    }

    @Test
    void without_the_memory_cache_answers_are_still_tagged_and_revalidated() {
        try (TestServer server = new TestServer(TestStore.get(), ServerConfig.local(0).withCache(new CacheSettings(0, 0, 0)))) {
            HttpResponse<String> first = server.get(q(COUNT), "Accept", "text/csv");
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertEquals("public, max-age=0", first.headers().firstValue("Cache-Control").orElse(""));
            assertEquals(304, server.get(q(COUNT), "Accept", "text/csv", "If-None-Match", etag).statusCode());
            server.get(q(COUNT), "Accept", "text/csv");
            assertEquals(0, hits(server));
        }
    }

    @Test
    void answers_that_change_from_run_to_run_are_neither_tagged_nor_kept() {
        try (TestServer server = new TestServer(TestStore.get())) {
            String now = "SELECT (NOW() AS ?t) (STRUUID() AS ?u) WHERE { }";
            HttpResponse<String> a = server.get(q(now), "Accept", "text/csv");
            HttpResponse<String> b = server.get(q(now), "Accept", "text/csv");
            assertEquals(200, a.statusCode());
            assertTrue(a.headers().firstValue("ETag").isEmpty());
            assertEquals("no-store", a.headers().firstValue("Cache-Control").orElse(""));
            assertNotEquals(a.body(), b.body(), "each run must compute a new UUID");
        }
    }

    @Test
    void a_refused_service_query_stays_refused_even_with_a_forged_matching_tag() {
        try (TestServer server = new TestServer(TestStore.get())) {
            String service = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }";
            String version = EntityTags.datasetVersion(TestStore.get().info());
            String forged = EntityTags.of(new CacheKey(version, CacheKey.Kind.NORMALISED, QueryFactory.create(service).serialize(),
                    List.of(), List.of(), "text/csv"));
            HttpResponse<String> r = server.get(q(service), "Accept", "text/csv", "If-None-Match", forged);
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("SERVICE is not allowed"), r.body());
        }
    }

    @Test
    void answers_from_an_allowed_service_are_fetched_every_time() {
        List<String> remoteLog = new CopyOnWriteArrayList<>();
        try (TestServer remote = new TestServer(TestStore.get(), ServerConfig.local(0).withAccessLog(remoteLog::add))) {
            String endpoint = remote.url("/sparql");
            try (TestServer server = new TestServer(TestStore.get(), ServerConfig.local(0).withServiceAllowList(List.of(endpoint)))) {
                String query = "SELECT ?n WHERE { SERVICE <" + endpoint + "> { SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } } }";
                for (int i = 0; i < 2; i++) {
                    HttpResponse<String> r = server.get(q(query), "Accept", "text/csv");
                    assertEquals(200, r.statusCode(), r.body());
                    assertTrue(r.headers().firstValue("ETag").isEmpty(), "an answer from elsewhere is not ours to tag");
                }
                assertEquals(2, remoteLog.stream().filter(l -> l.contains("/sparql")).count(), String.join("\n", remoteLog));
            }
        }
    }

    @Test
    void timeouts_and_errors_are_not_cached() {
        try (TestServer server = new TestServer(TestStore.get(), ServerConfig.local(0).withTimeout(300))) {
            String runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
            assertEquals(503, server.get(q(runaway)).statusCode());
            assertEquals(503, server.get(q(runaway)).statusCode(), "the second run must run (and time out) again");
            assertEquals(400, server.get(q("SELECT * WHERE { ?s ?p }")).statusCode());
            assertEquals(400, server.get(q("SELECT * WHERE { ?s ?p }")).statusCode());
            assertEquals(0, hits(server));
        }
    }

    @Test
    void a_client_over_its_budget_gets_429_even_for_a_cached_answer() {
        ServerConfig config = ServerConfig.local(0).withLimits(Limits.DEFAULTS.withTimeout(600).withClientBudget(300));
        try (TestServer server = new TestServer(TestStore.get(), config)) {
            assertEquals(200, server.get(q(COUNT)).statusCode());
            assertEquals(503, server.get(q("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")).statusCode());
            HttpResponse<String> r = server.get(q(COUNT));
            assertEquals(429, r.statusCode(), r.body());
            assertFalse(r.headers().firstValue("Retry-After").isEmpty());
        }
    }
}
