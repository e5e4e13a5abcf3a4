package org.w3id.cityrights.linkeddata.dumps;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Turtle in the sorted order: one block per subject, one line per predicate and object, so that a
 * change in the data is a change of a few lines. Prefixes are the project's and one per kind of thing
 * ({@code city:graz}).
 */
public final class TurtleDump implements DumpFormat {
    private final Map<String, String> prefixes;

    public TurtleDump(Map<String, String> prefixes) { this.prefixes = new TreeMap<>(prefixes); }

    @Override public String fileName() { return "cityrights.ttl.gz"; }
    @Override public String mediaType() { return "text/turtle"; }
    @Override public boolean gzipped() { return true; }
    @Override public String displayName() { return "Turtle (gzip)"; }

    @Override
    public void write(SortedTriples triples, Writer out) throws IOException {
        PrefixMap pm = PrefixMapFactory.create(prefixes);
        for (Map.Entry<String, String> e : prefixes.entrySet()) out.write("PREFIX " + e.getKey() + ": <" + e.getValue() + ">\n");
        List<Triple> ts = triples.list();
        Node subject = null, predicate = null;
        for (Triple t : ts) {
            if (!t.getSubject().equals(subject)) {
                if (subject != null) out.write(" .\n");
                out.write("\n" + NodeFmtLib.str(t.getSubject(), pm) + "\n    " + predicate(t.getPredicate(), pm) + " ");
                subject = t.getSubject();
            } else if (!t.getPredicate().equals(predicate)) {
                out.write(" ;\n    " + predicate(t.getPredicate(), pm) + " ");
            } else {
                out.write(" ,\n        ");
            }
            predicate = t.getPredicate();
            out.write(NodeFmtLib.str(t.getObject(), pm));
        }
        if (subject != null) out.write(" .\n");
    }

    private static String predicate(Node p, PrefixMap pm) { return p.equals(RDF.type.asNode()) ? "a" : NodeFmtLib.str(p, pm); }
}
