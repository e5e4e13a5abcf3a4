package org.w3id.cityrights.linkeddata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;

/**
 * A SPARQL query kept in a {@code .rq} file beside the class that runs it, with its parameters bound
 * as typed values ({@link ParameterizedSparqlString}), never pasted into the text.
 */
public final class QueryFile {
    private final String name;
    private final String text;

    private QueryFile(String name, String text) {
        this.name = name;
        this.text = text;
    }

    /** Loads {@code fileName} from the package of {@code owner}. */
    public static QueryFile of(Class<?> owner, String fileName) {
        try (InputStream in = owner.getResourceAsStream(fileName)) {
            if (in == null) throw new IllegalStateException("query file not on the classpath: " + owner.getPackageName() + "/" + fileName);
            return new QueryFile(fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() { return name; }

    public String text() { return text; }

    /** A fresh set of bindings for one run of the query. */
    public Bindings bind() { return new Bindings(new ParameterizedSparqlString(text)); }

    /** The query without parameters bound. */
    public Query query() { return bind().query(); }

    /** Typed parameter values for one run. */
    public static final class Bindings {
        private final ParameterizedSparqlString pss;

        Bindings(ParameterizedSparqlString pss) { this.pss = pss; }

        public Bindings iri(String var, String iri) {
            pss.setIri(var, iri);
            return this;
        }

        public Bindings literal(String var, String value) {
            pss.setLiteral(var, value);
            return this;
        }

        public Query query() { return pss.asQuery(); }

        /** The query text with its values filled in, for a link that opens it in a query editor. */
        public String text() { return pss.toString(); }
    }
}
