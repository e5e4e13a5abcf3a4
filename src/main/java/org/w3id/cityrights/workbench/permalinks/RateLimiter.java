package org.w3id.cityrights.workbench.permalinks;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/** At most N events per client in any sliding minute; the answer says how long to wait when over. */
public final class RateLimiter {
    private static final long WINDOW_NANOS = 60_000_000_000L;

    private final int perMinute;
    private final LongSupplier clock;
    private final Map<String, Deque<Long>> events = new HashMap<>();

    public RateLimiter(int perMinute) { this(perMinute, System::nanoTime); }

    RateLimiter(int perMinute, LongSupplier clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Records an event for the client and returns 0, or returns the seconds to wait and records nothing. */
    public synchronized long acquire(String client) {
        long now = clock.getAsLong();
        if (events.size() > 10_000) events.values().removeIf(d -> d.isEmpty() || now - d.peekLast() > WINDOW_NANOS);
        Deque<Long> d = events.computeIfAbsent(client, k -> new ArrayDeque<>());
        while (!d.isEmpty() && now - d.peekFirst() > WINDOW_NANOS) d.pollFirst();
        if (d.size() >= perMinute) return Math.max(1, (WINDOW_NANOS - (now - d.peekFirst())) / 1_000_000_000L + 1);
        d.addLast(now);
        return 0;
    }
}
