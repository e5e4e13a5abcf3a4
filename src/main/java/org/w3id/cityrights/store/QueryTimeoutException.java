package org.w3id.cityrights.store;

/** A query ran past its time limit and was cancelled. */
public class QueryTimeoutException extends RuntimeException {
    private final long limitMillis;

    public QueryTimeoutException(long limitMillis) {
        super("query cancelled: it ran longer than the time limit of " + limitMillis + " ms");
        this.limitMillis = limitMillis;
    }

    public long limitMillis() { return limitMillis; }
}
