package org.w3id.cityrights.store;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A SPARQL 1.1 query service configured by the operator (never named by a client). Its default graph
 * must be the union of its named graphs, as in the embedded store.
 *
 * @param queryUrl      the query endpoint, e.g. {@code http://127.0.0.1:3030/cityrights/sparql}
 * @param connectTimeout how long to wait for a connection
 * @param pollMillis    how often to read the dataset version the service holds
 */
public record RemoteEndpoint(String queryUrl, Duration connectTimeout, long pollMillis) {
    public RemoteEndpoint {
        Objects.requireNonNull(queryUrl, "queryUrl");
        requireHttp(queryUrl, "--sparql-endpoint");
        if (pollMillis <= 0) throw new IllegalArgumentException("the version poll interval must be positive, was " + pollMillis + " ms");
    }

    public static RemoteEndpoint of(String queryUrl) { return new RemoteEndpoint(queryUrl, Duration.ofSeconds(5), 5_000); }

    /** Fails with a message naming the option when a URL is not an absolute http(s) URL. */
    public static void requireHttp(String url, String option) {
        try {
            URI u = URI.create(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
                throw new IllegalArgumentException(option + " must be an http or https URL, was '" + url + "'");
            }
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(option)) throw e;
            throw new IllegalArgumentException(option + " is not a valid URL: '" + url + "'");
        }
    }
}
