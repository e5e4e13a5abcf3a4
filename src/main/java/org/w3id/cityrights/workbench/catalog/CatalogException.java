package org.w3id.cityrights.workbench.catalog;

/** A saved query that cannot be served as written; the message names the file. */
public class CatalogException extends RuntimeException {
    public CatalogException(String message) { super(message); }
}
