package org.w3id.cityrights.store;

/** A result grew past the row limit; nothing of it is returned. */
public class ResultTooLargeException extends RuntimeException {
    private final long limit;

    public ResultTooLargeException(long limit) {
        super("the result has more than " + limit + " rows", null, false, false);
        this.limit = limit;
    }

    public long limit() { return limit; }
}
