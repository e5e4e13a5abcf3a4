package org.w3id.cityrights.build;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * Everything a build has read, one named graph per input (ontology file, data file, importer),
 * with the file each graph came from and, for imported rows, the file and line of each node.
 * Keeping inputs apart lets a validation report name the file at fault and lets users query
 * one source's graph on its own.
 */
public final class AssembledData {
    private final DatasetGraph dataset = DatasetGraphFactory.create();
    private final Map<Node, String> graphFiles = new LinkedHashMap<>();
    private final Map<Node, String> nodeLocations = new LinkedHashMap<>();

    public void addGraph(String graphIri, Graph graph, String file) {
        Node g = NodeFactory.createURI(graphIri);
        if (graphFiles.containsKey(g)) throw new IllegalStateException("graph added twice: " + graphIri);
        graphFiles.put(g, file);
        graph.find().forEachRemaining(t -> dataset.add(new Quad(g, t)));
    }

    /** Records that a node was made from a row, e.g. {@code data/curated/instruments.csv:12}. */
    public void locate(Node node, String where) { nodeLocations.putIfAbsent(node, where); }

    public void locateAll(Map<Node, String> locations) { locations.forEach(this::locate); }

    public DatasetGraph dataset() { return dataset; }

    public Graph union() { return dataset.getUnionGraph(); }

    public Graph graph(String graphIri) { return dataset.getGraph(NodeFactory.createURI(graphIri)); }

    public Map<Node, String> graphFiles() { return graphFiles; }

    /** Where a node was stated: the row it was imported from, else the files whose graphs describe it. */
    public String whereIs(Node node) {
        String row = nodeLocations.get(node);
        if (row != null) return row;
        List<String> files = new ArrayList<>();
        for (Map.Entry<Node, String> e : graphFiles.entrySet()) {
            if (dataset.getGraph(e.getKey()).find(node, Node.ANY, Node.ANY).hasNext()) files.add(e.getValue());
        }
        return files.isEmpty() ? "(derived by the build)" : String.join(", ", files);
    }

    public long quadCount() {
        long n = 0;
        for (Iterator<Quad> it = dataset.find(); it.hasNext(); it.next()) n++;
        return n;
    }

    public Iterator<Quad> quads() { return dataset.find(); }

    /** All triples of all graphs, graph by graph. */
    public Iterator<Triple> triples() { return union().find(); }
}
