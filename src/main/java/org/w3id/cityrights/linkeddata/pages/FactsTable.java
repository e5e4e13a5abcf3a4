package org.w3id.cityrights.linkeddata.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cityrights.linkeddata.Markup;
import org.w3id.cityrights.linkeddata.SiteIris;
import org.w3id.cityrights.vocab.CR;
import org.w3id.cityrights.vocab.Vocab;

/**
 * The rows of a resource's facts: one per property, named by its label and linked to its definition,
 * values sorted, statements the build inferred marked as such, and any source that reads the property
 * differently shown right under it.
 */
public final class FactsTable {
    /** Properties shown in the sources box instead of the table. */
    static final Set<String> PROVENANCE = Set.of("http://purl.org/dc/terms/source", CR.mirrorSource.getURI(),
            Vocab.PROV + "wasDerivedFrom", Vocab.PROV + "wasGeneratedBy", CR.disagreement.getURI());
    private static final List<String> FIRST = List.of(RDF.type.getURI(), RDFS.label.getURI(),
            "http://www.w3.org/2004/02/skos/core#prefLabel", RDFS.comment.getURI());

    private final SiteIris iris;
    private final TermLabels terms;
    private final Values values;

    public FactsTable(SiteIris iris, TermLabels terms, Values values) {
        this.iris = iris;
        this.terms = terms;
        this.values = values;
    }

    public Markup rows(Described d, Node subject) {
        Map<String, List<Triple>> byProperty = new TreeMap<>(order());
        d.graph().find(subject, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!PROVENANCE.contains(t.getPredicate().getURI())) byProperty.computeIfAbsent(t.getPredicate().getURI(), k -> new ArrayList<>()).add(t);
        });
        List<Markup> rows = new ArrayList<>();
        for (Map.Entry<String, List<Triple>> e : byProperty.entrySet()) {
            Node p = NodeFactory.createURI(e.getKey());
            List<Triple> ts = e.getValue();
            ts.sort(Comparator.comparing((Triple t) -> d.isInferred(t)).thenComparing(t -> sortKey(t.getObject(), d)));
            List<Markup> items = new ArrayList<>();
            for (Triple t : ts) {
                Markup v = values.of(p, t.getObject(), d.graph());
                if (d.isInferred(t)) v = v.append(Markup.raw(" <span class=\"inferred\" title=\"inferred by the build from the ontology\"></span>"));
                items.add(v);
            }
            Markup cell = items.size() == 1 ? items.get(0)
                    : Markup.element("ul", "", Markup.join(items.stream().map(v -> Markup.element("li", "", v)).toList(), ""));
            if (subject.getURI().equals(d.iri())) cell = cell.append(disagreementsAbout(d, e.getKey()));
            rows.add(Markup.concat(Markup.raw("<tr><th scope=\"row\">"), Markup.link(iris.href(e.getKey()), terms.of(e.getKey())),
                    Markup.raw("</th><td>"), cell, Markup.raw("</td></tr>\n")));
        }
        return Markup.join(rows, "");
    }

    private Markup disagreementsAbout(Described d, String property) {
        List<Markup> notes = new ArrayList<>();
        for (Disagreement x : d.disagreements()) {
            if (x.property().filter(property::equals).isEmpty()) continue;
            notes.add(Markup.concat(Markup.raw("<div class=\"disagreement\">Another source gives <strong>"), Markup.text(x.value()),
                    Markup.raw("</strong>"), SourcesBox.sourceLinks(x.sources()), Markup.raw("</div>")));
        }
        return Markup.join(notes, "");
    }

    private Comparator<String> order() {
        return Comparator.comparing((String p) -> FIRST.contains(p) ? FIRST.indexOf(p) : FIRST.size())
                .thenComparing(terms::of).thenComparing(p -> p);
    }

    private static String sortKey(Node o, Described d) {
        if (o.isURI()) return Names.label(d.graph(), o).orElse(o.getURI());
        return o.isLiteral() ? o.getLiteralLexicalForm() : o.toString();
    }
}
