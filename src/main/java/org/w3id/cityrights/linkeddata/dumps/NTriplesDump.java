package org.w3id.cityrights.linkeddata.dumps;

import java.io.IOException;
import java.io.Writer;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

/** N-Triples, one sorted line per triple: the dump to diff, grep and stream. */
public final class NTriplesDump implements DumpFormat {
    @Override public String fileName() { return "cityrights.nt.gz"; }
    @Override public String mediaType() { return "application/n-triples"; }
    @Override public boolean gzipped() { return true; }
    @Override public String displayName() { return "N-Triples (gzip)"; }

    @Override
    public void write(SortedTriples triples, Writer out) throws IOException {
        for (Triple t : triples.list()) {
            out.write(NodeFmtLib.strNT(t.getSubject()));
            out.write(' ');
            out.write(NodeFmtLib.strNT(t.getPredicate()));
            out.write(' ');
            out.write(NodeFmtLib.strNT(t.getObject()));
            out.write(" .\n");
        }
    }
}
