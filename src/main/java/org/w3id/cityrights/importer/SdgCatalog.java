package org.w3id.cityrights.importer;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.cityrights.vocab.Vocab;

/**
 * The UN SDG knowledge organisation system (metadata.un.org/sdg), used to check that a curated
 * target exists and to import the labels of the targets and goals the graph links to.
 */
public final class SdgCatalog {
    private final Graph graph;
    private final Path file;
    private final Set<String> used = new LinkedHashSet<>();

    public SdgCatalog(Path file) {
        this.file = file;
        this.graph = RDFDataMgr.loadGraph(file.toString());
    }

    public Path file() { return file; }
    public Graph graph() { return graph; }

    /** The IRI of a target such as "5.1", if the KOS has it. */
    Resource target(String notation, CsvRow row) {
        if (!notation.matches("\\d{1,2}\\.[0-9a-z]{1,2}")) throw row.error("sdg_targets: '" + notation + "' is not a target number like 5.1");
        String iri = Vocab.SDG + notation;
        Node n = NodeFactory.createURI(iri);
        if (!graph.find(n, Node.ANY, Node.ANY).hasNext()) throw row.error("sdg_targets: " + notation + " is not a target in the SDG KOS");
        used.add(iri);
        return ResourceFactory.createResource(iri);
    }

    public Set<String> used() { return used; }
}
