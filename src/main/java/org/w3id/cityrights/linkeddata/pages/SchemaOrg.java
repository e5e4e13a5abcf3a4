package org.w3id.cityrights.linkeddata.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cityrights.linkeddata.Markup;
import org.w3id.cityrights.vocab.CR;
import org.w3id.cityrights.vocab.Vocab;

/**
 * schema.org JSON-LD for the head of a resource page, so that search engines and other harvesters read
 * what the page is about. It is written as a script element's content, where HTML escaping does not
 * apply: the characters that could end the element are written as JSON escapes instead.
 */
public final class SchemaOrg {
    private SchemaOrg() {}

    public static Markup script(Described d, String pageUrl, String datasetIri) {
        JsonObject o = describe(d, pageUrl, datasetIri);
        return Markup.raw("<script type=\"application/ld+json\">" + forScript(o.toString()) + "</script>");
    }

    /** JSON inside a script element: no "<", ">" or "&" that an HTML parser could read as markup. */
    public static String forScript(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    static JsonObject describe(Described d, String pageUrl, String datasetIri) {
        Graph g = d.graph();
        Node s = d.node();
        JsonObject o = new JsonObject();
        o.put("@context", "https://schema.org/");
        o.put("@type", type(g, s));
        o.put("@id", d.iri());
        o.put("url", pageUrl);
        o.put("identifier", d.iri());
        Names.label(g, s).ifPresent(n -> o.put("name", n));
        english(g, s, RDFS.comment.asNode()).ifPresent(c -> o.put("description", c));
        JsonArray same = new JsonArray();
        g.find(s, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(t -> { if (t.getObject().isURI()) same.add(t.getObject().getURI()); });
        if (!same.isEmpty()) o.put("sameAs", same);
        Optional<String> lat = literal(g, s, Vocab.wgsLat.asNode()), lon = literal(g, s, Vocab.wgsLong.asNode());
        if (lat.isPresent() && lon.isPresent()) {
            JsonObject geo = new JsonObject();
            geo.put("@type", "GeoCoordinates");
            geo.put("latitude", lat.get());
            geo.put("longitude", lon.get());
            o.put("geo", geo);
        }
        firstObject(g, s, CR.country.asNode()).ifPresent(c -> o.put("containedInPlace", ref(g, c)));
        firstObject(g, s, CR.locality.asNode()).ifPresent(c -> o.put("spatialCoverage", ref(g, c)));
        literal(g, s, CR.adoptionDate.asNode()).ifPresent(v -> o.put("legislationDate", v));
        literal(g, s, CR.officialIdentifier.asNode()).ifPresent(v -> o.put("legislationIdentifier", v));
        JsonArray citations = new JsonArray();
        g.find(s, NodeFactory.createURI("http://purl.org/dc/terms/source"), Node.ANY)
                .forEachRemaining(t -> { if (t.getObject().isURI()) citations.add(t.getObject().getURI()); });
        if (!citations.isEmpty()) o.put("citation", citations);
        JsonObject dataset = new JsonObject();
        dataset.put("@type", "Dataset");
        dataset.put("@id", datasetIri);
        o.put("isPartOf", dataset);
        o.put("license", "https://creativecommons.org/licenses/by/4.0/");
        return o;
    }

    /** The schema.org types the graph states (the ontology maps cities and countries to them), else one by kind. */
    static String type(Graph g, Node s) {
        List<String> types = new ArrayList<>();
        g.find(s, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> types.add(t.getObject().isURI() ? t.getObject().getURI() : ""));
        for (String preferred : List.of("City", "Country", "AdministrativeArea")) {
            if (types.contains(Vocab.SCHEMA + preferred)) return preferred;
        }
        if (types.contains(CR.LocalInstrument.getURI()) || types.contains(CR.Treaty.getURI())) return "Legislation";
        if (types.contains(CR.Stakeholder.getURI())) return "Organization";
        if (types.contains(CR.Measure.getURI()) || types.contains(CR.InternationalInstrument.getURI())) return "CreativeWork";
        if (types.contains("http://www.w3.org/2004/02/skos/core#Concept")) return "DefinedTerm";
        return "Thing";
    }

    private static JsonObject ref(Graph g, Node n) {
        JsonObject r = new JsonObject();
        r.put("@id", n.getURI());
        Names.label(g, n).ifPresent(l -> r.put("name", l));
        return r;
    }

    private static Optional<Node> firstObject(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()).filter(Node::isURI) : Optional.empty();
    }

    private static Optional<String> literal(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral()) return Optional.of(o.getLiteralLexicalForm());
        }
        return Optional.empty();
    }

    private static Optional<String> english(Graph g, Node s, Node p) {
        String any = null;
        for (var it = g.find(s, p, Node.ANY); it.hasNext(); ) {
            Node o = it.next().getObject();
            if (!o.isLiteral()) continue;
            if (o.getLiteralLanguage().startsWith("en")) return Optional.of(o.getLiteralLexicalForm());
            if (any == null) any = o.getLiteralLexicalForm();
        }
        return Optional.ofNullable(any);
    }
}
