package org.w3id.cityrights.store;

import java.net.http.HttpClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.cityrights.vocab.Ids;

/**
 * A store that asks a SPARQL 1.1 query service, such as Fuseki, or a cluster of replicas behind one
 * URL: the scale-out path, with the same front end (limits, cache, pages) as the embedded store.
 * The operator names the service; clients never do. Answers are read in full within the time and
 * row limits, as from the embedded store, and a service that does not answer in time is cut off.
 *
 * <p>The dataset version is read from the build's meta graph when the store connects and then every
 * few seconds; a new version changes {@link #generation()}, which drops cached answers. While the meta
 * graph is missing (a load through the Graph Store Protocol is under way) the generation is odd, so
 * nothing computed then is cached.
 */
public final class RemoteStore implements Store {
    static final String RESULTS_ACCEPT = "application/sparql-results+thrift, application/sparql-results+json;q=0.9, "
            + "application/sparql-results+xml;q=0.8";
    static final String GRAPH_ACCEPT = "application/rdf+thrift, application/n-triples;q=0.9, text/turtle;q=0.8";

    private final RemoteEndpoint endpoint;
    private final String metaGraph;
    private final String baseIri;
    private final HttpClient http;
    private final ScheduledExecutorService timers;
    private final AtomicLong generation = new AtomicLong();
    private volatile BuildInfo info;
    private volatile boolean open = true;

    private RemoteStore(RemoteEndpoint endpoint, Ids ids) {
        this.endpoint = endpoint;
        this.metaGraph = ids.graph("meta");
        this.baseIri = ids.base();
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(endpoint.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.timers = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cityrights-remote-store");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Connects and checks that the service holds a cityrights dataset and queries the union of its
     * graphs by default.
     * @throws StoreUnavailableException when the service does not answer
     * @throws RemoteSetupException       when it answers but is not set up as cityrights needs
     */
    public static RemoteStore connect(RemoteEndpoint endpoint, Ids ids) {
        RemoteStore store = new RemoteStore(endpoint, ids);
        try {
            BuildInfo found = store.readInfo().orElseThrow(() -> new RemoteSetupException("the service at " + endpoint.queryUrl()
                    + " holds no cityrights dataset (no version in graph <" + store.metaGraph + ">); load one with: "
                    + "cityrights build --gsp-endpoint URL"));
            if (!store.unionIsDefault(found.datasetVersion())) {
                throw new RemoteSetupException("the default graph of " + endpoint.queryUrl() + " is not the union of its named graphs, "
                        + "which cityrights queries expect (in Fuseki: tdb2:unionDefaultGraph true; see docs/deployment.md)");
            }
            store.info = found;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        store.timers.scheduleWithFixedDelay(store::refresh, endpoint.pollMillis(), endpoint.pollMillis(), TimeUnit.MILLISECONDS);
        return store;
    }

    @Override
    public QueryOutcome query(Query query, List<String> defaultGraphs, List<String> namedGraphs, QueryOptions options) {
        return execute(query, defaultGraphs, namedGraphs, options, qe -> read(query, qe, options.maxRows()));
    }

    /** Rows go to the sink as they arrive from the service. */
    @Override
    public void answer(Query query, List<String> defaultGraphs, List<String> namedGraphs, QueryOptions options, AnswerSink sink) {
        execute(query, defaultGraphs, namedGraphs, options, qe -> {
            if (query.isSelectType()) sink.rows(RowLimit.of(qe.select(), options.maxRows()));
            else AnswerSink.send(read(query, qe, options.maxRows()), sink);
            return null;
        });
    }

    private <T> T execute(Query query, List<String> defaultGraphs, List<String> namedGraphs, QueryOptions options,
                          java.util.function.Function<QueryExec, T> work) {
        QueryExecHTTPBuilder b = QueryExecHTTPBuilder.service(endpoint.queryUrl()).httpClient(http).query(query)
                .acceptHeaderSelectQuery(RESULTS_ACCEPT).acceptHeaderAskQuery(RESULTS_ACCEPT)
                .acceptHeaderGraph(GRAPH_ACCEPT)
                .timeout(options.timeoutMillis(), TimeUnit.MILLISECONDS);
        defaultGraphs.forEach(b::addDefaultGraphURI);
        namedGraphs.forEach(b::addNamedGraphURI);
        AtomicBoolean cutOff = new AtomicBoolean();
        try (QueryExecHTTP qe = b.build()) {
            // The request timeout covers the wait for the first byte; this covers reading the answer too.
            ScheduledFuture<?> deadline = timers.schedule(() -> { cutOff.set(true); qe.abort(); }, options.timeoutMillis(), TimeUnit.MILLISECONDS);
            try {
                return work.apply(qe);
            } finally {
                deadline.cancel(false);
            }
        } catch (ResultTooLargeException e) {
            throw e;
        } catch (RuntimeException e) {
            if (cutOff.get() || isTimeout(e)) throw new QueryTimeoutException(options.timeoutMillis());
            throw translate(e);
        }
    }

    private static QueryOutcome read(Query query, QueryExec qe, long maxRows) {
        if (query.isSelectType()) {
            RowSet rs = qe.select();
            List<Var> vars = rs.getResultVars();
            List<Binding> rows = new ArrayList<>();
            while (rs.hasNext()) {
                Binding row = rs.next();
                if (rows.size() >= maxRows) throw new ResultTooLargeException(maxRows);
                rows.add(row);
            }
            return new QueryOutcome.Rows(vars, rows);
        }
        if (query.isAskType()) return new QueryOutcome.Bool(qe.ask());
        Iterator<Triple> triples = query.isConstructType() ? qe.constructTriples() : qe.describeTriples();
        Graph g = GraphFactory.createDefaultGraph();
        while (triples.hasNext()) {
            g.add(triples.next());
            if (g.size() > maxRows) throw new ResultTooLargeException(maxRows);
        }
        g.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
        return new QueryOutcome.Triples(g);
    }

    private static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.http.HttpTimeoutException) return true;
        }
        return false;
    }

    /** A refusal of the query itself stays a query error (400); anything else means the service is not serving. */
    private RuntimeException translate(RuntimeException e) {
        int status = e instanceof QueryExceptionHTTP q ? q.getStatusCode() : e instanceof HttpException h ? h.getStatusCode() : -1;
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            return new QueryException("the data service refused the query (HTTP " + status + "): " + firstLine(e.getMessage()));
        }
        String why = status > 0 ? "it answered HTTP " + status : "it could not be reached (" + firstLine(String.valueOf(rootCause(e))) + ")";
        return new StoreUnavailableException("the data service " + endpoint.queryUrl() + " did not answer: " + why, e);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        String line = s.strip().split("\r?\n", 2)[0];
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    /** The version the service holds now, from the meta graph; empty while there is none. */
    Optional<BuildInfo> readInfo() {
        ParameterizedSparqlString q = new ParameterizedSparqlString(QueryText.text("/store/dataset-version.rq"));
        q.setIri("meta", metaGraph);
        QueryOutcome o = query(q.asQuery(), List.of(), List.of(), QueryOptions.of(endpoint.connectTimeout().toMillis() * 2));
        if (!(o instanceof QueryOutcome.Rows rows) || rows.rows().isEmpty()) return Optional.empty();
        Binding row = rows.rows().get(0);
        String version = row.get(Var.alloc("version")).getLiteralLexicalForm();
        String identifier = row.contains(Var.alloc("identifier")) ? row.get(Var.alloc("identifier")).getLiteralLexicalForm() : "";
        Instant builtAt = Instant.EPOCH;
        if (row.contains(Var.alloc("builtAt"))) {
            try {
                builtAt = Instant.parse(row.get(Var.alloc("builtAt")).getLiteralLexicalForm());
            } catch (RuntimeException e) {
                builtAt = Instant.EPOCH;
            }
        }
        String fingerprint = identifier.startsWith("sha256:") ? identifier.substring("sha256:".length()) : identifier;
        // The number of quads is not recorded in the meta graph and counting them would scan the service.
        return Optional.of(new BuildInfo(fingerprint, version, baseIri, builtAt, 0));
    }

    private boolean unionIsDefault(String version) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(QueryText.text("/store/union-default-graph.rq"));
        q.setParam("version", NodeFactory.createLiteralString(version));
        QueryOutcome o = query(q.asQuery(), List.of(), List.of(), QueryOptions.of(endpoint.connectTimeout().toMillis() * 2));
        return o instanceof QueryOutcome.Bool b && b.value();
    }

    /** Reads the version again now (also done every few seconds): after a load, or to notice one. */
    public void refresh() {
        Optional<BuildInfo> now;
        try {
            now = readInfo();
        } catch (RuntimeException e) {
            return; // unreachable for a moment: keep serving what the queries themselves find
        }
        synchronized (this) {
            long g = generation.get();
            if (now.isEmpty()) {
                if ((g & 1) == 0) generation.set(g + 1);
                return;
            }
            BuildInfo before = info;
            boolean changed = !now.get().datasetVersion().equals(before.datasetVersion()) || !now.get().builtAt().equals(before.builtAt());
            if ((g & 1) == 1) {
                info = now.get();
                generation.set(g + 1);
            } else if (changed) {
                generation.set(g + 1);
                info = now.get();
                generation.set(g + 2);
            }
        }
    }

    @Override public long generation() { return generation.get(); }

    @Override public boolean isOpen() { return open; }

    @Override public BuildInfo info() { return info; }

    public String queryUrl() { return endpoint.queryUrl(); }

    @Override
    public void close() {
        open = false;
        timers.shutdownNow();
    }
}
