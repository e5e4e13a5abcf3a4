package org.w3id.cityrights.support;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.cityrights.store.QueryOutcome;
import org.w3id.cityrights.store.Store;

/** Short SPARQL questions to a store in tests, with the project's prefixes declared. */
public final class Sparql {
    public static final String PREFIXES = """
            PREFIX cr:      <https://w3id.org/cityrights/ontology#>
            PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX prov:    <http://www.w3.org/ns/prov#>
            PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>
            PREFIX id:      <https://w3id.org/cityrights/id/>
            """;

    private Sparql() {}

    public static boolean ask(Store store, String where) {
        return ((QueryOutcome.Bool) store.query(QueryFactory.create(PREFIXES + "ASK { " + where + " }"), 60_000)).value();
    }

    /** The values of the first variable of a SELECT, as strings (lexical forms, IRIs). */
    public static List<String> column(Store store, String select) {
        QueryOutcome.Rows rows = (QueryOutcome.Rows) store.query(QueryFactory.create(PREFIXES + select), 60_000);
        List<String> out = new ArrayList<>();
        for (Binding b : rows.rows()) {
            Node n = b.get(rows.vars().get(0));
            out.add(n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
        }
        return out;
    }

    /** A single number, e.g. {@code SELECT (COUNT(*) AS ?n) WHERE { ... }}. */
    public static long count(Store store, String select) {
        return Long.parseLong(column(store, select).get(0));
    }
}
