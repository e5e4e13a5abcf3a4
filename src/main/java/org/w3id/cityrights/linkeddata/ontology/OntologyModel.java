package org.w3id.cityrights.linkeddata.ontology;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cityrights.linkeddata.pages.Names;
import org.w3id.cityrights.vocab.CR;

/** Reads the ontology graph as documentation needs it: terms by kind, and each term's relations. */
final class OntologyModel {
    static final Node SKOS_EXAMPLE = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#example");
    final Graph g;

    OntologyModel(Graph g) { this.g = g; }

    Node ontology() { return NodeFactory.createURI(CR.ONTOLOGY); }

    /** The terms of our namespace typed with {@code type}, sorted by local name. */
    List<Node> terms(Node type) {
        TreeSet<String> out = new TreeSet<>();
        g.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(CR.NAMESPACE)) out.add(s.getURI());
        });
        return out.stream().map(NodeFactory::createURI).toList();
    }

    List<Node> objects(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        out.sort((a, b) -> a.toString().compareTo(b.toString()));
        return out;
    }

    List<Node> subjects(Node p, Node o) {
        TreeSet<String> out = new TreeSet<>();
        g.find(Node.ANY, p, o).forEachRemaining(t -> { if (t.getSubject().isURI()) out.add(t.getSubject().getURI()); });
        return out.stream().map(NodeFactory::createURI).toList();
    }

    Optional<String> literal(Node s, Node p) {
        for (Node o : objects(s, p)) {
            if (o.isLiteral() && (o.getLiteralLanguage().isEmpty() || o.getLiteralLanguage().startsWith("en"))) return Optional.of(o.getLiteralLexicalForm());
        }
        return Optional.empty();
    }

    String label(Node n) { return Names.of(g, n); }

    String comment(Node n) { return literal(n, RDFS.comment.asNode()).orElse(""); }

    boolean isOurs(Node n) { return n.isURI() && n.getURI().startsWith(CR.NAMESPACE); }

    List<Node> classes() { return terms(OWL.Class.asNode()); }
    List<Node> objectProperties() { return terms(OWL.ObjectProperty.asNode()); }
    List<Node> datatypeProperties() { return terms(OWL.DatatypeProperty.asNode()); }
}
