package org.w3id.cityrights.linkeddata.pages;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.cityrights.linkeddata.QueryFile;
import org.w3id.cityrights.linkeddata.SiteIris;
import org.w3id.cityrights.linkeddata.Sparql;
import org.w3id.cityrights.vocab.Vocab;

/** Reads what the linked-data URLs serve about one resource, each part with its own query file. */
public final class Resources {
    static final int INBOUND_SHOWN = 100;
    private static final QueryFile EXISTS = QueryFile.of(Resources.class, "exists.rq");
    private static final QueryFile DESCRIBE = QueryFile.of(Resources.class, "describe.rq");
    private static final QueryFile INFERRED = QueryFile.of(Resources.class, "inferred-only.rq");
    private static final QueryFile INBOUND_COUNTS = QueryFile.of(Resources.class, "inbound-counts.rq");
    private static final QueryFile INBOUND = QueryFile.of(Resources.class, "inbound.rq");
    private static final QueryFile DISAGREEMENTS = QueryFile.of(Resources.class, "disagreements.rq");
    private static final QueryFile ABOUT = QueryFile.of(Resources.class, "about.rq");

    private final Sparql sparql;
    private final SiteIris iris;

    public Resources(Sparql sparql, SiteIris iris) {
        this.sparql = sparql;
        this.iris = iris;
    }

    public boolean exists(String iri) { return sparql.ask(EXISTS.bind().iri("this", iri).query()); }

    /** The RDF a data URL serves: the concise bounded description and the labels of what it links to. */
    public Graph description(String iri) {
        Graph g = sparql.construct(DESCRIBE.bind().iri("this", iri).query());
        g.getPrefixMapping().setNsPrefixes(Vocab.prefixes());
        return g;
    }

    /** Everything a page shows. */
    public Described describe(String iri) {
        return new Described(iri, description(iri), inferred(iri), inbound(iri), disagreements(iri));
    }

    /** A ready query about the resource, for the query editor. */
    public String aboutQuery(String iri) { return ABOUT.bind().iri("this", iri).text(); }

    private Set<Triple> inferred(String iri) {
        Node s = NodeFactory.createURI(iri);
        Set<Triple> out = new HashSet<>();
        for (Binding row : sparql.select(INFERRED.bind().iri("this", iri).iri("inferred", iris.graph("inferred")).query())) {
            out.add(Triple.create(s, Sparql.node(row, "p").orElseThrow(), Sparql.node(row, "o").orElseThrow()));
        }
        return out;
    }

    private List<Inbound> inbound(String iri) {
        List<Inbound> out = new ArrayList<>();
        for (Binding count : sparql.select(INBOUND_COUNTS.bind().iri("this", iri).query())) {
            String p = Sparql.string(count, "p");
            List<Inbound.Linked> first = new ArrayList<>();
            for (Binding row : sparql.select(INBOUND.bind().iri("this", iri).iri("p", p).query())) {
                if (first.size() == INBOUND_SHOWN) break;
                String s = Sparql.string(row, "s");
                String name = Sparql.node(row, "enLabel").or(() -> Sparql.node(row, "anyLabel"))
                        .map(Node::getLiteralLexicalForm).orElse(TermLabels.localName(s));
                first.add(new Inbound.Linked(s, name));
            }
            out.add(new Inbound(p, Sparql.number(count, "n"), first));
        }
        return out;
    }

    private List<Disagreement> disagreements(String iri) {
        Map<String, Disagreement> byNode = new LinkedHashMap<>();
        for (Binding row : sparql.select(DISAGREEMENTS.bind().iri("this", iri).query())) {
            String d = Sparql.string(row, "d");
            Disagreement prev = byNode.get(d);
            List<String> sources = prev == null ? new ArrayList<>() : new ArrayList<>(prev.sources());
            Sparql.node(row, "source").map(Node::getURI).filter(s -> !sources.contains(s)).ifPresent(sources::add);
            Optional<String> property = Sparql.node(row, "property").map(Node::getURI);
            byNode.put(d, new Disagreement(d, property, Sparql.string(row, "value"), sources, Sparql.string(row, "note")));
        }
        return List.copyOf(byNode.values());
    }
}
