package org.w3id.cityrights.sparql;

import java.io.ByteArrayOutputStream;
import java.util.List;
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
import org.w3id.cityrights.store.QueryOutcome;
import org.w3id.cityrights.store.QueryTimeoutException;
import org.w3id.cityrights.store.Store;

import io.javalin.http.Context;

/**
 * The SPARQL 1.1 query endpoint: check the request, run the query in full under its time limit,
 * then write the answer in the negotiated format. Nothing is written before the answer is complete,
 * so a query that times out gets a 503, never a truncated 200.
 */
public final class SparqlHandler {
    private final Store store;
    private final long timeoutMillis;

    public SparqlHandler(Store store, long timeoutMillis) {
        this.store = store;
        this.timeoutMillis = timeoutMillis;
    }

    public void handle(Context ctx) {
        Cors.allowReads(ctx);
        ctx.header("Vary", "Accept");
        SparqlRequest req = SparqlRequest.from(ctx);
        Query query = parse(req.query());
        List<ResultFormat> offers = query.isSelectType() || query.isAskType() ? ResultFormat.FOR_RESULTS : ResultFormat.FOR_GRAPHS;
        ResultFormat format = negotiate(req, ctx.header("Accept"), offers);
        QueryOutcome outcome;
        try {
            outcome = store.query(query, req.defaultGraphs(), req.namedGraphs(), timeoutMillis);
        } catch (QueryTimeoutException e) {
            throw new HttpError(503, "Query cancelled: it ran longer than the time limit of " + e.limitMillis()
                    + " ms. Narrow it (LIMIT, more specific patterns) and try again.");
        } catch (QueryException e) {
            throw HttpError.badRequest("Query cannot be executed: " + e.getMessage());
        }
        ctx.status(200).contentType(format.contentType()).result(write(outcome, format));
    }

    static Query parse(String text) {
        try {
            return QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            if (isUpdate(text)) throw HttpError.forbidden(SparqlRequest.READ_ONLY);
            throw HttpError.badRequest("SPARQL syntax error: " + e.getMessage());
        } catch (QueryException e) {
            throw HttpError.badRequest("Invalid query: " + e.getMessage());
        }
    }

    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text);
            return true;
        } catch (RuntimeException e) {
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
