package org.w3id.cityrights.linkeddata.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.cityrights.linkeddata.Markup;
import org.w3id.cityrights.vocab.CR;
import org.w3id.cityrights.vocab.Vocab;

/**
 * Beside the facts: the pages and documents that support them (a third-party copy marked as such),
 * the input file and import that made the node, and where another source reads a fact differently.
 */
public final class SourcesBox {
    private static final Node SOURCE = NodeFactory.createURI("http://purl.org/dc/terms/source");
    private static final Node MIRROR = CR.mirrorSource.asNode();
    private static final Node DERIVED = NodeFactory.createURI(Vocab.PROV + "wasDerivedFrom");
    private static final Node GENERATED = NodeFactory.createURI(Vocab.PROV + "wasGeneratedBy");

    private final Values values;
    private final TermLabels terms;

    public SourcesBox(Values values, TermLabels terms) {
        this.values = values;
        this.terms = terms;
    }

    public Markup sources(Described d) {
        Node s = d.node();
        TreeSet<String> mirrors = objects(d, s, MIRROR);
        TreeSet<String> sources = objects(d, s, SOURCE);
        sources.removeAll(mirrors);
        StringBuilder out = new StringBuilder();
        out.append("<h2>Sources</h2>");
        if (sources.isEmpty() && mirrors.isEmpty()) out.append("<p class=\"note\">No source is recorded on this node.</p>");
        if (!sources.isEmpty()) out.append(list(d, SOURCE, sources).html());
        if (!mirrors.isEmpty()) {
            out.append("<p class=\"note\">").append(Markup.text(terms.of(CR.mirrorSource.getURI())).html())
               .append(": a third-party copy of the original text</p>").append(list(d, MIRROR, mirrors).html());
        }
        for (Node p : List.of(DERIVED, GENERATED)) {
            TreeSet<String> os = objects(d, s, p);
            if (os.isEmpty()) continue;
            out.append("<p class=\"note\">").append(Markup.text(terms.of(p.getURI())).html()).append("</p>").append(list(d, p, os).html());
        }
        return Markup.raw(out.toString());
    }

    public Markup disagreements(Described d) {
        if (d.disagreements().isEmpty()) return Markup.EMPTY;
        List<Markup> items = new ArrayList<>();
        for (Disagreement x : d.disagreements()) {
            Markup about = x.property().map(p -> Markup.text(terms.of(p) + ": ")).orElse(Markup.EMPTY);
            Markup note = x.note().isEmpty() ? Markup.EMPTY : Markup.concat(Markup.raw("<br><span class=\"note\">"), Markup.text(x.note()), Markup.raw("</span>"));
            items.add(Markup.element("li", "", Markup.concat(about, Markup.raw("<strong>"), Markup.text(x.value()), Markup.raw("</strong>"),
                    sourceLinks(x.sources()), note)));
        }
        return Markup.concat(Markup.raw("<h2>Where sources disagree</h2><ul>"), Markup.join(items, ""), Markup.raw("</ul>"));
    }

    /** " — source: link, link" after a value that another source gives. */
    static Markup sourceLinks(List<String> sources) {
        if (sources.isEmpty()) return Markup.EMPTY;
        List<Markup> links = new ArrayList<>();
        for (String s : sources) links.add(Markup.link(s, hostOf(s)));
        return Markup.concat(Markup.raw(" <span class=\"note\">according to</span> "), Markup.join(links, ", "));
    }

    static String hostOf(String url) {
        try {
            String host = java.net.URI.create(url).getHost();
            return host == null ? url : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private Markup list(Described d, Node p, TreeSet<String> iris) {
        List<Markup> items = new ArrayList<>();
        for (String iri : iris) items.add(Markup.element("li", "", values.resource(p, NodeFactory.createURI(iri), d.graph())));
        return Markup.concat(Markup.raw("<ul>"), Markup.join(items, ""), Markup.raw("</ul>"));
    }

    private static TreeSet<String> objects(Described d, Node s, Node p) {
        TreeSet<String> out = new TreeSet<>();
        d.graph().find(s, p, Node.ANY).forEachRemaining(t -> { if (t.getObject().isURI()) out.add(t.getObject().getURI()); });
        return out;
    }
}
