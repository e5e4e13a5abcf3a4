package org.w3id.cityrights.synthetic;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.cityrights.build.Materializer;

/**
 * Writes one described thing at a time: its triples into the named graph of its kind, and what the
 * build's {@link Materializer} infers from them into the inferred graph, as a real build would. The
 * store that results needs no inference step, so loading it is a plain bulk load.
 */
final class SyntheticWriter {
    private final StreamRDF out;
    private final Materializer materializer;
    private final Node inferredGraph;
    private long quads;

    SyntheticWriter(StreamRDF out, Materializer materializer, String inferredGraph) {
        this.out = out;
        this.materializer = materializer;
        this.inferredGraph = NodeFactory.createURI(inferredGraph);
    }

    /** A fresh graph to describe one thing in. */
    static Graph thing() { return GraphFactory.createGraphMem(); }

    void write(String graphIri, Graph described) {
        Node g = NodeFactory.createURI(graphIri);
        described.find().forEachRemaining(t -> {
            out.quad(new Quad(g, t));
            quads++;
        });
        materializer.inferred(described).find().forEachRemaining(t -> {
            out.quad(new Quad(inferredGraph, t));
            quads++;
        });
    }

    /** Writes triples as they are, with nothing inferred (the ontology, whose inferences are written once). */
    void writePlain(String graphIri, Graph g) {
        Node gn = NodeFactory.createURI(graphIri);
        g.find().forEachRemaining(t -> {
            out.quad(new Quad(gn, t));
            quads++;
        });
    }

    long quads() { return quads; }
}
