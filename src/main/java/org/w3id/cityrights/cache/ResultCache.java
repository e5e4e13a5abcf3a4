package org.w3id.cityrights.cache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Complete answers as the bytes that were sent, within two bounds counted in bytes: answers in memory
 * (up to {@code maxBytes}) and large answers in temporary files (up to {@code maxDiskBytes}), which cost
 * no heap. An answer depends only on the query, the negotiated format and the dataset version, and
 * every key names all three; the whole cache is dropped when the data behind the store changes. The
 * least recently used answers go first when a bound is reached; an answer larger than an eighth of its
 * bound is never kept, so that one big result cannot push out everything else.
 */
public final class ResultCache {
    /** Bookkeeping per entry beyond the body and the key text: map node, key and answer objects, ETag. */
    static final long ENTRY_OVERHEAD = 256;

    private final long maxBytes;
    private final long maxDiskBytes;
    private final LinkedHashMap<CacheKey, CachedAnswer> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private long diskBytes;
    private long generation = Long.MIN_VALUE;
    private long hits;
    private long misses;
    private long evictions;

    public ResultCache(long maxBytes) { this(maxBytes, 0); }

    public ResultCache(long maxBytes, long maxDiskBytes) {
        if (maxBytes < 0 || maxDiskBytes < 0) throw new IllegalArgumentException("cache sizes must not be negative");
        this.maxBytes = maxBytes;
        this.maxDiskBytes = maxDiskBytes;
    }

    public static ResultCache disabled() { return new ResultCache(0, 0); }

    public boolean enabled() { return maxBytes > 0; }

    public long maxBytes() { return maxBytes; }

    /** Whether an answer of this size may be kept in a file (else it is only sent). */
    public boolean wouldKeepFile(long size) { return enabled() && maxDiskBytes > 0 && size <= maxDiskBytes / 8; }

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
     * @return whether the answer was kept (a file the cache does not keep remains the caller's to delete)
     */
    public synchronized boolean put(long storeGeneration, CacheKey key, CachedAnswer answer) {
        if (!enabled() || storeGeneration != generation || (storeGeneration & 1) != 0) return false;
        if (answer.inMemory() ? memorySize(key, answer) > maxBytes / 8 : !wouldKeepFile(answer.size())) return false;
        CachedAnswer old = entries.put(key, answer);
        if (old != null) release(key, old);
        retain(key, answer);
        evict();
        return entries.get(key) == answer;
    }

    private void retain(CacheKey key, CachedAnswer a) {
        if (a.inMemory()) bytes += memorySize(key, a);
        else {
            bytes += ENTRY_OVERHEAD + key.approximateBytes();
            if (a.references.getAndIncrement() == 0) diskBytes += a.size();
        }
    }

    private void release(CacheKey key, CachedAnswer a) {
        if (a.inMemory()) bytes -= memorySize(key, a);
        else {
            bytes -= ENTRY_OVERHEAD + key.approximateBytes();
            if (a.references.decrementAndGet() == 0) {
                diskBytes -= a.size();
                a.deleteFile();
            }
        }
    }

    /** Removes the least recently used answers of whichever kind is over its bound. */
    private void evict() {
        for (Iterator<Map.Entry<CacheKey, CachedAnswer>> it = entries.entrySet().iterator(); (bytes > maxBytes || diskBytes > maxDiskBytes) && it.hasNext(); ) {
            Map.Entry<CacheKey, CachedAnswer> eldest = it.next();
            boolean file = !eldest.getValue().inMemory();
            if (bytes > maxBytes || (file && diskBytes > maxDiskBytes)) {
                it.remove();
                release(eldest.getKey(), eldest.getValue());
                evictions++;
            }
        }
    }

    /** Drops every answer (a reload swapped the data in). */
    public synchronized void clear() { clearLocked(); }

    private void clearLocked() {
        for (Map.Entry<CacheKey, CachedAnswer> e : entries.entrySet()) release(e.getKey(), e.getValue());
        entries.clear();
        bytes = 0;
        diskBytes = 0;
    }

    static long memorySize(CacheKey key, CachedAnswer answer) {
        return ENTRY_OVERHEAD + key.approximateBytes() + answer.size() + 2L * answer.contentType().length() + 2L * answer.etag().length();
    }

    /** Counters for the health page and the benchmark. */
    public synchronized Stats stats() { return new Stats(entries.size(), bytes, maxBytes, diskBytes, maxDiskBytes, hits, misses, evictions); }

    public record Stats(int entries, long bytes, long maxBytes, long diskBytes, long maxDiskBytes, long hits, long misses, long evictions) {}
}
