package org.w3id.cityrights.sparql;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateFactory;
import org.w3id.cityrights.http.HttpError;
import org.w3id.cityrights.limits.ClientBudget;
import org.w3id.cityrights.limits.Limits;
import org.w3id.cityrights.limits.QueryRunner;
import org.w3id.cityrights.limits.QueryShape;
import org.w3id.cityrights.limits.ServicePolicy;
import org.w3id.cityrights.store.QueryOptions;
import org.w3id.cityrights.store.QueryOutcome;
import org.w3id.cityrights.store.QueryTimeoutException;
import org.w3id.cityrights.store.ResultTooLargeException;
import org.w3id.cityrights.store.Store;

/**
 * Every query a client causes, from the endpoint or from a page, goes through here: the client's
 * budget, a slot of the bounded runner, the SERVICE policy, the time and row limits. Failures become
 * the HTTP errors a client should see.
 */
public final class QueryService {
    static final String READ_ONLY = "This endpoint is read-only: SPARQL Update is not accepted.";

    private final Store store;
    private final Limits limits;
    private final QueryRunner runner;
    private final ClientBudget budget;
    private final ServicePolicy services;

    public QueryService(Store store, Limits limits, QueryRunner runner, ClientBudget budget, ServicePolicy services) {
        this.store = store;
        this.limits = limits;
        this.runner = runner;
        this.budget = budget;
        this.services = services;
    }

    public Store store() { return store; }
    public Limits limits() { return limits; }

    /** Runs a parsed query for a client, over the whole dataset. */
    public QueryOutcome run(Query query, String client) {
        return guarded(client, () -> execute(query, List.of(), List.of()));
    }

    /** Runs work that parses and executes (the endpoint parses inside the slot: parsing large text is work too). */
    public <T> T guarded(String client, Callable<T> work) {
        try {
            budget.check(client);
        } catch (ClientBudget.OverBudgetException e) {
            throw new HttpError(429, "Too many queries: this client has used its query time for this minute. Try again in "
                    + e.retryAfterSeconds() + " s.", Map.of("Retry-After", Long.toString(e.retryAfterSeconds())));
        }
        long t0 = System.nanoTime();
        try {
            return runner.run(work, limits.timeoutMillis());
        } catch (QueryRunner.BusyException e) {
            throw new HttpError(503, "The server is busy: all " + limits.maxConcurrentQueries() + " query slots are in use. Try again shortly.",
                    Map.of("Retry-After", "2"));
        } catch (QueryTimeoutException e) {
            throw new HttpError(503, "Query cancelled: it ran longer than the time limit of " + e.limitMillis()
                    + " ms. Narrow it (LIMIT, more specific patterns) and try again.");
        } catch (ResultTooLargeException e) {
            throw HttpError.badRequest("The result has more than " + e.limit() + " rows, the most this endpoint returns. "
                    + "Add LIMIT and OFFSET to page through it, or use the data dumps.");
        } catch (QueryException e) {
            throw HttpError.badRequest("Query cannot be executed: " + e.getMessage());
        } catch (StackOverflowError e) {
            throw HttpError.badRequest("Query cannot be executed: it is nested too deeply.");
        } finally {
            budget.charge(client, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    /** Executes inside a slot: checks SERVICE, then asks the store within the limits. */
    QueryOutcome execute(Query query, List<String> defaultGraphs, List<String> namedGraphs) {
        boolean usesService;
        try {
            usesService = services.check(query);
        } catch (ServicePolicy.RefusedException e) {
            throw HttpError.badRequest(e.getMessage());
        }
        QueryOptions options = new QueryOptions(limits.timeoutMillis(), limits.maxRows(), usesService);
        return store.query(query, defaultGraphs, namedGraphs, options);
    }

    /** Parses SPARQL 1.1 query text; an update gets 403, anything else that is not a query 400. */
    public static Query parse(String text) {
        if (text == null || text.isBlank()) throw HttpError.badRequest("The query is empty.");
        if (QueryShape.nesting(text) > QueryShape.MAX_NESTING) {
            throw HttpError.badRequest("The query nests groups more than " + QueryShape.MAX_NESTING + " levels deep.");
        }
        try {
            return QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            if (isUpdate(text)) throw HttpError.forbidden(READ_ONLY);
            throw HttpError.badRequest("SPARQL syntax error: " + e.getMessage());
        } catch (QueryException e) {
            throw HttpError.badRequest("Invalid query: " + e.getMessage());
        } catch (StackOverflowError e) {
            throw HttpError.badRequest("The query is nested too deeply to parse.");
        }
    }

    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text);
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
    }
}
