package org.w3id.cityrights.build;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Materialises what researchers expect to find without a reasoner: the subclass and subproperty
 * closure and declared inverses of the ontology. A plain query for {@code cr:LocalInstrument}
 * then finds every ordinance, and {@code eli:cites} finds every {@code cr:invokes}.
 * Only the schema triples are read into memory; data triples are streamed once.
 */
public final class Materializer {
    private final Map<Node, Set<Node>> superClasses;
    private final Map<Node, Set<Node>> superProperties;
    private final Map<Node, Set<Node>> inverses = new HashMap<>();

    public Materializer(Graph schema) {
        this.superClasses = closure(schema, RDFS.subClassOf.asNode());
        this.superProperties = closure(schema, RDFS.subPropertyOf.asNode());
        schema.find(Node.ANY, OWL.inverseOf.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI()) {
                inverses.computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>()).add(t.getObject());
                inverses.computeIfAbsent(t.getObject(), k -> new LinkedHashSet<>()).add(t.getSubject());
            }
        });
    }

    /** The triples entailed by {@code data} under these rules and not already in it. */
    public Graph inferred(Graph data) {
        Graph out = GraphFactory.createDefaultGraph();
        data.find().forEachRemaining(t -> derive(t, data, out));
        return out;
    }

    private void derive(Triple start, Graph data, Graph out) {
        Deque<Triple> work = new ArrayDeque<>();
        work.push(start);
        while (!work.isEmpty()) {
            Triple t = work.pop();
            for (Triple d : oneStep(t)) {
                if (!data.contains(d) && !out.contains(d)) {
                    out.add(d);
                    work.push(d);
                }
            }
        }
    }

    private Set<Triple> oneStep(Triple t) {
        Set<Triple> out = new LinkedHashSet<>();
        Node s = t.getSubject(), p = t.getPredicate(), o = t.getObject();
        if (p.equals(RDF.type.asNode())) {
            for (Node c : superClasses.getOrDefault(o, Set.of())) out.add(Triple.create(s, p, c));
        }
        for (Node sp : superProperties.getOrDefault(p, Set.of())) out.add(Triple.create(s, sp, o));
        if (!o.isLiteral()) {
            for (Node inv : inverses.getOrDefault(p, Set.of())) out.add(Triple.create(o, inv, s));
        }
        return out;
    }

    /** Transitive closure of a hierarchy relation, without the reflexive pairs. */
    private static Map<Node, Set<Node>> closure(Graph schema, Node relation) {
        Map<Node, Set<Node>> direct = new HashMap<>();
        schema.find(Node.ANY, relation, Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI() && !t.getSubject().equals(t.getObject())) {
                direct.computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>()).add(t.getObject());
            }
        });
        Map<Node, Set<Node>> all = new HashMap<>();
        for (Node n : direct.keySet()) {
            Set<Node> seen = new LinkedHashSet<>();
            Deque<Node> work = new ArrayDeque<>(direct.get(n));
            while (!work.isEmpty()) {
                Node x = work.pop();
                if (!x.equals(n) && seen.add(x)) work.addAll(direct.getOrDefault(x, Set.of()));
            }
            all.put(n, seen);
        }
        return all;
    }
}
