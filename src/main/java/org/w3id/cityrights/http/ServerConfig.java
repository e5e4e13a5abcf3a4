package org.w3id.cityrights.http;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.w3id.cityrights.cache.CacheSettings;
import org.w3id.cityrights.limits.Limits;

/**
 * What the server needs to know; checked as it is built so a bad value fails at start, naming itself.
 *
 * @param serviceAllowList SPARQL endpoints a SERVICE clause may call; empty means SERVICE is refused
 * @param adminToken       bearer token for /admin; empty means administration is disabled
 * @param graceMillis      how long running queries may finish after SIGTERM
 * @param accessLog        where one line per request goes
 * @param cache            the result cache's memory bound and the max-age clients may keep answers
 */
public record ServerConfig(String host, int port, Limits limits, List<String> serviceAllowList,
                           Optional<String> adminToken, long graceMillis, Consumer<String> accessLog, CacheSettings cache) {

    public ServerConfig(String host, int port, Limits limits, List<String> serviceAllowList,
                        Optional<String> adminToken, long graceMillis, Consumer<String> accessLog) {
        this(host, port, limits, serviceAllowList, adminToken, graceMillis, accessLog, CacheSettings.DEFAULTS);
    }

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(limits, "limits");
        serviceAllowList = List.copyOf(serviceAllowList);
        Objects.requireNonNull(adminToken, "adminToken");
        Objects.requireNonNull(accessLog, "accessLog");
        Objects.requireNonNull(cache, "cache");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535, was " + port);
        if (graceMillis < 0) throw new IllegalArgumentException("grace period must not be negative");
        adminToken.ifPresent(t -> {
            if (t.length() < 16) throw new IllegalArgumentException("the admin token must be at least 16 characters");
        });
    }

    public static ServerConfig local(int port) {
        return new ServerConfig("127.0.0.1", port, Limits.DEFAULTS, List.of(), Optional.empty(), 10_000, AccessLog.toSlf4j());
    }

    public long timeoutMillis() { return limits.timeoutMillis(); }

    public ServerConfig withLimits(Limits l) { return new ServerConfig(host, port, l, serviceAllowList, adminToken, graceMillis, accessLog, cache); }
    public ServerConfig withTimeout(long ms) { return withLimits(limits.withTimeout(ms)); }
    public ServerConfig withServiceAllowList(List<String> endpoints) { return new ServerConfig(host, port, limits, endpoints, adminToken, graceMillis, accessLog, cache); }
    public ServerConfig withAdminToken(String token) { return new ServerConfig(host, port, limits, serviceAllowList, Optional.of(token), graceMillis, accessLog, cache); }
    public ServerConfig withCache(CacheSettings c) { return new ServerConfig(host, port, limits, serviceAllowList, adminToken, graceMillis, accessLog, c); }
    public ServerConfig withAccessLog(Consumer<String> log) { return new ServerConfig(host, port, limits, serviceAllowList, adminToken, graceMillis, log, cache); }
}
