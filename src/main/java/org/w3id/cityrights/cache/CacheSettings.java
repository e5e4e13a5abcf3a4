package org.w3id.cityrights.cache;

/**
 * How answers are cached: in this server's memory (up to {@code maxBytes}; 0 switches it off) and by
 * clients and proxies ({@code maxAgeSeconds} in {@code Cache-Control}, after which they revalidate with
 * {@code If-None-Match} and get 304 while the data is unchanged).
 */
public record CacheSettings(long maxBytes, long maxAgeSeconds) {
    public static final CacheSettings DEFAULTS = new CacheSettings(64L * 1024 * 1024, 60);
    public static final CacheSettings OFF = new CacheSettings(0, 0);

    public CacheSettings {
        if (maxBytes < 0) throw new IllegalArgumentException("the result cache size must not be negative, was " + maxBytes);
        if (maxAgeSeconds < 0) throw new IllegalArgumentException("the cache max-age must not be negative, was " + maxAgeSeconds);
    }

    /** The Cache-Control of an answer that may be kept and revalidated. */
    public String cacheControl() { return "public, max-age=" + maxAgeSeconds; }
}
