package org.w3id.cityrights.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.w3id.cityrights.http.App;
import org.w3id.cityrights.http.ServerConfig;
import org.w3id.cityrights.support.LoadedStores;
import org.w3id.cityrights.support.QueryFiles;
import org.w3id.cityrights.support.TestServer;
import org.w3id.cityrights.support.TestStore;
import org.w3id.cityrights.vocab.Ids;
import org.w3id.cityrights.workbench.WorkbenchSettings;

/**
 * The front end over a remote SPARQL 1.1 service. Here the service is another cityrights server (a
 * real SPARQL endpoint over a real store); .ci/run also runs the same questions over a real Fuseki
 * server process ({@code RemoteFusekiIT}).
 */
class RemoteStoreTest {
    static final String META = "https://w3id.org/cityrights/graph/meta";

    static String meta(String version) {
        return "<https://w3id.org/cityrights/id/dataset/cityrights> <http://purl.org/dc/terms/hasVersion> \"" + version + "\" <" + META + "> .\n"
                + LoadedStores.quad("urn:x:thing", "http://www.w3.org/2000/01/rdf-schema#label", "label of " + version, "urn:x:g");
    }

    @Test
    void the_front_end_over_a_remote_service_answers_the_competency_questions() throws Exception {
        try (TestServer service = new TestServer(TestStore.get());
             RemoteStore remote = RemoteStore.connect(RemoteEndpoint.of(service.url("/sparql")), Ids.canonical());
             TestServer front = new TestServer(remote)) {
            assertEquals(TestStore.get().info().datasetVersion(), remote.info().datasetVersion());
            for (Path f : QueryFiles.list(Path.of("queries/cq"))) {
                HttpResponse<String> r = front.get("/sparql?query=" + TestServer.enc(QueryFiles.text(f)), "Accept", "text/csv");
                assertEquals(200, r.statusCode(), f + ": " + r.body());
                Path expected = Path.of("queries/cq").resolve(QueryFiles.header(f, "Expected result").orElseThrow());
                assertEquals(QueryFiles.canonical(Files.readString(expected, StandardCharsets.UTF_8), expected.toString()),
                        QueryFiles.canonical(r.body(), f.toString()), f.toString());
            }
            assertEquals(200, front.get("/api/treaty-gap.csv").statusCode());
            assertTrue(front.get("/").body().contains(remote.info().datasetVersion()));
            HttpResponse<String> graph = front.get("/sparql?query=" + TestServer.enc("CONSTRUCT { ?c ?p ?o } WHERE { ?c a <https://w3id.org/cityrights/ontology#Country> ; ?p ?o } LIMIT 5"),
                    "Accept", "application/n-triples");
            assertEquals(200, graph.statusCode(), graph.body());
            assertEquals(5, graph.body().lines().count());
        }
    }

    @Test
    void a_service_without_a_cityrights_dataset_is_refused_with_the_way_to_load_one() {
        StoreLayout empty = LoadedStores.of(LoadedStores.quad("urn:x:a", "urn:x:p", "x", "urn:x:g"), "no-meta");
        try (Tdb2Store store = Tdb2Store.open(empty); TestServer service = new TestServer(store)) {
            RemoteSetupException e = assertThrows(RemoteSetupException.class,
                    () -> RemoteStore.connect(RemoteEndpoint.of(service.url("/sparql")), Ids.canonical()));
            assertTrue(e.getMessage().contains("holds no cityrights dataset") && e.getMessage().contains("--gsp-endpoint"), e.getMessage());
        }
    }

    @Test
    void an_unreachable_service_is_a_502_and_a_slow_one_is_cut_off_at_the_time_limit() {
        TestServer service = new TestServer(TestStore.get());
        try (RemoteStore remote = RemoteStore.connect(RemoteEndpoint.of(service.url("/sparql")), Ids.canonical());
             TestServer front = new TestServer(remote, ServerConfig.local(0).withTimeout(300))) {
            long t0 = System.nanoTime();
            HttpResponse<String> slow = front.get("/sparql?query=" + TestServer.enc(
                    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"));
            assertEquals(503, slow.statusCode(), slow.body());
            assertTrue((System.nanoTime() - t0) / 1_000_000 < 20_000, "not cut off in time");

            service.close();
            HttpResponse<String> gone = front.get("/sparql?query=" + TestServer.enc("ASK { ?s ?p ?o }"));
            assertEquals(502, gone.statusCode(), gone.body());
            assertTrue(!gone.body().contains("127.0.0.1"), "the service's address is not the client's business: " + gone.body());
            assertEquals("5", gone.headers().firstValue("Retry-After").orElse(""));
        }
    }

    @Test
    void a_new_version_on_the_service_is_noticed_and_drops_cached_answers() throws Exception {
        StoreLayout layout = LoadedStores.of(meta("v1"), "v1");
        SwitchableStore behind = new SwitchableStore(Tdb2Store.open(layout), retired -> StoreLayout.deleteTree(retired.location()));
        try (TestServer service = new TestServer(App.create(ServerConfig.local(0).withCache(org.w3id.cityrights.cache.CacheSettings.OFF), behind,
                     Optional.empty(), WorkbenchSettings.temporary()));
             RemoteStore remote = RemoteStore.connect(new RemoteEndpoint(service.url("/sparql"), Duration.ofSeconds(5), 60_000), Ids.canonical());
             TestServer front = new TestServer(remote)) {
            String url = "/sparql?query=" + TestServer.enc("SELECT ?l WHERE { <urn:x:thing> ?p ?l }");
            assertTrue(front.get(url, "Accept", "text/csv").body().contains("label of v1"));
            assertTrue(front.get(url, "Accept", "text/csv").body().contains("label of v1"));
            long g = remote.generation();

            LoadedStores.load(layout, meta("v2"), "v2");
            behind.swap(Tdb2Store.open(layout));
            remote.refresh();

            assertEquals("v2", remote.info().datasetVersion());
            assertNotEquals(g, remote.generation());
            assertTrue(front.get(url, "Accept", "text/csv").body().contains("label of v2"), "a cached answer of v1 was served after v2 appeared");
        }
    }
}
