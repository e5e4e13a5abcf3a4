package org.w3id.cityrights.linkeddata.dumps;

import java.io.IOException;
import java.io.Writer;

/** One syntax of the dumps, written from the sorted triples. */
public interface DumpFormat {
    /** The file name, e.g. {@code cityrights.nt.gz}. */
    String fileName();

    /** The media type of the content (before compression). */
    String mediaType();

    boolean gzipped();

    String displayName();

    void write(SortedTriples triples, Writer out) throws IOException;
}
