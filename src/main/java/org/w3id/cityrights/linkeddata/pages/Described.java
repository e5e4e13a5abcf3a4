package org.w3id.cityrights.linkeddata.pages;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/** What a resource page shows: the resource's description, which of its statements were inferred, what links to it, and where sources disagree. */
public record Described(String iri, Graph graph, Set<Triple> inferred, List<Inbound> inbound, List<Disagreement> disagreements) {
    public Node node() { return NodeFactory.createURI(iri); }

    public boolean isInferred(Triple t) { return inferred.contains(t); }
}
