package org.w3id.cityrights.workbench.results;

import org.apache.jena.query.Query;
import org.w3id.cityrights.sparql.QueryService;
import org.w3id.cityrights.store.QueryOutcome;
import org.w3id.cityrights.store.Store;

import io.javalin.http.Context;

/**
 * Runs the workbench's queries through the same guards as the endpoint (slots, time and row limits,
 * SERVICE policy, the client's budget), turning a bad query or a timeout into the error a client sees.
 */
public final class QueryRunner {
    private final QueryService queries;

    public QueryRunner(QueryService queries) { this.queries = queries; }

    public Store store() { return queries.store(); }

    public static Query parse(String text) { return QueryService.parse(text); }

    public QueryOutcome run(Query query, Context ctx) { return queries.run(query, ctx.req().getRemoteAddr()); }

    public QueryOutcome run(String text, Context ctx) { return run(parse(text), ctx); }
}
