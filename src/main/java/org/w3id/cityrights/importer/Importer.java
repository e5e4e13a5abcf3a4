package org.w3id.cityrights.importer;

/** Turns one kind of raw input into RDF, in a named graph of its own. */
public interface Importer {
    /** A slug naming the importer and its graph, e.g. {@code ratifications}. */
    String name();

    void run(ImportContext ctx);
}
