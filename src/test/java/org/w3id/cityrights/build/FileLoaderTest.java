package org.w3id.cityrights.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.w3id.cityrights.store.QueryOutcome;
import org.w3id.cityrights.store.StoreLayout;
import org.w3id.cityrights.store.Tdb2Store;
import org.w3id.cityrights.support.LoadedStores;
import org.w3id.cityrights.support.TestStore;

class FileLoaderTest {
    @Test
    void loads_quads_into_their_named_graphs_and_makes_the_database_current() throws Exception {
        StoreLayout layout = LoadedStores.of(LoadedStores.quad("urn:x:a", "urn:x:p", "one", "urn:x:g1")
                + LoadedStores.quad("urn:x:b", "urn:x:p", "two", "urn:x:g2"), "loaded-1");
        try (Tdb2Store store = Tdb2Store.open(layout)) {
            assertEquals("loaded-1", store.info().datasetVersion());
            assertEquals(2, store.info().quads());
            QueryOutcome.Rows rows = (QueryOutcome.Rows) store.query(QueryFactory.create(
                    "SELECT ?g ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"), 10_000);
            assertEquals(2, rows.rows().size());
            assertEquals("urn:x:g1", rows.rows().get(0).get(rows.vars().get(0)).getURI());
            QueryOutcome.Bool union = (QueryOutcome.Bool) store.query(QueryFactory.create("ASK { <urn:x:a> <urn:x:p> \"one\" }"), 10_000);
            assertTrue(union.value(), "the default graph is the union of the named graphs");
        }
    }

    @Test
    void a_broken_file_fails_with_its_name_and_the_previous_database_stays_current() throws Exception {
        StoreLayout layout = LoadedStores.of(LoadedStores.quad("urn:x:a", "urn:x:p", "one", "urn:x:g1"), "good");
        Path before = layout.current().orElseThrow();
        Path broken = Files.createTempFile("broken", ".nq");
        Files.writeString(broken, "<urn:x:a> <urn:x:p> \"unterminated <urn:x:g> .\n");
        BuildException e = assertThrows(BuildException.class,
                () -> new FileLoader(TestStore.quiet()).load(layout, List.of(broken), "bad", FileLoader.Kind.PHASED));
        assertTrue(e.getMessage().contains(broken.toString()), e.getMessage());
        assertEquals(before, layout.current().orElseThrow());
        try (var dirs = Files.list(layout.root())) {
            assertEquals(1, dirs.filter(p -> p.getFileName().toString().startsWith("db-")).count(), "the failed database must be removed");
        }
        Files.delete(broken);
    }

    @Test
    void a_missing_file_is_named() {
        StoreLayout layout = LoadedStores.of(LoadedStores.quad("urn:x:a", "urn:x:p", "one", "urn:x:g1"), "good");
        BuildException e = assertThrows(BuildException.class,
                () -> new FileLoader(TestStore.quiet()).load(layout, List.of(Path.of("no-such-file.nq")), "v", FileLoader.Kind.PHASED));
        assertTrue(e.getMessage().contains("no-such-file.nq"), e.getMessage());
    }
}
