package org.w3id.cityrights.build;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.cityrights.importer.DataFileException;
import org.w3id.cityrights.derive.Derivation;
import org.w3id.cityrights.importer.ImportContext;
import org.w3id.cityrights.importer.ImportReport;
import org.w3id.cityrights.importer.Imports;
import org.w3id.cityrights.vocab.Ids;

/**
 * Reads everything a store is built from, checks it, and derives what a plain query should find:
 * ontology and concept schemes, hand-written Turtle under {@code data/}, the importers' graphs,
 * then the materialised inferences and the SHACL report.
 */
public final class Pipeline {
    /** The graph that holds materialised inferences. */
    public static final String INFERRED = "inferred";
    /** The graph that holds what the derivation rules assign. */
    public static final String DERIVED = "derived/commitments";

    private final ProjectLayout layout;
    private final Ids ids;
    private final PrintStream log;

    public Pipeline(ProjectLayout layout, Ids ids, PrintStream log) {
        this.layout = layout;
        this.ids = ids;
        this.log = log;
    }

    /** The outcome of reading and checking the inputs, with the rows the importers skipped or remarked on. */
    public record Prepared(AssembledData data, Graph inferred, List<Validation.Finding> findings, Graph shapes, ImportReport report) {
        public boolean valid() { return findings.isEmpty(); }
    }

    public Prepared prepare() {
        layout.requireExists();
        long t0 = System.nanoTime();
        AssembledData data = new AssembledData();
        Graph ontology = parse(layout.ontologyFile());
        Graph schemes = parse(layout.schemesFile());
        Graph shapes = parse(layout.shapesFile());
        data.addGraph(ids.graph("ontology"), ontology, layout.display(layout.ontologyFile()));
        data.addGraph(ids.graph("schemes"), schemes, layout.display(layout.schemesFile()));
        for (Path ttl : dataTurtleFiles()) {
            data.addGraph(ids.graph("data/" + slug(layout.dataDir().relativize(ttl).toString())), parse(ttl), layout.display(ttl));
        }
        ImportContext ctx = new ImportContext(ids, layout, data);
        List<DataFileException> problems = Imports.run(ctx, new Union(ontology, schemes));
        if (!problems.isEmpty()) throw new ImportProblemsException(problems);
        data.addGraph(ids.graph("import-report"), ctx.report().graph(ids), "import report");
        log.printf("read %,d triples from ontology/ and data/ in %.1f s%n", data.quadCount(), seconds(t0));

        long t1 = System.nanoTime();
        Materializer materializer = new Materializer(new Union(ontology, externalAxioms()));
        Graph inferred = materializer.inferred(data.union());
        log.printf("materialised %,d inferred triples in %.1f s%n", inferred.size(), seconds(t1));

        long td = System.nanoTime();
        Graph derived = new Derivation(ids).derive(new Union(data.union(), inferred));
        data.addGraph(ids.graph(DERIVED), derived, "derivation rules (src/main/resources/rules)");
        Graph all = data.union();
        materializer.inferred(derived).find().forEachRemaining(t -> { if (!all.contains(t)) inferred.add(t); });
        log.printf("derived %,d triples (commitments, evidence and practice levels) in %.1f s%n", derived.size(), seconds(td));

        long t2 = System.nanoTime();
        List<Validation.Finding> findings = Validation.validate(shapes, data, inferred);
        log.printf("validated against the SHACL shapes in %.1f s: %d violation(s)%n", seconds(t2), findings.size());
        return new Prepared(data, inferred, findings, shapes, ctx.report());
    }

    private Graph parse(Path file) {
        if (!Files.isRegularFile(file)) throw new BuildException("missing input file: " + layout.display(file));
        return TurtleFiles.parse(file, layout.display(file), ids);
    }

    /** Hand-written Turtle under data/ (dataset description, source descriptions), excluding raw inputs. */
    private List<Path> dataTurtleFiles() {
        try (Stream<Path> s = Files.walk(layout.dataDir())) {
            return s.filter(p -> p.toString().endsWith(".ttl"))
                    .filter(p -> !p.startsWith(layout.sourcesDir()) || p.getFileName().toString().equals("sources.ttl"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Axioms of vocabularies we build on (SKOS labels are RDFS labels), kept with the code that relies on them. */
    private static Graph externalAxioms() {
        return RDFDataMgr.loadGraph("external-axioms.ttl");
    }

    static String slug(String path) {
        return path.toLowerCase(java.util.Locale.ROOT).replaceAll("\\.ttl$", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static double seconds(long t0) { return (System.nanoTime() - t0) / 1e9; }
}
