package org.w3id.cityrights.linkeddata;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.cityrights.support.TestServer;

/**
 * Follows every link of the site as a browser would (Accept: text/html), and every IRI under the base
 * that a page or an RDF document mentions, mapped to this server. Records each URL that answers with
 * an error, and the page it was found on.
 */
final class Crawler {
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Set<String> RDF_TYPES = Set.of("text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml");
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

    record Broken(String url, int status, String foundOn) {}

    private final TestServer server;
    private final String base;
    private final Pattern baseIri;
    final Set<String> seen = ConcurrentHashMap.newKeySet();
    final List<Broken> broken = Collections.synchronizedList(new ArrayList<>());
    final Map<String, String> htmlPages = new ConcurrentHashMap<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile Boolean editorPresent;

    Crawler(TestServer server, String base) {
        this.server = server;
        this.base = base;
        this.baseIri = Pattern.compile(Pattern.quote(base) + "[^\\s\"'<>\\\\`{}|^]*");
    }

    private volatile int maxDepth = Integer.MAX_VALUE;

    /** Crawls from {@code start} until nothing new is found, within a generous bound. */
    Crawler crawl(String start) throws InterruptedException {
        return crawlEach(List.of(start), Integer.MAX_VALUE);
    }

    /** Crawls from each start, following links at most {@code depth} steps (a redirect is no step). */
    Crawler crawlEach(List<String> starts, int depth) throws InterruptedException {
        maxDepth = depth;
        inFlight.incrementAndGet();
        for (String start : starts) enqueue(start, "(start)", 0);
        if (inFlight.decrementAndGet() == 0) done.countDown();
        boolean finished = done.await(20, TimeUnit.MINUTES);
        pool.shutdownNow();
        if (!finished) throw new IllegalStateException("crawl did not finish within 20 minutes");
        return this;
    }

    private void enqueue(String pathAndQuery, String foundOn, int depth) {
        if (depth > maxDepth || !seen.add(pathAndQuery)) return;
        inFlight.incrementAndGet();
        pool.execute(() -> {
            try {
                visit(pathAndQuery, foundOn, depth);
            } catch (RuntimeException e) {
                broken.add(new Broken(pathAndQuery + " (" + e + ")", -1, foundOn));
            } finally {
                // Links found by this visit were counted before it ends, so zero means the crawl is complete.
                if (inFlight.decrementAndGet() == 0) done.countDown();
            }
        });
    }

    private void visit(String path, String foundOn, int depth) {
        if (path.startsWith("/query?") && !editorPresent()) {
            // The query editor is served elsewhere; until it is here, the query it would open must run.
            check(path, foundOn, server.get("/sparql" + path.substring("/query".length()), "Accept", "text/csv"));
            return;
        }
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.url(path))).timeout(Duration.ofSeconds(120))
                .header("Accept", BROWSER_ACCEPT).GET().build());
        check(path, foundOn, r);
        if (r.statusCode() == 303 || r.statusCode() == 301 || r.statusCode() == 302) {
            r.headers().firstValue("Location").ifPresent(l -> follow(l, path, depth));
            return;
        }
        if (r.statusCode() >= 400) return;
        String type = r.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
        if (type.equals("text/html")) {
            htmlPages.put(path, r.body());
            Matcher m = LINK.matcher(r.body());
            while (m.find()) follow(unescape(m.group(1)), path, depth + 1);
            Matcher iris = baseIri.matcher(unescape(r.body()));
            while (iris.find()) follow(iris.group(), path, depth + 1);
        } else {
            Lang lang = RDF_TYPES.contains(type) ? RDFLanguages.contentTypeToLang(type) : null;
            if (lang != null && !path.startsWith("/sparql?")) {
                Graph g = GraphFactory.createDefaultGraph();
                RDFParser.source(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8))).lang(lang).parse(g);
                g.find().forEachRemaining(t -> {
                    for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) if (n.isURI()) follow(n.getURI(), path, depth + 1);
                });
            }
        }
    }

    private boolean editorPresent() {
        if (editorPresent == null) editorPresent = server.get("/query").statusCode() != 404;
        return editorPresent;
    }

    private void check(String path, String foundOn, HttpResponse<String> r) {
        if (r.statusCode() >= 400) broken.add(new Broken(path, r.statusCode(), foundOn));
    }

    /** Our links and IRIs, as a path on this server; anything else is left alone. */
    private void follow(String link, String foundOn, int depth) {
        String local;
        if (link.startsWith(base)) local = "/" + link.substring(base.length());
        else if (link.startsWith("https://w3id.org/cityrights/ontology")) local = "/ontology" + link.substring("https://w3id.org/cityrights/ontology".length());
        else if (link.startsWith(server.url("/"))) local = link.substring(server.url("").length());
        else if (link.startsWith("/")) local = link;
        else if (link.startsWith("#") || link.isEmpty()) return;
        else if (link.matches("^[a-z][a-z0-9+.-]*:.*")) return;
        else local = "/" + link;
        int hash = local.indexOf('#');
        if (hash >= 0) local = local.substring(0, hash);
        if (local.isEmpty()) local = "/";
        enqueue(local, foundOn, depth);
    }

    static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
