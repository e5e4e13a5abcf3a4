package org.w3id.cityrights.sparql;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.update.UpdateFactory;
import org.w3id.cityrights.http.Conneg;
import org.w3id.cityrights.http.Cors;
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

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * The SPARQL 1.1 query endpoint: check the request, run the query in full within its limits, then
 * write the answer in the negotiated format. Nothing is written before the answer is complete, so
 * a query that times out gets a 503, never a truncated 200.
 */
public final class SparqlHandler {
    private final Store store;
    private final Limits limits;
    private final QueryRunner runner;
    private final ClientBudget budget;
    private final ServicePolicy services;
    private final Handler serviceDescription;

    public SparqlHandler(Store store, Limits limits, QueryRunner runner, ClientBudget budget, ServicePolicy services) {
        this(store, limits, runner, budget, services,
                ctx -> { throw HttpError.badRequest("Missing 'query' parameter: send a SPARQL query as ?query=..."); });
    }

    /** With the handler that answers a plain {@code GET /sparql} (no parameters) with the service description. */
    public SparqlHandler(Store store, Limits limits, QueryRunner runner, ClientBudget budget, ServicePolicy services,
                         Handler serviceDescription) {
        this.store = store;
        this.limits = limits;
        this.runner = runner;
        this.budget = budget;
        this.services = services;
        this.serviceDescription = serviceDescription;
    }

    public void handle(Context ctx) throws Exception {
        Cors.allowReads(ctx);
        ctx.header("Vary", "Accept");
        if (SparqlRequest.isServiceDescriptionRequest(ctx)) {
            serviceDescription.handle(ctx);
            return;
        }
        SparqlRequest req = SparqlRequest.from(ctx);
        String accept = ctx.header("Accept");
        Answer answer = execute(ctx, () -> answer(req, accept));
        ctx.status(200).contentType(answer.format().contentType()).result(write(answer.outcome(), answer.format()));
    }

    /** A complete answer and the format it goes out in. */
    record Answer(ResultFormat format, QueryOutcome outcome) {}

    /**
     * Parsing is part of the work a query costs (a megabyte of query text takes seconds to parse), so
     * it runs in a query slot together with the execution.
     */
    private Answer answer(SparqlRequest req, String accept) {
        Query query = parse(req.query());
        boolean usesService = check(query);
        List<ResultFormat> offers = query.isSelectType() || query.isAskType() ? ResultFormat.FOR_RESULTS : ResultFormat.FOR_GRAPHS;
        ResultFormat format = negotiate(req, accept, offers);
        QueryOptions options = new QueryOptions(limits.timeoutMillis(), limits.maxRows(), usesService);
        return new Answer(format, store.query(query, req.defaultGraphs(), req.namedGraphs(), options));
    }

    private boolean check(Query query) {
        try {
            return services.check(query);
        } catch (ServicePolicy.RefusedException e) {
            throw HttpError.badRequest(e.getMessage());
        }
    }

    private Answer execute(Context ctx, java.util.concurrent.Callable<Answer> work) {
        String client = ctx.req().getRemoteAddr();
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

    static Query parse(String text) {
        if (QueryShape.nesting(text) > QueryShape.MAX_NESTING) {
            throw HttpError.badRequest("The query nests groups more than " + QueryShape.MAX_NESTING + " levels deep.");
        }
        try {
            return QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            if (isUpdate(text)) throw HttpError.forbidden(SparqlRequest.READ_ONLY);
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

    static ResultFormat negotiate(SparqlRequest req, String accept, List<ResultFormat> offers) {
        if (req.format().isPresent()) {
            return ResultFormat.byName(req.format().get(), offers).orElseThrow(() -> HttpError.notAcceptable(
                    "Unknown format '" + req.format().get() + "' for this query. Offered: " + describe(offers)));
        }
        List<String> types = offers.stream().map(ResultFormat::mediaType).toList();
        return Conneg.choose(accept, types).flatMap(t -> ResultFormat.byMediaType(t, offers)).orElseThrow(() ->
                HttpError.notAcceptable("No offered format matches Accept: " + accept + ". Offered: " + describe(offers)));
    }

    private static String describe(List<ResultFormat> offers) {
        return offers.stream().map(f -> f.mediaType() + (f.names().isEmpty() ? "" : " (format=" + f.names().get(0) + ")"))
                .distinct().collect(Collectors.joining(", "));
    }

    static byte[] write(QueryOutcome outcome, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (outcome instanceof QueryOutcome.Rows rows) ResultsWriter.create().lang(format.lang()).write(out, rows.rowSet());
        else if (outcome instanceof QueryOutcome.Bool b) ResultsWriter.create().lang(format.lang()).write(out, b.value());
        else if (outcome instanceof QueryOutcome.Triples t) RDFDataMgr.write(out, t.graph(), format.lang());
        return out.toByteArray();
    }
}
