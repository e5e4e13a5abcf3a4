package org.w3id.cityrights.importer;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;

/**
 * An in-memory graph that can take back what was added since a mark, so that a row whose
 * conversion fails half-way leaves none of its triples behind. Only additions are undone:
 * importers add, they never delete.
 */
final class UndoableGraph extends GraphWrapper {
    private final List<Triple> added = new ArrayList<>();
    private boolean recording;

    UndoableGraph() { super(GraphFactory.createDefaultGraph()); }

    @Override
    public void add(Triple t) {
        if (recording && !get().contains(t)) added.add(t);
        super.add(t);
    }

    /** Starts recording the triples that a row adds. */
    void mark() {
        added.clear();
        recording = true;
    }

    /** Keeps what the row added. */
    void commit() {
        added.clear();
        recording = false;
    }

    /** Removes what the row added. */
    void rollback() {
        for (Triple t : added) get().delete(t);
        added.clear();
        recording = false;
    }
}
