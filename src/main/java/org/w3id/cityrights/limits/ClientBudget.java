package org.w3id.cityrights.limits;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Query time per client per minute (a sliding window). A client over its budget is told, with
 * Retry-After, when enough of its recent use will have aged out. Off when the budget is 0.
 */
public final class ClientBudget {
    static final long WINDOW_MILLIS = 60_000;
    private static final int MAX_CLIENTS = 100_000;

    private final long budgetMillis;
    private final LongSupplier clock;
    private final Map<String, Deque<long[]>> usage = new ConcurrentHashMap<>();

    public ClientBudget(long budgetMillis) { this(budgetMillis, System::currentTimeMillis); }

    ClientBudget(long budgetMillis, LongSupplier clock) {
        this.budgetMillis = budgetMillis;
        this.clock = clock;
    }

    public boolean enabled() { return budgetMillis > 0; }

    /** Throws {@link OverBudgetException} if the client has used its budget in the last minute. */
    public void check(String client) {
        if (!enabled()) return;
        long now = clock.getAsLong();
        Deque<long[]> d = usage.get(client);
        if (d == null) return;
        synchronized (d) {
            prune(d, now);
            long used = d.stream().mapToLong(e -> e[1]).sum();
            if (used < budgetMillis) return;
            // Wait until the oldest uses that push the total over budget have left the window.
            long excess = used - budgetMillis, freed = 0, until = now;
            for (long[] e : d) {
                freed += e[1];
                until = e[0] + WINDOW_MILLIS;
                if (freed > excess) break;
            }
            throw new OverBudgetException(Math.max(1, (until - now + 999) / 1000));
        }
    }

    /** Records query time a client used. */
    public void charge(String client, long millis) {
        if (!enabled()) return;
        if (usage.size() > MAX_CLIENTS) usage.clear(); // a flood of fresh addresses must not exhaust memory
        long now = clock.getAsLong();
        Deque<long[]> d = usage.computeIfAbsent(client, k -> new ArrayDeque<>());
        synchronized (d) {
            prune(d, now);
            d.addLast(new long[] {now, Math.max(1, millis)});
        }
    }

    private static void prune(Deque<long[]> d, long now) {
        while (!d.isEmpty() && d.peekFirst()[0] <= now - WINDOW_MILLIS) d.removeFirst();
    }

    /** The client has used its budget; it may try again after the given seconds. */
    public static final class OverBudgetException extends RuntimeException {
        private final long retryAfterSeconds;

        public OverBudgetException(long retryAfterSeconds) {
            super("query time budget used up", null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() { return retryAfterSeconds; }
    }
}
