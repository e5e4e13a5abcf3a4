package org.w3id.cityrights.linkeddata.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cityrights.linkeddata.Layout;
import org.w3id.cityrights.linkeddata.Markup;
import org.w3id.cityrights.linkeddata.RdfSyntax;
import org.w3id.cityrights.linkeddata.SiteIris;
import org.w3id.cityrights.linkeddata.Template;
import org.w3id.cityrights.linkeddata.map.LocatorMap;
import org.w3id.cityrights.vocab.Vocab;

/** The HTML page of one resource: name, types, facts with their sources beside them, a map, what links to it, and its data. */
public final class ResourcePage {
    private static final Template PAGE = Template.of(ResourcePage.class, "resource.html");

    private final SiteIris iris;
    private final TermLabels terms;
    private final Values values;
    private final FactsTable facts;
    private final SourcesBox sources;
    private final LocatorMap map;
    private final Layout layout;

    public ResourcePage(SiteIris iris, TermLabels terms, LocatorMap map, Layout layout) {
        this.iris = iris;
        this.terms = terms;
        this.values = new Values(iris, terms);
        this.facts = new FactsTable(iris, terms, values);
        this.sources = new SourcesBox(values, terms);
        this.map = map;
        this.layout = layout;
    }

    public String render(Described d, String kind, String slug, String aboutQuery, String pageUrl) {
        String title = Names.of(d.graph(), d.node());
        Markup body = PAGE.render(Map.ofEntries(
                Map.entry("title", Markup.text(title)),
                Map.entry("iri", Markup.text(d.iri())),
                Map.entry("types", types(d)),
                Map.entry("map", map(d, title)),
                Map.entry("facts", facts.rows(d, d.node())),
                Map.entry("parts", parts(d)),
                Map.entry("inbound", inbound(d, aboutQuery)),
                Map.entry("linksOut", LinksOut.box(d)),
                Map.entry("sources", sources.sources(d)),
                Map.entry("disagreements", sources.disagreements(d)),
                Map.entry("formats", formats(kind, slug, aboutQuery)))).transform(Markup::raw);
        Markup head = Markup.concat(
                Markup.raw("<link rel=\"canonical\" href=\""), Markup.text(d.iri()), Markup.raw("\">\n"),
                alternates(kind, slug),
                SchemaOrg.script(d, pageUrl, iris.thing("dataset", "cityrights")));
        return layout.page(title, head, body);
    }

    private Markup types(Described d) {
        List<Markup> out = new ArrayList<>();
        TreeSet<String> asserted = new TreeSet<>();
        d.graph().find(d.node(), RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI() && !d.isInferred(t)) asserted.add(t.getObject().getURI());
        });
        for (String type : asserted) out.add(Markup.link(iris.href(type), terms.of(type)));
        return Markup.join(out, " ");
    }

    private Markup map(Described d, String title) {
        Graph g = d.graph();
        var lat = g.find(d.node(), Vocab.wgsLat.asNode(), Node.ANY);
        var lon = g.find(d.node(), Vocab.wgsLong.asNode(), Node.ANY);
        if (!lat.hasNext() || !lon.hasNext()) return Markup.EMPTY;
        try {
            double la = Double.parseDouble(lat.next().getObject().getLiteralLexicalForm());
            double lo = Double.parseDouble(lon.next().getObject().getLiteralLexicalForm());
            return Markup.concat(Markup.raw("<figure class=\"map\">"), Markup.raw(map.svg(la, lo, "Map: " + title)),
                    Markup.raw("<figcaption>Country shapes: Natural Earth, from the world-atlas package.</figcaption></figure>"));
        } catch (NumberFormatException e) {
            return Markup.EMPTY;
        }
    }

    /** Resources of the same document ({@code …/graz#geometry}), each under its own anchor. */
    private Markup parts(Described d) {
        TreeSet<String> parts = new TreeSet<>();
        for (var it = d.graph().find(); it.hasNext(); ) {
            Triple t = it.next();
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(d.iri() + "#")) parts.add(s.getURI());
        }
        List<Markup> out = new ArrayList<>();
        for (String part : parts) {
            String anchor = part.substring(d.iri().length() + 1);
            out.add(Markup.concat(Markup.raw("<h2 id=\""), Markup.text(anchor), Markup.raw("\">"), Markup.text(terms.of(part)),
                    Markup.raw(" <span class=\"iri\">"), Markup.text(part), Markup.raw("</span></h2><table class=\"facts\"><tbody>"),
                    facts.rows(d, org.apache.jena.graph.NodeFactory.createURI(part)), Markup.raw("</tbody></table>")));
        }
        return Markup.join(out, "\n");
    }

    private Markup inbound(Described d, String aboutQuery) {
        if (d.inbound().isEmpty()) return Markup.EMPTY;
        List<Markup> out = new ArrayList<>();
        out.add(Markup.raw("<h2>Linked from</h2>"));
        for (Inbound in : d.inbound()) {
            out.add(Markup.concat(Markup.raw("<h3>"), Markup.text(in.total() + " as "), Markup.link(iris.href(in.property()), terms.of(in.property())),
                    Markup.raw("</h3><ul>")));
            for (Inbound.Linked l : in.first()) out.add(Markup.element("li", "", Markup.link(iris.href(l.iri()), l.name())));
            if (in.total() > in.first().size()) {
                out.add(Markup.concat(Markup.raw("<li>"), Markup.text("and " + (in.total() - in.first().size()) + " more: "),
                        Markup.link(editorLink(aboutQuery), "see all in the query editor"), Markup.raw("</li>")));
            }
            out.add(Markup.raw("</ul>"));
        }
        return Markup.join(out, "\n");
    }

    private Markup formats(String kind, String slug, String aboutQuery) {
        List<Markup> items = new ArrayList<>();
        for (RdfSyntax s : RdfSyntax.values()) items.add(Markup.element("li", "", Markup.link(SiteIris.dataPath(kind, slug, s), s.displayName())));
        items.add(Markup.element("li", "", Markup.link(editorLink(aboutQuery), "Open in the query editor")));
        return Markup.concat(Markup.raw("<ul>"), Markup.join(items, ""), Markup.raw("</ul>"));
    }

    private static Markup alternates(String kind, String slug) {
        List<Markup> out = new ArrayList<>();
        for (RdfSyntax s : RdfSyntax.values()) {
            out.add(Markup.concat(Markup.raw("<link rel=\"alternate\" type=\""), Markup.text(s.mediaType()), Markup.raw("\" href=\""),
                    Markup.text(SiteIris.dataPath(kind, slug, s)), Markup.raw("\">\n")));
        }
        return Markup.join(out, "");
    }

    public static String editorLink(String query) { return "/query?query=" + enc(query); }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
