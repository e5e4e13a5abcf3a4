package org.w3id.cityrights.workbench.results;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.w3id.cityrights.http.HttpError;
import org.w3id.cityrights.store.QueryOutcome;
import org.w3id.cityrights.store.QueryTimeoutException;
import org.w3id.cityrights.store.Store;

/**
 * Parses and runs the workbench's queries against the store under the server's time limit, turning
 * a bad query or a timeout into the error a client should see.
 */
public final class QueryRunner {
    private final Store store;
    private final long timeoutMillis;

    public QueryRunner(Store store, long timeoutMillis) {
        this.store = store;
        this.timeoutMillis = timeoutMillis;
    }

    public Store store() { return store; }

    public static Query parse(String text) {
        if (text == null || text.isBlank()) throw HttpError.badRequest("The query is empty.");
        try {
            return QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            throw HttpError.badRequest("SPARQL syntax error: " + e.getMessage()
                    + " (the workbench runs read-only queries: SELECT, ASK, CONSTRUCT, DESCRIBE)");
        } catch (QueryException e) {
            throw HttpError.badRequest("Invalid query: " + e.getMessage());
        }
    }

    public QueryOutcome run(Query query) {
        try {
            return store.query(query, timeoutMillis);
        } catch (QueryTimeoutException e) {
            throw new HttpError(503, "Query cancelled: it ran longer than the time limit of " + e.limitMillis()
                    + " ms. Narrow it (LIMIT, more specific patterns) and try again.");
        } catch (QueryException e) {
            throw HttpError.badRequest("Query cannot be executed: " + e.getMessage());
        }
    }

    public QueryOutcome run(String text) { return run(parse(text)); }
}
