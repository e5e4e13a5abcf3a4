package org.w3id.cityrights.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SKOS;

/**
 * The project's concept schemes (rights, domains, groups, statuses ...), read from
 * {@code ontology/schemes.ttl}: synthetic measures point to the real concepts, which are vocabulary,
 * not facts, so that the shapes and the queries apply unchanged.
 */
final class Concepts {
    private final Map<String, List<Node>> byScheme = new LinkedHashMap<>();

    Concepts(Graph schemes) {
        schemes.find(Node.ANY, SKOS.inScheme.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI() && t.getSubject().isURI()) {
                String scheme = t.getObject().getURI();
                byScheme.computeIfAbsent(scheme.substring(scheme.lastIndexOf('/') + 1), k -> new ArrayList<>()).add(t.getSubject());
            }
        });
        byScheme.values().forEach(l -> l.sort(java.util.Comparator.comparing(Node::getURI)));
    }

    List<Node> of(String scheme) {
        List<Node> l = byScheme.get(scheme);
        if (l == null || l.isEmpty()) throw new IllegalStateException("no concepts in scheme '" + scheme + "' of ontology/schemes.ttl");
        return l;
    }

    Node one(String scheme, SplittableRandom rnd) {
        List<Node> l = of(scheme);
        return l.get(rnd.nextInt(l.size()));
    }

    /** The concept of a scheme whose IRI ends in {@code /slug}. */
    Node named(String scheme, String slug) {
        return of(scheme).stream().filter(n -> n.getURI().endsWith("/" + slug)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no concept '" + slug + "' in scheme '" + scheme + "'"));
    }
}
