package org.w3id.cityrights.workbench.citation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.cityrights.store.QueryOutcome;
import org.w3id.cityrights.store.Store;

/** What a citation says about the dataset, read from the dataset's own description in the store. */
public record DatasetDescription(String iri, String title, String creator, String license) {
    private static final String QUERY = resource("/workbench/dataset-description.rq");

    public static DatasetDescription of(Store store) {
        String iri = store.info().baseIri() + "id/dataset/cityrights";
        ParameterizedSparqlString pss = new ParameterizedSparqlString(QUERY);
        pss.setIri("dataset", iri);
        QueryOutcome o = store.query(pss.asQuery(), 10_000);
        String title = "cityrights", creator = "cityrights contributors", license = "";
        if (o instanceof QueryOutcome.Rows rows && !rows.rows().isEmpty()) {
            Binding b = rows.rows().get(0);
            title = text(b, "title", title);
            creator = text(b, "creator", creator);
            license = text(b, "license", license);
        }
        return new DatasetDescription(iri, title, creator, license);
    }

    private static String text(Binding b, String var, String fallback) {
        Node n = b.get(org.apache.jena.sparql.core.Var.alloc(var));
        if (n == null) return fallback;
        return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : fallback;
    }

    private static String resource(String path) {
        try (InputStream in = DatasetDescription.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
