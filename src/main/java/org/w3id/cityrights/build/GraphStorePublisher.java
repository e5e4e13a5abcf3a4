package org.w3id.cityrights.build;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.cityrights.store.QueryOptions;
import org.w3id.cityrights.store.QueryOutcome;
import org.w3id.cityrights.store.QueryText;
import org.w3id.cityrights.store.RemoteEndpoint;
import org.w3id.cityrights.store.Store;
import org.w3id.cityrights.vocab.Ids;

/**
 * Copies a built store into a SPARQL Graph Store Protocol service, graph by graph, so that a
 * Fuseki server (or a replicated cluster behind one URL) serves the same named graphs.
 *
 * <p>The meta graph goes last and is removed first: front ends over the service read the dataset
 * version from it, so while graphs are being replaced they see no version and cache nothing, and the
 * new version appears only once every graph is in place. Graphs that the previous copy listed in its
 * meta graph and this build no longer has are deleted. Each graph is one PUT, so readers may meet a
 * mix of old and new graphs while the copy runs (see docs/deployment.md). Blank nodes cannot be
 * shared between graphs sent separately; the build makes none.
 */
public final class GraphStorePublisher {
    /** Generous: copying a graph is one request, and a large graph takes a while to read and send. */
    private static final long READ_TIMEOUT_MILLIS = 3_600_000;

    private final String gspUrl;
    private final Ids ids;
    private final PrintStream log;
    private final HttpClient http;

    public GraphStorePublisher(String gspUrl, Ids ids, PrintStream log) {
        RemoteEndpoint.requireHttp(gspUrl, "--gsp-endpoint");
        this.gspUrl = gspUrl;
        this.ids = ids;
        this.log = log;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** @return the number of triples sent */
    public long publish(Store source) {
        long t0 = System.nanoTime();
        String meta = ids.graph("meta");
        Set<String> before = previousGraphs(meta);
        delete(meta);
        List<String> graphs = graphs(source);
        long triples = 0;
        for (String g : graphs) {
            if (g.equals(meta)) continue;
            triples += put(g, content(source, g));
        }
        for (String g : before) {
            if (!graphs.contains(g) && !g.equals(meta)) {
                delete(g);
                log.printf("  removed graph <%s>, which this build no longer has%n", g);
            }
        }
        triples += put(meta, content(source, meta));
        log.printf("published %,d triples in %d graphs to %s in %.1f s%n", triples, graphs.size(), gspUrl, (System.nanoTime() - t0) / 1e9);
        return triples;
    }

    private List<String> graphs(Store source) {
        QueryOutcome o = source.query(QueryFactory.create(QueryText.text("/build/named-graphs.rq")), List.of(), List.of(), options());
        return ((QueryOutcome.Rows) o).rows().stream().map(b -> b.get(Var.alloc("graph"))).filter(Node::isURI).map(Node::getURI).toList();
    }

    private Graph content(Store source, String graph) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(QueryText.text("/build/graph-content.rq"));
        q.setIri("graph", graph);
        return ((QueryOutcome.Triples) source.query(q.asQuery(), List.of(), List.of(), options())).graph();
    }

    private static QueryOptions options() { return new QueryOptions(READ_TIMEOUT_MILLIS, Long.MAX_VALUE, false); }

    private long put(String graph, Graph content) {
        try {
            GSP.service(gspUrl).httpClient(http).graphName(graph).contentType(RDFFormat.NTRIPLES).PUT(content);
        } catch (HttpException e) {
            throw new BuildException("the Graph Store Protocol service " + gspUrl + " refused graph <" + graph + ">: " + describe(e));
        }
        return content.size();
    }

    /** The graphs the copy now in the service consists of, from its meta graph (none if it has no meta graph). */
    private Set<String> previousGraphs(String meta) {
        Set<String> out = new LinkedHashSet<>();
        try {
            Graph g = GSP.service(gspUrl).httpClient(http).graphName(meta).acceptHeader("application/n-triples, text/turtle;q=0.9").GET();
            g.find(Node.ANY, DCTerms.hasPart.asNode(), Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isURI()) out.add(t.getObject().getURI());
            });
        } catch (HttpException e) {
            if (e.getStatusCode() != 404) {
                throw new BuildException("cannot read graph <" + meta + "> from the Graph Store Protocol service " + gspUrl + ": " + describe(e));
            }
        }
        return out;
    }

    private void delete(String graph) {
        try {
            GSP.service(gspUrl).httpClient(http).graphName(graph).DELETE();
        } catch (HttpException e) {
            if (e.getStatusCode() != 404) {
                throw new BuildException("the Graph Store Protocol service " + gspUrl + " refused to delete graph <" + graph + ">: " + describe(e));
            }
        }
    }

    private static String describe(HttpException e) {
        return e.getStatusCode() > 0 ? "HTTP " + e.getStatusCode() + " " + (e.getMessage() == null ? "" : e.getMessage().strip())
                : String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause());
    }
}
