package org.w3id.cityrights.store;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/** The complete answer to a query, held in memory so that nothing is written before it is known to be whole. */
public sealed interface QueryOutcome {

    record Rows(List<Var> vars, List<Binding> rows) implements QueryOutcome {
        public RowSet rowSet() { return RowSetStream.create(vars, rows.iterator()); }
    }

    record Bool(boolean value) implements QueryOutcome {}

    record Triples(Graph graph) implements QueryOutcome {}
}
