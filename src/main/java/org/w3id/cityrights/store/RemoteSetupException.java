package org.w3id.cityrights.store;

/** A query service answers but is not set up as cityrights needs (no dataset loaded, no union default graph). */
public class RemoteSetupException extends IllegalStateException {
    public RemoteSetupException(String message) { super(message); }
}
