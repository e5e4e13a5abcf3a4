package org.w3id.cityrights.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.w3id.cityrights.http.App;
import org.w3id.cityrights.http.Server;
import org.w3id.cityrights.http.ServerConfig;
import org.w3id.cityrights.store.Store;

/** The real server on a free port over a real store, and a real HTTP client to talk to it. */
public final class TestServer implements AutoCloseable {
    private final Server app;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public TestServer(Store store) { this(store, ServerConfig.local(0)); }

    public TestServer(Store store, ServerConfig config) {
        this(App.create(config, new Unclosable(store)));
    }

    /** With chosen workbench settings (catalogue folder, permalink folder, limits). */
    public TestServer(Store store, ServerConfig config, org.w3id.cityrights.workbench.WorkbenchSettings workbench) {
        this(App.create(config, new Unclosable(store), workbench));
    }

    public TestServer(Server server) {
        this.app = server.start();
    }

    public String url(String path) { return "http://127.0.0.1:" + app.port() + path; }

    public HttpResponse<String> get(String pathAndQuery, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(pathAndQuery))).timeout(Duration.ofSeconds(60)).GET();
        if (headers.length > 0) b.headers(headers);
        return send(b.build());
    }

    public HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (headers.length > 0) b.headers(headers);
        return send(b.build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    public int port() { return app.port(); }

    /** Stops the server; the shared test store stays open for the next test class. */
    @Override public void close() { app.shutdown(); }

    /** The shared store must survive a test server's shutdown. */
    private record Unclosable(Store store) implements Store {
        @Override public org.w3id.cityrights.store.QueryOutcome query(org.apache.jena.query.Query q, java.util.List<String> d,
                java.util.List<String> n, org.w3id.cityrights.store.QueryOptions o) { return store.query(q, d, n, o); }
        @Override public boolean isOpen() { return store.isOpen(); }
        @Override public long generation() { return store.generation(); }
        @Override public org.w3id.cityrights.store.BuildInfo info() { return store.info(); }
        @Override public java.util.Optional<java.nio.file.Path> publishedFiles() { return store.publishedFiles(); }
        @Override public void close() { }
    }
}
