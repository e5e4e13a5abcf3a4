package org.w3id.cityrights.linkeddata.pages;

import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;

/** The name to show for a resource: its English label, else one without language, else any label. */
public final class Names {
    private Names() {}

    public static Optional<String> label(Graph g, Node n) {
        String noLang = null, any = null;
        for (var it = g.find(n, RDFS.label.asNode(), Node.ANY); it.hasNext(); ) {
            Triple t = it.next();
            if (!t.getObject().isLiteral()) continue;
            String lex = t.getObject().getLiteralLexicalForm();
            String lang = t.getObject().getLiteralLanguage();
            if (lang.toLowerCase(java.util.Locale.ROOT).startsWith("en")) return Optional.of(lex);
            if (lang.isEmpty() && noLang == null) noLang = lex;
            if (any == null || lex.compareTo(any) < 0) any = lex;
        }
        return Optional.ofNullable(noLang != null ? noLang : any);
    }

    /** The label, or the last part of the IRI when there is none. */
    public static String of(Graph g, Node n) {
        return label(g, n).orElseGet(() -> n.isURI() ? TermLabels.localName(n.getURI()) : n.toString());
    }
}
