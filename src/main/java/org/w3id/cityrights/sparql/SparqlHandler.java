package org.w3id.cityrights.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.exec.RowSet;
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
import org.w3id.cityrights.store.AnswerSink;
import org.w3id.cityrights.store.Store;

import io.javalin.http.Context;
import io.javalin.http.Handler;
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
    private final Handler serviceDescription;

    /** Without a cache, and without a service description (a plain {@code GET /sparql} is then a bad request). */
    public SparqlHandler(QueryService queries) {
        this(queries, ResultCache.disabled(), CacheSettings.OFF,
                ctx -> { throw HttpError.badRequest("Missing 'query' parameter: send a SPARQL query as ?query=..."); });
    }

    /** With the handler that answers a plain {@code GET /sparql} (no parameters) with the service description. */
    public SparqlHandler(QueryService queries, ResultCache cache, CacheSettings settings, Handler serviceDescription) {
        this.queries = queries;
        this.cache = cache;
        this.settings = settings;
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
            if (send(ctx, hit.get(), conditional && EntityTags.matches(ifNoneMatch, hit.get().etag()))) return;
        }

        AnswerBuffer buffer = new AnswerBuffer(AnswerBuffer.DEFAULT_MEMORY_LIMIT);
        boolean sent = false;
        try {
            Answer answer = queries.guarded(client, () -> answer(req, accept, version, conditional ? ifNoneMatch : null, buffer));
            if (answer.cached() != null && send(ctx, answer.cached(), false)) {
                cache.put(generation, asSent, answer.cached());
                return;
            }
            if (answer.notModified() != null) {
                send(ctx, new CachedAnswer(new byte[0], answer.format().contentType(), answer.notModified()), true);
                return;
            }
            // The tag names the version read before the query: it holds only if the data did not change meanwhile.
            boolean unchanged = answer.key() != null && store.generation() == generation;
            String contentType = answer.format().contentType();
            if (!buffer.inMemory()) {
                sent = sendFile(ctx, buffer, unchanged ? EntityTags.of(answer.key()) : null, contentType, generation, answer.key(), asSent);
                return;
            }
            byte[] body = buffer.bytes();
            if (!unchanged) {
                ctx.header("Cache-Control", "no-store");
                ctx.status(200).contentType(contentType).result(body);
                return;
            }
            CachedAnswer fresh = new CachedAnswer(body, contentType, EntityTags.of(answer.key()));
            cache.put(generation, answer.key(), fresh);
            cache.put(generation, asSent, fresh);
            send(ctx, fresh, false);
        } finally {
            if (!sent) buffer.discard();
        }
    }

    /**
     * What the work in the slot produced: an answer from the cache, the tag of an unchanged answer
     * (304), or a fresh answer written into the buffer, with its normalised key (null when it must not
     * be cached or tagged).
     */
    record Answer(ResultFormat format, CacheKey key, CachedAnswer cached, String notModified) {}

    /** Runs in a query slot: a megabyte of query text takes seconds to parse, so parsing is part of the work. */
    private Answer answer(SparqlRequest req, String accept, String version, String ifNoneMatch, AnswerBuffer buffer) {
        Query query = QueryService.parse(req.query());
        List<ResultFormat> offers = query.isSelectType() || query.isAskType() ? ResultFormat.FOR_RESULTS : ResultFormat.FOR_GRAPHS;
        ResultFormat format = negotiate(req, accept, offers);
        boolean usesService = queries.checkServices(query);
        String normalised = query.serialize();
        CacheKey key = null;
        if (!usesService && Determinism.isDeterministic(normalised)) {
            key = new CacheKey(version, CacheKey.Kind.NORMALISED, normalised, sorted(req.defaultGraphs()), sorted(req.namedGraphs()),
                    format.mediaType());
            Optional<CachedAnswer> hit = cache.enabled() ? cache.get(key) : Optional.empty();
            if (hit.isPresent()) return new Answer(format, key, hit.get(), null);
            String etag = EntityTags.of(key);
            if (EntityTags.matches(ifNoneMatch, etag)) return new Answer(format, key, null, etag);
        }
        queries.answer(query, req.defaultGraphs(), req.namedGraphs(), usesService, writer(buffer, format));
        return new Answer(format, key, null, null);
    }

    /** Writes the answer in the negotiated format as the store produces it. */
    private static AnswerSink writer(AnswerBuffer out, ResultFormat format) {
        return new AnswerSink() {
            @Override public void rows(RowSet rows) { ResultsWriter.create().lang(format.lang()).write(out, rows); }
            @Override public void bool(boolean value) { ResultsWriter.create().lang(format.lang()).write(out, value); }
            @Override public void graph(Graph graph) { RDFDataMgr.write(out, graph, format.lang()); }
        };
    }

    /**
     * Sends a cached answer, or 304 for it; false when its file has been evicted meanwhile (then the
     * query runs as if it had not been cached).
     */
    private boolean send(Context ctx, CachedAnswer a, boolean notModified) {
        if (notModified) {
            ctx.header("ETag", a.etag()).header("Cache-Control", settings.cacheControl()).status(304);
            return true;
        }
        InputStream body;
        try {
            body = a.inMemory() ? null : a.open();
        } catch (IOException e) {
            return false;
        }
        ctx.header("ETag", a.etag()).header("Cache-Control", settings.cacheControl());
        if (body == null) ctx.status(200).contentType(a.contentType()).result(a.body());
        else ctx.status(200).contentType(a.contentType()).result(body);
        return true;
    }

    /**
     * Sends an answer too large for memory from its temporary file, which the result cache keeps when
     * it may (then it is tagged and cached like any other) and which is deleted otherwise.
     * @return whether the buffer's file was handed over (sent or kept), so the buffer must not discard it
     */
    private boolean sendFile(Context ctx, AnswerBuffer buffer, String etag, String contentType, long generation, CacheKey key, CacheKey asSent) {
        if (etag == null || !cache.wouldKeepFile(buffer.size())) {
            if (etag != null) ctx.header("ETag", etag).header("Cache-Control", settings.cacheControl());
            else ctx.header("Cache-Control", "no-store");
            ctx.status(200).contentType(contentType).result(buffer.openAndDelete());
            return true;
        }
        long size = buffer.size();
        java.nio.file.Path file = buffer.keepFile();
        CachedAnswer kept = CachedAnswer.inFile(file, size, contentType, etag);
        InputStream body;
        try {
            // Opened before the cache may evict (and delete) it: an open file stays readable.
            body = java.nio.file.Files.newInputStream(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        boolean cached = cache.put(generation, key, kept);
        cached |= cache.put(generation, asSent, kept);
        if (!cached) {
            try {
                java.nio.file.Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
        ctx.header("ETag", etag).header("Cache-Control", settings.cacheControl());
        ctx.status(200).contentType(contentType).result(body);
        return true;
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
}
