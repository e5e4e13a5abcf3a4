package org.w3id.cityrights.workbench.permalinks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3id.cityrights.store.StoreLayout;
import org.w3id.cityrights.store.Tdb2Store;
import org.w3id.cityrights.support.TestServer;
import org.w3id.cityrights.workbench.HostileStore;
import org.w3id.cityrights.workbench.Json;
import org.w3id.cityrights.workbench.WorkbenchServer;
import org.w3id.cityrights.workbench.WorkbenchSettings;

import com.fasterxml.jackson.databind.JsonNode;

/** /q: short links saved on disk beside the databases, with limits, that remember the dataset version they ran on. */
class PermalinkTest {
    static final String QUERY = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?label WHERE { ?p rdfs:label ?label } ORDER BY ?label";
    Path root;
    Tdb2Store store;
    TestServer server;

    @BeforeEach
    void start() {
        root = HostileStore.newRoot();
        store = HostileStore.build(root, "test-1");
        server = WorkbenchServer.start(store, WorkbenchSettings.forStore(root, WorkbenchSettings.DEFAULT_CATALOG));
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
        StoreLayout.deleteTree(root);
    }

    static JsonNode json(HttpResponse<String> r) throws IOException { return Json.MAPPER.readTree(r.body()); }

    HttpResponse<String> create(TestServer s, String query) {
        return s.post("/q", "application/x-www-form-urlencoded", "query=" + TestServer.enc(query) + "&view=table", "Accept", "application/json");
    }

    @Test
    void post_creates_a_link_that_records_version_rows_and_hash() throws IOException {
        HttpResponse<String> r = create(server, QUERY);
        assertEquals(201, r.statusCode(), r.body());
        JsonNode link = json(r);
        String id = link.path("id").asText();
        assertEquals("/q/" + id, r.headers().firstValue("Location").orElse(""));
        assertEquals("test-1", link.path("datasetVersion").asText());
        assertEquals(3, link.path("rowCount").asInt());
        assertTrue(link.path("sha256").asText().matches("[0-9a-f]{64}"));
        assertEquals(server.url("/q/" + id), link.path("url").asText());
        JsonNode again = json(server.get("/q/" + id, "Accept", "application/json"));
        assertEquals(QUERY, again.path("query").asText());
    }

    @Test
    void the_same_query_on_the_same_version_gives_the_same_link() throws IOException {
        assertEquals(json(create(server, QUERY)).path("id"), json(create(server, QUERY)).path("id"));
        assertEquals(1, linkFiles());
    }

    @Test
    void the_link_page_shows_the_query_and_its_results_escaped() {
        String id = id(create(server, QUERY));
        HttpResponse<String> page = server.get("/q/" + id, "Accept", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("&lt;script&gt;window.__pwned"), page.body());
        assertFalse(page.body().contains("<script>window"), "a label became a script element");
        assertTrue(page.body().contains("the same result as when the link was saved"), page.body());
        assertFalse(page.body().contains("version-changed"), page.body());
    }

    @Test
    void links_live_beside_the_databases_and_survive_a_rebuild_which_the_page_then_reports() throws IOException {
        String id = id(create(server, QUERY));
        assertTrue(Files.isRegularFile(root.resolve("permalinks").resolve(id + ".json")));
        server.close();
        store.close();
        store = HostileStore.build(root, "test-2");
        new StoreLayout(root).removeStale();
        server = WorkbenchServer.start(store, WorkbenchSettings.forStore(root, WorkbenchSettings.DEFAULT_CATALOG));
        HttpResponse<String> page = server.get("/q/" + id, "Accept", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("This link was made on dataset version <code>test-1</code>; this server now serves version <code>test-2</code>"), page.body());
        JsonNode rerun = json(server.get("/q/" + id + "/rerun"));
        assertFalse(rerun.path("sameDatasetVersion").asBoolean());
        assertEquals("test-1", rerun.path("recorded").path("datasetVersion").asText());
        assertEquals("test-2", rerun.path("rerun").path("datasetVersion").asText());
    }

    @Test
    void a_malformed_query_is_a_400_and_saves_nothing() throws IOException {
        HttpResponse<String> r = create(server, "SELECT * WHERE { ?s ");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("syntax error"), r.body());
        assertEquals(0, linkFiles());
    }

    @Test
    void a_query_over_the_size_limit_is_a_413_and_saves_nothing() throws IOException {
        restart(new PermalinkLimits(200, 100, 100));
        HttpResponse<String> r = create(server, QUERY + " # " + "x".repeat(300));
        assertEquals(413, r.statusCode());
        assertTrue(r.body().contains("at most 200 bytes"), r.body());
        assertEquals(0, linkFiles());
    }

    @Test
    void too_many_new_links_from_one_client_get_a_429_with_retry_after() {
        restart(new PermalinkLimits(10_000, 100, 2));
        assertEquals(201, create(server, QUERY + " LIMIT 1").statusCode());
        assertEquals(201, create(server, QUERY + " LIMIT 2").statusCode());
        HttpResponse<String> r = create(server, QUERY + " LIMIT 3");
        assertEquals(429, r.statusCode());
        long wait = Long.parseLong(r.headers().firstValue("Retry-After").orElse("0"));
        assertTrue(wait >= 1 && wait <= 60, "Retry-After " + wait);
    }

    @Test
    void a_full_store_is_a_507_and_keeps_the_links_it_has() throws IOException {
        restart(new PermalinkLimits(10_000, 1, 100));
        String first = id(create(server, QUERY + " LIMIT 1"));
        assertEquals(507, create(server, QUERY + " LIMIT 2").statusCode());
        assertEquals(200, server.get("/q/" + first, "Accept", "application/json").statusCode());
        assertEquals(1, linkFiles());
    }

    @Test
    void get_unknown_permalink_returns_404() {
        assertEquals(404, server.get("/q/aaaaaaaaaa").statusCode());
        assertEquals(404, server.get("/q/..%2F..%2Fetc").statusCode());
    }

    @Test
    void a_browser_form_post_is_redirected_to_the_link_page() {
        HttpResponse<String> r = server.post("/q", "application/x-www-form-urlencoded", "query=" + TestServer.enc(QUERY), "Accept", "text/html");
        assertEquals(303, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse("").startsWith("/q/"));
    }

    void restart(PermalinkLimits limits) {
        server.close();
        server = WorkbenchServer.start(store, WorkbenchSettings.forStore(root, WorkbenchSettings.DEFAULT_CATALOG).withLimits(limits));
    }

    long linkFiles() throws IOException {
        Path dir = root.resolve("permalinks");
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".json")).count();
        }
    }

    static String id(HttpResponse<String> r) {
        try {
            return json(r).path("id").asText();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
