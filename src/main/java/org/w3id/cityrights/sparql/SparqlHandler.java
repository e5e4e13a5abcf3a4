package org.w3id.cityrights.sparql;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.query.Query;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.w3id.cityrights.cache.CacheKey;
import org.w3id.cityrights.cache.CacheSettings;
import org.w3id.cityrights.cache.CachedAnswer;
import org.w3id.cityrights.cache.Determinism;
import org.w3id.cityrights.cache.EntityTags;
import org.w3id.cityrights.cache.ResultCache;
import org.w3id.cityrights.http.Conneg;
import org.w3id.cityrights.http.Cors;
import org.w3id.cityrights.http.HttpError;
import org.w3id.cityrights.store.QueryOutcome;
import org.w3id.cityrights.store.Store;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * The SPARQL 1.1 query endpoint: check the request, run the query in full within its limits, then
 * write the answer in the negotiated format. Nothing is written before the answer is complete, so
 * a query that times out gets a 503, never a truncated 200.
 *
 * <p>An answer depends only on the query, the format and the dataset version, so answers are tagged
 * ({@code ETag}), revalidated ({@code If-None-Match} gives 304 without running the query) and kept in
 * the {@link ResultCache}. A query the cache can answer as sent is not even parsed; one that is
 * parsed passes the SERVICE policy before any answer, cached or not, goes out. Queries that call
 * SERVICE or a function such as NOW() depend on more than the data and are never cached or tagged.
 */
public final class SparqlHandler {
    private final QueryService queries;
    private final ResultCache cache;
    private final CacheSettings settings;

    public SparqlHandler(QueryService queries) { this(queries, ResultCache.disabled(), CacheSettings.OFF); }

    public SparqlHandler(QueryService queries, ResultCache cache, CacheSettings settings) {
        this.queries = queries;
        this.cache = cache;
        this.settings = settings;
    }

    public void handle(Context ctx) {
        Cors.allowReads(ctx);
        ctx.header("Vary", "Accept");
        SparqlRequest req = SparqlRequest.from(ctx);
        String accept = ctx.header("Accept");
        String client = ctx.req().getRemoteAddr();
        boolean conditional = ctx.method() == HandlerType.GET;
        String ifNoneMatch = ctx.header("If-None-Match");

        Store store = queries.store();
        long generation = store.generation();
        cache.observe(generation);
        String version = EntityTags.datasetVersion(store.info());
        CacheKey asSent = new CacheKey(version, CacheKey.Kind.AS_SENT, req.query(), req.defaultGraphs(), req.namedGraphs(),
                req.format().orElse("") + "\n" + (accept == null ? "" : accept));
        Optional<CachedAnswer> hit = cache.enabled() ? cache.get(asSent) : Optional.empty();
        if (hit.isPresent()) {
            queries.admit(client);
            send(ctx, hit.get(), conditional && EntityTags.matches(ifNoneMatch, hit.get().etag()));
            return;
        }

        Answer answer = queries.guarded(client, () -> answer(req, accept, version, conditional ? ifNoneMatch : null));
        if (answer.cached() != null) {
            cache.put(generation, asSent, answer.cached());
            send(ctx, answer.cached(), false);
            return;
        }
        if (answer.notModified() != null) {
            send(ctx, new CachedAnswer(new byte[0], answer.format().contentType(), answer.notModified()), true);
            return;
        }
        byte[] body = write(answer.outcome(), answer.format());
        // The tag names the version read before the query: it holds only if the data did not change meanwhile.
        boolean unchanged = answer.key() != null && store.generation() == generation;
        if (!unchanged) {
            ctx.header("Cache-Control", "no-store");
            ctx.status(200).contentType(answer.format().contentType()).result(body);
            return;
        }
        CachedAnswer fresh = new CachedAnswer(body, answer.format().contentType(), EntityTags.of(answer.key()));
        cache.put(generation, answer.key(), fresh);
        cache.put(generation, asSent, fresh);
        send(ctx, fresh, false);
    }

    /**
     * What the work in the slot produced: an answer from the cache, the tag of an unchanged answer
     * (304), or a fresh outcome with its normalised key (null when it must not be cached).
     */
    record Answer(ResultFormat format, QueryOutcome outcome, CacheKey key, CachedAnswer cached, String notModified) {}

    /** Runs in a query slot: a megabyte of query text takes seconds to parse, so parsing is part of the work. */
    private Answer answer(SparqlRequest req, String accept, String version, String ifNoneMatch) {
        Query query = QueryService.parse(req.query());
        List<ResultFormat> offers = query.isSelectType() || query.isAskType() ? ResultFormat.FOR_RESULTS : ResultFormat.FOR_GRAPHS;
        ResultFormat format = negotiate(req, accept, offers);
        boolean usesService = queries.checkServices(query);
        String normalised = query.serialize();
        if (usesService || !Determinism.isDeterministic(normalised)) {
            return new Answer(format, queries.execute(query, req.defaultGraphs(), req.namedGraphs()), null, null, null);
        }
        CacheKey key = new CacheKey(version, CacheKey.Kind.NORMALISED, normalised, sorted(req.defaultGraphs()), sorted(req.namedGraphs()),
                format.mediaType());
        Optional<CachedAnswer> hit = cache.enabled() ? cache.get(key) : Optional.empty();
        if (hit.isPresent()) return new Answer(format, null, key, hit.get(), null);
        String etag = EntityTags.of(key);
        if (EntityTags.matches(ifNoneMatch, etag)) return new Answer(format, null, key, null, etag);
        return new Answer(format, queries.execute(query, req.defaultGraphs(), req.namedGraphs()), key, null, null);
    }

    private void send(Context ctx, CachedAnswer a, boolean notModified) {
        ctx.header("ETag", a.etag());
        ctx.header("Cache-Control", settings.cacheControl());
        if (notModified) ctx.status(304);
        else ctx.status(200).contentType(a.contentType()).result(a.body());
    }

    private static List<String> sorted(List<String> graphs) { return graphs.stream().distinct().sorted().toList(); }

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
