package org.w3id.cityrights.http;

import java.util.Objects;

/** What the server needs to know; checked as it is built so a bad value fails at start, naming itself. */
public record ServerConfig(String host, int port, long timeoutMillis, long maxRequestBytes) {
    public static final long DEFAULT_TIMEOUT_MS = 30_000;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535, was " + port);
        if (timeoutMillis <= 0) throw new IllegalArgumentException("timeout must be positive, was " + timeoutMillis + " ms");
        if (maxRequestBytes <= 0) throw new IllegalArgumentException("maximum request size must be positive");
    }

    public static ServerConfig local(int port) {
        return new ServerConfig("127.0.0.1", port, DEFAULT_TIMEOUT_MS, DEFAULT_MAX_REQUEST_BYTES);
    }

    public ServerConfig withTimeout(long ms) { return new ServerConfig(host, port, ms, maxRequestBytes); }
}
