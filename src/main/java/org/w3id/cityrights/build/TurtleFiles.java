package org.w3id.cityrights.build;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.cityrights.importer.DataFileException;
import org.w3id.cityrights.vocab.Ids;

/** Parses hand-written Turtle strictly: the first error or warning stops the build with file, line and column. */
public final class TurtleFiles {
    private TurtleFiles() {}

    public static Graph parse(Path file, String displayName, Ids ids) {
        Graph g = GraphFactory.createDefaultGraph();
        StreamRDF sink = rebasing(StreamRDFLib.graph(g), ids);
        try {
            RDFParser.source(file).lang(Lang.TURTLE).errorHandler(new Strict(displayName)).parse(sink);
        } catch (DataFileException e) {
            throw e;
        } catch (RiotParseException e) {
            throw new DataFileException(displayName, (int) e.getLine(), "column " + e.getCol() + ": " + e.getOriginalMessage());
        } catch (RiotException e) {
            throw new DataFileException(displayName, 0, e.getMessage());
        }
        return g;
    }

    /** Moves IRIs written under the canonical base to the configured base, so a mirror publishes its own IRIs. */
    static StreamRDF rebasing(StreamRDF out, Ids ids) {
        if (ids.base().equals(Ids.CANONICAL_BASE)) return out;
        return new StreamRDFWrapper(out) {
            @Override public void triple(Triple t) {
                super.triple(Triple.create(re(t.getSubject()), re(t.getPredicate()), re(t.getObject())));
            }
            private Node re(Node n) {
                return n.isURI() ? NodeFactory.createURI(ids.rebase(n.getURI())) : n;
            }
        };
    }

    /** Warnings are errors here: a curated file should not parse "with warnings". */
    private record Strict(String file) implements ErrorHandler {
        @Override public void warning(String message, long line, long col) { fail(message, line, col); }
        @Override public void error(String message, long line, long col) { fail(message, line, col); }
        @Override public void fatal(String message, long line, long col) { fail(message, line, col); }
        private void fail(String message, long line, long col) {
            throw new DataFileException(file, (int) Math.max(line, 0), (col > 0 ? "column " + col + ": " : "") + message);
        }
    }
}
