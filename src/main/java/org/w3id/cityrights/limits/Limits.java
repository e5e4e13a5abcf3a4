package org.w3id.cityrights.limits;

/**
 * How much work one request may cause. Every limit has a default that keeps a public endpoint safe;
 * docs/security.md lists them with their command-line settings.
 *
 * @param timeoutMillis          whole-execution time limit of one query
 * @param maxRows                most result rows (or triples) one query may return
 * @param maxBodyBytes           largest request body accepted
 * @param maxConcurrentQueries   queries executing at once; more wait briefly, then get 503
 * @param queueWaitMillis        how long a query may wait for a free slot before 503
 * @param clientBudgetMillis     query time one client may use per minute; 0 switches the budget off
 */
public record Limits(long timeoutMillis, long maxRows, long maxBodyBytes, int maxConcurrentQueries,
                     long queueWaitMillis, long clientBudgetMillis) {

    public static final Limits DEFAULTS = new Limits(30_000, 100_000, 1024 * 1024, 8, 2_000, 0);

    public Limits {
        if (timeoutMillis <= 0) throw new IllegalArgumentException("query time limit must be positive, was " + timeoutMillis + " ms");
        if (maxRows <= 0) throw new IllegalArgumentException("row limit must be positive, was " + maxRows);
        if (maxBodyBytes <= 0) throw new IllegalArgumentException("request body limit must be positive, was " + maxBodyBytes);
        if (maxConcurrentQueries <= 0) throw new IllegalArgumentException("concurrent queries must be positive, was " + maxConcurrentQueries);
        if (queueWaitMillis < 0) throw new IllegalArgumentException("queue wait must not be negative");
        if (clientBudgetMillis < 0) throw new IllegalArgumentException("client budget must not be negative (0 switches it off)");
    }

    public Limits withTimeout(long ms) { return new Limits(ms, maxRows, maxBodyBytes, maxConcurrentQueries, queueWaitMillis, clientBudgetMillis); }
    public Limits withMaxRows(long n) { return new Limits(timeoutMillis, n, maxBodyBytes, maxConcurrentQueries, queueWaitMillis, clientBudgetMillis); }
    public Limits withMaxBodyBytes(long n) { return new Limits(timeoutMillis, maxRows, n, maxConcurrentQueries, queueWaitMillis, clientBudgetMillis); }
    public Limits withConcurrency(int n, long waitMs) { return new Limits(timeoutMillis, maxRows, maxBodyBytes, n, waitMs, clientBudgetMillis); }
    public Limits withClientBudget(long ms) { return new Limits(timeoutMillis, maxRows, maxBodyBytes, maxConcurrentQueries, queueWaitMillis, ms); }
}
