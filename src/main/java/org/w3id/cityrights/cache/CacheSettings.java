package org.w3id.cityrights.cache;

/**
 * How answers are cached: by this server, in memory (up to {@code maxBytes}; 0 switches the cache off)
 * and, for answers too large for memory, in temporary files (up to {@code maxDiskBytes}); and by clients
 * and proxies ({@code maxAgeSeconds} in {@code Cache-Control}, after which they revalidate with
 * {@code If-None-Match} and get 304 while the data is unchanged).
 */
public record CacheSettings(long maxBytes, long maxDiskBytes, long maxAgeSeconds) {
    public static final CacheSettings DEFAULTS = new CacheSettings(64L * 1024 * 1024, 1024L * 1024 * 1024, 60);
    public static final CacheSettings OFF = new CacheSettings(0, 0, 0);

    public CacheSettings {
        if (maxBytes < 0) throw new IllegalArgumentException("the result cache size must not be negative, was " + maxBytes);
        if (maxDiskBytes < 0) throw new IllegalArgumentException("the result cache's disk size must not be negative, was " + maxDiskBytes);
        if (maxAgeSeconds < 0) throw new IllegalArgumentException("the cache max-age must not be negative, was " + maxAgeSeconds);
    }

    /** The Cache-Control of an answer that may be kept and revalidated. */
    public String cacheControl() { return "public, max-age=" + maxAgeSeconds; }
}
