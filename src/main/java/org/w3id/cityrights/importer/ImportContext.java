package org.w3id.cityrights.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cityrights.build.AssembledData;
import org.w3id.cityrights.build.ProjectLayout;
import org.w3id.cityrights.vocab.Ids;
import org.w3id.cityrights.vocab.Vocab;

/**
 * What importers share: the IRI minter, the input folders, the ids defined so far, and the place
 * their graphs go. A file that cannot be parsed is a problem that stops the build; a bad row is
 * skipped whole (its triples, ids and side effects taken back) and written to the import report,
 * so the rest of the data still imports and the curator learns what was left out and why.
 */
public final class ImportContext {
    private final Ids ids;
    private final ProjectLayout layout;
    private final AssembledData data;
    private final Registry registry = new Registry();
    private final List<DataFileException> problems = new ArrayList<>();
    private final ImportReport report = new ImportReport();
    private final List<UndoableGraph> graphs = new ArrayList<>();
    private final List<Runnable> undoHooks = new ArrayList<>();

    public ImportContext(Ids ids, ProjectLayout layout, AssembledData data) {
        this.ids = ids;
        this.layout = layout;
        this.data = data;
    }

    public Ids ids() { return ids; }
    public ProjectLayout layout() { return layout; }
    public Registry registry() { return registry; }
    /** Problems that stop the build: files that cannot be read or parsed, reference data that does not fit. */
    public List<DataFileException> problems() { return problems; }

    /** Rows skipped and notices, for the curator. */
    public ImportReport report() { return report; }

    public String display(Path p) { return layout.display(p); }

    /** A fresh model with the project's prefixes for one importer's graph. */
    public Model newModel() {
        UndoableGraph g = new UndoableGraph();
        graphs.add(g);
        Model m = ModelFactory.createModelForGraph(g);
        m.setNsPrefixes(Vocab.prefixes());
        return m;
    }

    /** Adds an importer's graph, with the activity that produced it, to the build. */
    public void publish(String importerName, Model model) {
        data.addGraph(ids.graph("import/" + importerName), model.getGraph(), "importer " + importerName);
    }

    /** The PROV activity that stands for one importer's run; nodes it makes point to it. */
    public Resource activity(Model m, String importerName, String description) {
        Resource a = m.createResource(ids.idBase() + "activity/import-" + importerName);
        a.addProperty(RDF.type, Vocab.provActivity)
         .addProperty(RDFS.label, "import: " + importerName, "en")
         .addProperty(RDFS.comment, description, "en");
        return a;
    }

    /** A PROV entity for a raw input file, named by its path in the repository. */
    public Resource fileEntity(Model m, Path file) { return fileEntity(m, display(file)); }

    /** The same, for a path as shown to users (e.g. {@code data/curated/instruments.csv}). */
    public Resource fileEntity(Model m, String path) {
        String slug = path.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        Resource f = ids.source("file-" + slug).inModel(m);
        f.addProperty(RDF.type, Vocab.provEntity).addProperty(RDFS.label, path);
        return f;
    }

    /** Records the row a node came from, for validation reports. */
    public void locate(Resource node, CsvRow row) { data.locate(node.asNode(), row.where()); }

    /** Runs a row's conversion; a bad row is taken back whole, reported and skipped, and the rest imports. */
    public void eachRow(List<CsvRow> rows, Consumer<CsvRow> convert) {
        for (CsvRow row : rows) {
            for (UndoableGraph g : graphs) g.mark();
            registry.mark();
            undoHooks.clear();
            try {
                convert.accept(row);
                for (UndoableGraph g : graphs) g.commit();
            } catch (DataFileException e) {
                for (UndoableGraph g : graphs) g.rollback();
                registry.rollback(row.where());
                for (int i = undoHooks.size() - 1; i >= 0; i--) undoHooks.get(i).run();
                report.skipped(e);
            }
            undoHooks.clear();
        }
    }

    /** Registers how to take back a change outside the graphs and the registry, should the current row be skipped. */
    public void onSkip(Runnable undo) { undoHooks.add(undo); }

    /** A graph an importer has already published, e.g. {@code localities}. */
    public org.apache.jena.graph.Graph published(String importerName) {
        return data.graph(ids.graph("import/" + importerName));
    }

    public List<CsvRow> readCsv(Path file) { return Csv.read(file, display(file)); }

    static void source(Resource r, String url) { r.addProperty(DCTerms.source, r.getModel().createResource(url)); }
}
