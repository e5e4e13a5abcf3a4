package org.w3id.cityrights.store;

/** The service behind a remote store could not answer (unreachable, or it failed with a server error). */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) { super(message, cause); }
}
