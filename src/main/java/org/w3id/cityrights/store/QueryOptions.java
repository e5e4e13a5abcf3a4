package org.w3id.cityrights.store;

/**
 * How a store may run one query.
 *
 * @param timeoutMillis time limit for the whole execution, to the last row
 * @param maxRows       most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) in a result
 * @param allowService  whether SERVICE calls may leave the server (only after an allow-list check)
 */
public record QueryOptions(long timeoutMillis, long maxRows, boolean allowService) {
    public static QueryOptions of(long timeoutMillis) { return new QueryOptions(timeoutMillis, Long.MAX_VALUE, false); }
}
