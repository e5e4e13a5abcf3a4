package org.w3id.cityrights.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cityrights.vocab.Vocab;

/**
 * Multilingual labels of the UNBIS Thesaurus concepts the graph links to (from the concept schemes),
 * read from a scrape of metadata.un.org/thesaurus. A link to a concept the scrape lacks is an error.
 */
public final class UnbisImporter implements Importer {
    private final Graph linking;

    /** @param linking the graph whose links to UNBIS need labels (the ontology and concept schemes) */
    public UnbisImporter(Graph linking) { this.linking = linking; }

    @Override public String name() { return "unbis"; }

    @Override
    public void run(ImportContext ctx) {
        Model m = ctx.newModel();
        Path file = ctx.layout().sourcesDir().resolve("unbis-thesaurus/all_topics.json");
        Resource activity = ctx.activity(m, name(), "Labels of linked UNBIS Thesaurus concepts, from a scrape of metadata.un.org/thesaurus.");
        Resource fileEntity = ctx.fileEntity(m, file);
        Set<String> wanted = new TreeSet<>();
        linking.find().forEachRemaining(t -> {
            Node o = t.getObject();
            if (o.isURI() && o.getURI().startsWith(Vocab.UNBIS)) wanted.add(o.getURI());
        });
        Map<String, JsonObject> topics = new HashMap<>();
        try (InputStream in = Files.newInputStream(file)) {
            for (JsonValue v : JSON.parse(in).get("topics").getAsArray()) {
                JsonObject o = v.getAsObject();
                topics.put(o.get("url").getAsString().value(), o);
            }
        } catch (IOException | RuntimeException e) {
            throw new DataFileException(ctx.display(file), 0, "cannot read the thesaurus scrape: " + e.getMessage());
        }
        for (String iri : wanted) {
            JsonObject o = topics.get(iri);
            if (o == null) {
                ctx.problems().add(new DataFileException(ctx.display(file), 0, "linked UNBIS concept " + iri + " is not in the thesaurus"));
                continue;
            }
            Resource c = m.createResource(iri).addProperty(RDF.type, SKOS.Concept);
            JsonObject labels = o.get("labels").getAsObject();
            for (String lang : new TreeSet<>(labels.keys())) {
                String label = labels.get(lang).getAsString().value();
                if (!label.isBlank()) c.addProperty(SKOS.prefLabel, label.strip(), lang);
            }
            c.addProperty(SKOS.notation, o.get("identifier").getAsString().value());
            c.addProperty(Vocab.provWasDerivedFrom, fileEntity).addProperty(Vocab.provWasGeneratedBy, activity);
        }
        ctx.publish(name(), m);
    }
}
