package org.w3id.cityrights.importer;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cityrights.vocab.Vocab;

/**
 * Labels, notations and goal links of the SDG targets that measures serve, copied from the UN
 * SDG KOS, so that a query can show "5.1 End all forms of discrimination…" without a remote lookup.
 */
public final class SdgImporter implements Importer {
    private static final Set<Node> KEPT = Set.of(SKOS.prefLabel.asNode(), SKOS.notation.asNode(), SKOS.broader.asNode(),
            SKOS.inScheme.asNode(), SKOS.exactMatch.asNode());
    private final SdgCatalog catalog;

    public SdgImporter(SdgCatalog catalog) { this.catalog = catalog; }

    @Override public String name() { return "sdg"; }

    @Override
    public void run(ImportContext ctx) {
        Model m = ctx.newModel();
        Resource activity = ctx.activity(m, name(), "Labels of the SDG targets and goals linked from measures, from the UN SDG KOS (metadata.un.org/sdg).");
        Resource file = ctx.fileEntity(m, catalog.file());
        Graph kos = catalog.graph();
        Set<String> concepts = new LinkedHashSet<>(catalog.used());
        for (String target : catalog.used()) {
            kos.find(NodeFactory.createURI(target), SKOS.broader.asNode(), Node.ANY).forEachRemaining(t -> concepts.add(t.getObject().getURI()));
        }
        for (String iri : concepts) {
            Resource c = m.createResource(iri).addProperty(RDF.type, SKOS.Concept);
            kos.find(NodeFactory.createURI(iri), Node.ANY, Node.ANY).forEachRemaining(t -> {
                if (KEPT.contains(t.getPredicate())) m.getGraph().add(t);
            });
            c.addProperty(Vocab.provWasDerivedFrom, file).addProperty(Vocab.provWasGeneratedBy, activity);
        }
        ctx.publish(name(), m);
    }
}
