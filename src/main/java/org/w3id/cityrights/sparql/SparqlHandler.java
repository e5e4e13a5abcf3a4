package org.w3id.cityrights.sparql;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.query.Query;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.w3id.cityrights.http.Conneg;
import org.w3id.cityrights.http.Cors;
import org.w3id.cityrights.http.HttpError;
import org.w3id.cityrights.store.QueryOutcome;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * The SPARQL 1.1 query endpoint: check the request, run the query in full within its limits, then
 * write the answer in the negotiated format. Nothing is written before the answer is complete, so
 * a query that times out gets a 503, never a truncated 200.
 */
public final class SparqlHandler {
    private final QueryService queries;
    private final Handler serviceDescription;

    public SparqlHandler(QueryService queries) {
        this(queries, ctx -> { throw HttpError.badRequest("Missing 'query' parameter: send a SPARQL query as ?query=..."); });
    }

    /** With the handler that answers a plain {@code GET /sparql} (no parameters) with the service description. */
    public SparqlHandler(QueryService queries, Handler serviceDescription) {
        this.queries = queries;
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
        Answer answer = queries.guarded(ctx.req().getRemoteAddr(), () -> answer(req, accept));
        ctx.status(200).contentType(answer.format().contentType()).result(write(answer.outcome(), answer.format()));
    }

    /** A complete answer and the format it goes out in. */
    record Answer(ResultFormat format, QueryOutcome outcome) {}

    /** Runs in a query slot: a megabyte of query text takes seconds to parse, so parsing is part of the work. */
    private Answer answer(SparqlRequest req, String accept) {
        Query query = QueryService.parse(req.query());
        List<ResultFormat> offers = query.isSelectType() || query.isAskType() ? ResultFormat.FOR_RESULTS : ResultFormat.FOR_GRAPHS;
        ResultFormat format = negotiate(req, accept, offers);
        return new Answer(format, queries.execute(query, req.defaultGraphs(), req.namedGraphs()));
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
