package org.w3id.cityrights.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cityrights.linkeddata.dumps.DumpFile;
import org.w3id.cityrights.linkeddata.dumps.DumpManifest;
import org.w3id.cityrights.linkeddata.dumps.DumpWriter;
import org.w3id.cityrights.linkeddata.dumps.NTriplesDump;
import org.w3id.cityrights.linkeddata.dumps.SortedTriples;
import org.w3id.cityrights.store.Tdb2Store;
import org.w3id.cityrights.support.TestStore;
import org.w3id.cityrights.vocab.Ids;

/** The dumps are deterministic: the same store gives byte-identical files, whatever order the store returns triples in. */
class DumpWriterTest {
    @TempDir Path tmp;

    @Test void writing_the_same_store_twice_gives_identical_files() throws IOException {
        Tdb2Store store = TestStore.get();
        DumpWriter writer = new DumpWriter(new Sparql(store, 120_000), new SiteIris(Ids.CANONICAL_BASE));
        DumpManifest a = writer.write(tmp.resolve("a"), store.info());
        DumpManifest b = writer.write(tmp.resolve("b"), store.info());
        assertEquals(a.files(), b.files());
        for (DumpFile f : a.files()) {
            assertEquals(-1L, Files.mismatch(tmp.resolve("a").resolve(f.name()), tmp.resolve("b").resolve(f.name())), f.name());
        }
    }

    @Test void blank_nodes_get_labels_from_what_they_say_not_from_the_store() throws IOException {
        String data = "<http://example.org/x> <http://example.org/p> [ <http://example.org/q> \"a\" ] . "
                + "<http://example.org/y> <http://example.org/p> [ <http://example.org/q> \"b\" ] .";
        assertEquals(nt(data), nt(data), "two parses (with different internal labels) give the same dump");
        assertTrue(nt(data).contains(" _:"), nt(data));
    }

    private static String nt(String turtle) throws IOException {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(g);
        StringWriter w = new StringWriter();
        new NTriplesDump().write(SortedTriples.of(g), w);
        return w.toString();
    }
}
