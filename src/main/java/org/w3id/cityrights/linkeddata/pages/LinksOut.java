package org.w3id.cityrights.linkeddata.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.w3id.cityrights.linkeddata.Markup;
import org.w3id.cityrights.vocab.Vocab;

/** Links from a resource to the same or a matching thing in Wikidata, GeoNames, the SDG and the UNBIS Thesaurus. */
public final class LinksOut {
    private LinksOut() {}

    record Target(String namespace, String name) {}

    static final List<Target> TARGETS = List.of(new Target(Vocab.WIKIDATA, "Wikidata"), new Target(Vocab.GEONAMES, "GeoNames"),
            new Target(Vocab.SDG, "SDG"), new Target(Vocab.UNBIS, "UNBIS Thesaurus"));

    public static Markup box(Described d) {
        TreeSet<String> links = new TreeSet<>();
        d.graph().find(d.node(), Node.ANY, Node.ANY).forEachRemaining(t -> {
            Node o = t.getObject();
            if (o.isURI() && TARGETS.stream().anyMatch(x -> o.getURI().startsWith(x.namespace()))) links.add(o.getURI());
        });
        if (links.isEmpty()) return Markup.EMPTY;
        List<Markup> items = new ArrayList<>();
        for (Target target : TARGETS) {
            for (String iri : links) {
                if (!iri.startsWith(target.namespace())) continue;
                String id = iri.substring(target.namespace().length()).replaceAll("/$", "");
                items.add(Markup.element("li", "", Markup.concat(Markup.text(target.name() + " "), Markup.link(iri, id))));
            }
        }
        return Markup.concat(Markup.raw("<h2>Elsewhere</h2><ul>"), Markup.join(items, ""), Markup.raw("</ul>"));
    }
}
