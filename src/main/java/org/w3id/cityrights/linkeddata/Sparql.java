package org.w3id.cityrights.linkeddata;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.cityrights.http.HttpError;
import org.w3id.cityrights.limits.QueryRunner;
import org.w3id.cityrights.store.BuildInfo;
import org.w3id.cityrights.store.QueryOutcome;
import org.w3id.cityrights.store.QueryTimeoutException;
import org.w3id.cityrights.store.Store;

/**
 * Runs the linked-data features' queries through the store, the one door to the data, under a time
 * limit; when serving, in the same bounded query slots as the SPARQL endpoint, so that pages cannot
 * overload the server either.
 */
public final class Sparql {
    private final Store store;
    private final long timeoutMillis;
    private final QueryRunner runner;

    /** Without slots: for the build, which runs one query at a time. */
    public Sparql(Store store, long timeoutMillis) { this(store, timeoutMillis, null); }

    public Sparql(Store store, long timeoutMillis, QueryRunner runner) {
        this.store = store;
        this.timeoutMillis = timeoutMillis;
        this.runner = runner;
    }

    private QueryOutcome run(Query query) {
        try {
            return runner == null ? store.query(query, timeoutMillis) : runner.run(() -> store.query(query, timeoutMillis), timeoutMillis);
        } catch (QueryRunner.BusyException e) {
            throw new HttpError(503, "The server is busy: all query slots are in use. Try again shortly.", Map.of("Retry-After", "2"));
        } catch (QueryTimeoutException e) {
            throw new HttpError(503, "The page's data took longer than " + e.limitMillis() + " ms to read. Try again shortly.");
        }
    }

    public BuildInfo info() { return store.info(); }

    public Store store() { return store; }

    public List<Binding> select(Query query) {
        return ((QueryOutcome.Rows) run(query)).rows();
    }

    public Graph construct(Query query) {
        return ((QueryOutcome.Triples) run(query)).graph();
    }

    public boolean ask(Query query) {
        return ((QueryOutcome.Bool) run(query)).value();
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
