package org.w3id.cityrights.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every shape has a valid and an invalid example under ontology/examples/, named after it
 * ({@code MeasureSource.valid.ttl}, {@code MeasureSource.invalid.ttl}, {@code MeasureSource.invalid-mirror.ttl}).
 * A valid example must conform to all shapes; an invalid one must fail on the shape it names.
 */
class ShapeExamplesTest {
    static final Path ONTOLOGY = Path.of("ontology");
    static final Path EXAMPLES = ONTOLOGY.resolve("examples");
    static final String SHAPES_NS = "https://w3id.org/cityrights/shapes#";
    static final Node SH_PROPERTY = NodeFactory.createURI("http://www.w3.org/ns/shacl#property");

    static final Graph shapesGraph = RDFDataMgr.loadGraph(ONTOLOGY.resolve("shapes.ttl").toString());
    static final Graph schema = new Union(RDFDataMgr.loadGraph(ONTOLOGY.resolve("cityrights.ttl").toString()),
            RDFDataMgr.loadGraph(ONTOLOGY.resolve("schemes.ttl").toString()));

    @TestFactory
    Stream<DynamicTest> valid_examples_conform() throws IOException {
        return examples("valid").map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            ValidationReport r = validate(f);
            assertTrue(r.conforms(), () -> f + " should conform but: " + describe(r));
        }));
    }

    @TestFactory
    Stream<DynamicTest> invalid_examples_fail_on_the_shape_they_name() throws IOException {
        return examples("invalid").map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String shape = SHAPES_NS + f.getFileName().toString().split("\\.")[0];
            ValidationReport r = validate(f);
            assertFalse(r.conforms(), () -> f + " should not conform");
            Set<String> failed = r.getEntries().stream().map(this::owningShape).collect(Collectors.toCollection(TreeSet::new));
            assertTrue(failed.contains(shape), () -> f + " should fail on " + shape + " but failed on " + failed);
        }));
    }

    @Test
    void every_shape_with_a_target_has_a_valid_and_an_invalid_example() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (String shape : targetedShapes()) {
            String name = shape.substring(SHAPES_NS.length());
            if (!Files.exists(EXAMPLES.resolve(name + ".valid.ttl"))) missing.add(name + ".valid.ttl");
            try (Stream<Path> s = Files.list(EXAMPLES)) {
                if (s.noneMatch(p -> p.getFileName().toString().startsWith(name + ".invalid"))) missing.add(name + ".invalid*.ttl");
            }
        }
        assertTrue(missing.isEmpty(), () -> "missing examples: " + missing);
    }

    /** Shapes that select focus nodes themselves (the helper shapes used through sh:node have no target). */
    static List<String> targetedShapes() {
        Set<String> out = new TreeSet<>();
        for (String t : List.of("targetClass", "targetSubjectsOf", "targetObjectsOf", "targetNode")) {
            shapesGraph.find(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/shacl#" + t), Node.ANY).forEachRemaining(tr -> {
                if (tr.getSubject().isURI() && tr.getSubject().getURI().startsWith(SHAPES_NS)) out.add(tr.getSubject().getURI());
            });
        }
        return List.copyOf(out);
    }

    static Stream<Path> examples(String kind) throws IOException {
        return Files.list(EXAMPLES).filter(p -> p.getFileName().toString().matches("[A-Za-z]+\\." + kind + "(-[a-z0-9-]+)?\\.ttl")).sorted();
    }

    static ValidationReport validate(Path example) {
        Graph data = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(data, example.toString());
        Graph all = new Union(schema, data);
        Graph closed = new Union(all, new Materializer(schema).inferred(all));
        return ShaclValidator.get().validate(Shapes.parse(shapesGraph), closed);
    }

    /** The named shape a report entry belongs to: its source, or the node shape holding it as sh:property. */
    String owningShape(ReportEntry e) {
        Node s = e.source();
        if (s.isURI()) return s.getURI();
        var it = shapesGraph.find(Node.ANY, SH_PROPERTY, s);
        return it.hasNext() ? it.next().getSubject().toString() : s.toString();
    }

    static String describe(ValidationReport r) {
        return r.getEntries().stream().map(e -> e.source() + " on " + e.focusNode() + ": " + e.message()).collect(Collectors.joining("; "));
    }

}
