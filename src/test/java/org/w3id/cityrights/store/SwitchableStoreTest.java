package org.w3id.cityrights.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.w3id.cityrights.http.App;
import org.w3id.cityrights.http.ServerConfig;
import org.w3id.cityrights.support.LoadedStores;
import org.w3id.cityrights.support.TestServer;
import org.w3id.cityrights.workbench.WorkbenchSettings;

class SwitchableStoreTest {
    static final String LABEL = "SELECT ?l WHERE { <urn:x:thing> <http://www.w3.org/2000/01/rdf-schema#label> ?l }";

    static String quads(String label) {
        return LoadedStores.quad("urn:x:thing", "http://www.w3.org/2000/01/rdf-schema#label", label, "urn:x:graph");
    }

    @Test
    void stopping_keeps_the_current_database_for_the_next_start() {
        StoreLayout layout = LoadedStores.of(quads("kept"), "v1");
        Path db = layout.current().orElseThrow();
        SwitchableStore store = new SwitchableStore(Tdb2Store.open(layout), retired -> StoreLayout.deleteTree(retired.location()));
        store.close();
        assertTrue(Files.isDirectory(db), "closing the store deleted the database in use");
        assertEquals(Optional.of(db), layout.current());
        try (Tdb2Store again = Tdb2Store.open(layout)) {
            assertTrue(again.isOpen());
        }
    }

    @Test
    void a_swap_changes_the_generation_and_retires_the_old_database() {
        StoreLayout layout = LoadedStores.of(quads("first"), "v1");
        Path first = layout.current().orElseThrow();
        SwitchableStore store = new SwitchableStore(Tdb2Store.open(layout), retired -> StoreLayout.deleteTree(retired.location()));
        long g0 = store.generation();
        LoadedStores.load(layout, quads("second"), "v2");
        store.swap(Tdb2Store.open(layout));
        assertNotEquals(g0, store.generation());
        assertEquals(0, store.generation() % 2, "even once the swap is done");
        assertEquals("v2", store.info().datasetVersion());
        assertTrue(!Files.exists(first), "the replaced database is deleted once no query uses it");
        store.close();
    }

    @Test
    void a_reload_drops_cached_answers_and_their_tags() {
        StoreLayout layout = LoadedStores.of(quads("first"), "v1");
        SwitchableStore store = new SwitchableStore(Tdb2Store.open(layout), retired -> StoreLayout.deleteTree(retired.location()));
        try (TestServer server = new TestServer(App.create(ServerConfig.local(0), store, Optional.empty(), WorkbenchSettings.temporary()))) {
            String url = "/sparql?query=" + TestServer.enc(LABEL);
            HttpResponse<String> before = server.get(url, "Accept", "text/csv");
            assertTrue(server.get(url, "Accept", "text/csv").body().contains("first"));
            String etag = before.headers().firstValue("ETag").orElseThrow();

            LoadedStores.load(layout, quads("second"), "v2");
            store.swap(Tdb2Store.open(layout));

            HttpResponse<String> after = server.get(url, "Accept", "text/csv", "If-None-Match", etag);
            assertEquals(200, after.statusCode(), "the old tag must not validate against new data");
            assertTrue(after.body().contains("second"), after.body());
            assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow());
        }
    }
}
