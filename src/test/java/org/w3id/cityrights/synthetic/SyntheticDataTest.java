package org.w3id.cityrights.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cityrights.build.AssembledData;
import org.w3id.cityrights.build.ProjectLayout;
import org.w3id.cityrights.build.Validation;

/** The synthetic benchmark data holds to the project's shapes and cannot be mistaken for facts. */
class SyntheticDataTest {
    static Path file;
    static SyntheticGenerator.Result result;
    static DatasetGraph data;

    @BeforeAll
    static void generate() throws Exception {
        file = Files.createTempFile("synthetic", ".nq");
        result = new SyntheticGenerator(ProjectLayout.of(Path.of(".")), 7).write(20_000, file);
        data = RDFDataMgr.loadDatasetGraph(file.toString());
    }

    @Test
    void about_the_requested_size_and_the_same_for_the_same_seed() throws Exception {
        assertTrue(result.quads() >= 20_000 && result.quads() < 21_000, "quads: " + result.quads());
        assertTrue(result.localities() > 100, "localities: " + result.localities());
        Path again = Files.createTempFile("synthetic", ".nq");
        new SyntheticGenerator(ProjectLayout.of(Path.of(".")), 7).write(20_000, again);
        assertEquals(Files.readString(file), Files.readString(again));
        Files.delete(again);
    }

    @Test
    void it_satisfies_the_project_shacl_shapes() {
        AssembledData assembled = new AssembledData();
        Node inferred = null;
        for (var it = data.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            if (g.getURI().endsWith("/graph/inferred")) inferred = g;
            else assembled.addGraph(g.getURI(), data.getGraph(g), g.getURI());
        }
        Graph shapes = RDFDataMgr.loadGraph("ontology/shapes.ttl");
        List<Validation.Finding> findings = Validation.validate(shapes, assembled, data.getGraph(inferred));
        assertEquals(List.of(), findings.stream().limit(5).map(Validation.Finding::format).toList());
    }

    @Test
    void every_thing_is_in_the_synthetic_space_labelled_synthetic_and_linked_to_nothing_real() {
        for (var it = data.find(); it.hasNext(); ) {
            Quad q = it.next();
            assertTrue(q.getGraph().getURI().startsWith(SyntheticGenerator.BASE), "graph outside the synthetic space: " + q);
            Triple t = q.asTriple();
            assertFalse(t.getPredicate().equals(OWL.sameAs.asNode()), "a synthetic thing must not claim to be a real one: " + q);
            boolean vocabulary = q.getGraph().getURI().endsWith("/graph/ontology") || q.getGraph().getURI().endsWith("/graph/schemes")
                    || q.getGraph().getURI().endsWith("/graph/inferred");
            if (!vocabulary && t.getSubject().isURI()) {
                assertTrue(t.getSubject().getURI().startsWith(SyntheticGenerator.BASE), "a described thing outside the synthetic space: " + q);
            }
            if (!vocabulary && t.getPredicate().equals(RDFS.label.asNode())) {
                assertTrue(t.getObject().getLiteralLexicalForm().startsWith("Synthetic")
                        || t.getObject().getLiteralLexicalForm().startsWith("cityrights SYNTHETIC")
                        || t.getObject().getLiteralLexicalForm().startsWith("generation of synthetic"), "label: " + q);
            }
        }
    }

    @Test
    void synthetic_data_is_never_written_into_data() {
        assertFalse(file.toAbsolutePath().startsWith(Path.of("data").toAbsolutePath()));
        assertEquals(2, org.w3id.cityrights.bench.BenchMain.execute("synthetic", "--quads", "10", "--out", "data/synthetic.nq"));
        assertFalse(Files.exists(Path.of("data/synthetic.nq")));
    }
}
