package org.w3id.cityrights.linkeddata;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.cityrights.store.BuildInfo;
import org.w3id.cityrights.store.QueryOutcome;
import org.w3id.cityrights.store.Store;

/** Runs the linked-data features' queries through the store, the one door to the data, under a time limit. */
public final class Sparql {
    private final Store store;
    private final long timeoutMillis;

    public Sparql(Store store, long timeoutMillis) {
        this.store = store;
        this.timeoutMillis = timeoutMillis;
    }

    public BuildInfo info() { return store.info(); }

    public Store store() { return store; }

    public List<Binding> select(Query query) {
        return ((QueryOutcome.Rows) store.query(query, timeoutMillis)).rows();
    }

    public Graph construct(Query query) {
        return ((QueryOutcome.Triples) store.query(query, timeoutMillis)).graph();
    }

    public boolean ask(Query query) {
        return ((QueryOutcome.Bool) store.query(query, timeoutMillis)).value();
    }

    /** A number from a one-row result, e.g. a COUNT. */
    public long count(Query query, String var) {
        List<Binding> rows = select(query);
        if (rows.isEmpty()) return 0;
        return number(rows.get(0), var);
    }

    public static Optional<Node> node(Binding row, String var) {
        return Optional.ofNullable(row.get(Var.alloc(var)));
    }

    public static String string(Binding row, String var) {
        Node n = row.get(Var.alloc(var));
        if (n == null) return "";
        return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    public static long number(Binding row, String var) {
        Node n = row.get(Var.alloc(var));
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }
}
