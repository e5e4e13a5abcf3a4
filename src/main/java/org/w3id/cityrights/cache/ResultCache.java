package org.w3id.cityrights.cache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Complete answers as the bytes that were sent, kept within a memory bound counted in bytes. An answer
 * depends only on the query, the negotiated format and the dataset version, and every key names all
 * three; the whole cache is dropped when the data behind the store changes. The least recently used
 * answers go first when the bound is reached; an answer larger than an eighth of the bound is never kept,
 * so that one big result cannot push out everything else.
 */
public final class ResultCache {
    /** Bookkeeping per entry beyond the body and the key text: map node, key and answer objects, ETag. */
    static final long ENTRY_OVERHEAD = 256;

    private final long maxBytes;
    private final LinkedHashMap<CacheKey, CachedAnswer> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private long generation = Long.MIN_VALUE;
    private long hits;
    private long misses;
    private long evictions;

    public ResultCache(long maxBytes) {
        if (maxBytes < 0) throw new IllegalArgumentException("the result cache size must not be negative, was " + maxBytes);
        this.maxBytes = maxBytes;
    }

    public static ResultCache disabled() { return new ResultCache(0); }

    public boolean enabled() { return maxBytes > 0; }

    public long maxBytes() { return maxBytes; }

    /**
     * Tells the cache which data generation the store is at (see {@code Store.generation()}); answers
     * kept for another generation are dropped.
     */
    public synchronized void observe(long storeGeneration) {
        if (storeGeneration != generation) {
            clearLocked();
            generation = storeGeneration;
        }
    }

    public synchronized Optional<CachedAnswer> get(CacheKey key) {
        CachedAnswer a = entries.get(key);
        if (a == null) misses++;
        else hits++;
        return Optional.ofNullable(a);
    }

    /**
     * Keeps an answer computed while the store stayed at {@code storeGeneration} from start to end. An
     * answer whose computation overlapped a change of data (or whose generation the cache has since left)
     * is not kept: it may hold data of either version.
     */
    public synchronized void put(long storeGeneration, CacheKey key, CachedAnswer answer) {
        if (!enabled() || storeGeneration != generation || (storeGeneration & 1) != 0) return;
        long size = sizeOf(key, answer);
        if (size > maxBytes / 8) return;
        CachedAnswer old = entries.put(key, answer);
        if (old != null) bytes -= sizeOf(key, old);
        bytes += size;
        for (Iterator<Map.Entry<CacheKey, CachedAnswer>> it = entries.entrySet().iterator(); bytes > maxBytes && it.hasNext(); ) {
            Map.Entry<CacheKey, CachedAnswer> eldest = it.next();
            bytes -= sizeOf(eldest.getKey(), eldest.getValue());
            it.remove();
            evictions++;
        }
    }

    /** Drops every answer (a reload swapped the data in). */
    public synchronized void clear() { clearLocked(); }

    private void clearLocked() {
        entries.clear();
        bytes = 0;
    }

    static long sizeOf(CacheKey key, CachedAnswer answer) {
        return ENTRY_OVERHEAD + key.approximateBytes() + answer.body().length + 2L * answer.contentType().length() + 2L * answer.etag().length();
    }

    /** Counters for the health page and the benchmark. */
    public synchronized Stats stats() { return new Stats(entries.size(), bytes, maxBytes, hits, misses, evictions); }

    public record Stats(int entries, long bytes, long maxBytes, long hits, long misses, long evictions) {}
}
