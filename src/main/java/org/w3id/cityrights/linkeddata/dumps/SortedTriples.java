package org.w3id.cityrights.linkeddata.dumps;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * The dataset's triples in one fixed order, so that two releases' dumps can be compared line by line:
 * sorted by their N-Triples lines. Blank nodes (the data has none today)
 * get labels computed from what they say, since a store's internal labels change from build to build.
 */
public final class SortedTriples {
    private final List<Triple> triples;

    private SortedTriples(List<Triple> triples) { this.triples = triples; }

    public static SortedTriples of(Graph g) {
        Map<Node, Node> labels = blankLabels(g);
        List<Map.Entry<String, Triple>> keyed = new ArrayList<>(g.size());
        g.find().forEachRemaining(t -> {
            Triple r = Triple.create(relabel(t.getSubject(), labels), t.getPredicate(), relabel(t.getObject(), labels));
            keyed.add(Map.entry(NodeFmtLib.strNT(r.getSubject()) + " " + NodeFmtLib.strNT(r.getPredicate()) + " " + NodeFmtLib.strNT(r.getObject()), r));
        });
        // Sorting the N-Triples lines keeps each subject's lines, and each predicate's within them, together.
        keyed.sort(Map.Entry.comparingByKey());
        List<Triple> out = keyed.stream().map(Map.Entry::getValue).toList();
        return new SortedTriples(List.copyOf(out));
    }

    public List<Triple> list() { return triples; }

    public int size() { return triples.size(); }

    private static Node relabel(Node n, Map<Node, Node> labels) { return n.isBlank() ? labels.get(n) : n; }

    private static Map<Node, Node> blankLabels(Graph g) {
        Map<Node, Node> labels = new HashMap<>();
        g.find().forEachRemaining(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getObject()}) {
                if (n.isBlank() && !labels.containsKey(n)) labels.put(n, NodeFactory.createBlankNode("b" + digest(g, n)));
            }
        });
        return labels;
    }

    /** A label from the sorted lines the blank node is subject of (other blank nodes written as _:x). */
    private static String digest(Graph g, Node b) {
        List<String> lines = new ArrayList<>();
        g.find(b, Node.ANY, Node.ANY).forEachRemaining(t ->
                lines.add(NodeFmtLib.strNT(t.getPredicate()) + " " + (t.getObject().isBlank() ? "_:x" : NodeFmtLib.strNT(t.getObject()))));
        g.find(Node.ANY, Node.ANY, b).forEachRemaining(t ->
                lines.add("^" + (t.getSubject().isBlank() ? "_:x" : NodeFmtLib.strNT(t.getSubject())) + " " + NodeFmtLib.strNT(t.getPredicate())));
        lines.sort(null);
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
