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
 * their graphs go. Row problems are collected, not thrown, so one build reports every bad row.
 */
public final class ImportContext {
    private final Ids ids;
    private final ProjectLayout layout;
    private final AssembledData data;
    private final Registry registry = new Registry();
    private final List<DataFileException> problems = new ArrayList<>();

    public ImportContext(Ids ids, ProjectLayout layout, AssembledData data) {
        this.ids = ids;
        this.layout = layout;
        this.data = data;
    }

    public Ids ids() { return ids; }
    public ProjectLayout layout() { return layout; }
    public Registry registry() { return registry; }
    public List<DataFileException> problems() { return problems; }

    public String display(Path p) { return layout.display(p); }

    /** A fresh model with the project's prefixes for one importer's graph. */
    public Model newModel() {
        Model m = ModelFactory.createDefaultModel();
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

    /** Runs a row's conversion; a bad row is recorded and skipped so the rest can be checked too. */
    public void eachRow(List<CsvRow> rows, Consumer<CsvRow> convert) {
        for (CsvRow row : rows) {
            try {
                convert.accept(row);
            } catch (DataFileException e) {
                problems.add(e);
            }
        }
    }

    public List<CsvRow> readCsv(Path file) { return Csv.read(file, display(file)); }

    static void source(Resource r, String url) { r.addProperty(DCTerms.source, r.getModel().createResource(url)); }
}
