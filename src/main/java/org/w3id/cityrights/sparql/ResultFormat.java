package org.w3id.cityrights.sparql;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * The formats the endpoint answers in, in the server's order of preference, with the names a
 * {@code format} parameter may use. SELECT and ASK get result formats; CONSTRUCT and DESCRIBE RDF.
 */
public record ResultFormat(String mediaType, Lang lang, List<String> names) {

    public static final ResultFormat SPARQL_JSON = new ResultFormat("application/sparql-results+json", ResultSetLang.RS_JSON, List.of("json", "srj"));
    public static final ResultFormat SPARQL_XML = new ResultFormat("application/sparql-results+xml", ResultSetLang.RS_XML, List.of("xml", "srx"));
    public static final ResultFormat CSV = new ResultFormat("text/csv", ResultSetLang.RS_CSV, List.of("csv"));
    public static final ResultFormat TSV = new ResultFormat("text/tab-separated-values", ResultSetLang.RS_TSV, List.of("tsv"));
    /** Plain JSON and XML are accepted as aliases for clients that do not know the SPARQL media types. */
    public static final ResultFormat JSON_ALIAS = new ResultFormat("application/json", ResultSetLang.RS_JSON, List.of());
    public static final ResultFormat XML_ALIAS = new ResultFormat("application/xml", ResultSetLang.RS_XML, List.of());

    public static final ResultFormat TURTLE = new ResultFormat("text/turtle", Lang.TURTLE, List.of("ttl", "turtle"));
    public static final ResultFormat NTRIPLES = new ResultFormat("application/n-triples", Lang.NTRIPLES, List.of("nt", "ntriples", "n-triples"));
    public static final ResultFormat JSONLD = new ResultFormat("application/ld+json", Lang.JSONLD, List.of("jsonld", "json-ld", "json"));
    public static final ResultFormat RDFXML = new ResultFormat("application/rdf+xml", Lang.RDFXML, List.of("rdf", "rdfxml", "xml"));
    public static final ResultFormat JSONLD_ALIAS = new ResultFormat("application/json", Lang.JSONLD, List.of());

    public static final List<ResultFormat> FOR_RESULTS = List.of(SPARQL_JSON, SPARQL_XML, CSV, TSV, JSON_ALIAS, XML_ALIAS);
    public static final List<ResultFormat> FOR_GRAPHS = List.of(TURTLE, NTRIPLES, JSONLD, RDFXML, JSONLD_ALIAS);

    /** The media type to send, with a charset for text formats. */
    public String contentType() {
        return mediaType.startsWith("text/") ? mediaType + "; charset=utf-8" : mediaType;
    }

    /** A format parameter: a short name ("csv") or a media type. */
    public static Optional<ResultFormat> byName(String name, List<ResultFormat> offers) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (ResultFormat f : offers) {
            if (f.names.contains(n) || f.mediaType.equals(n)) return Optional.of(f);
        }
        return Optional.empty();
    }

    public static Optional<ResultFormat> byMediaType(String mediaType, List<ResultFormat> offers) {
        return offers.stream().filter(f -> f.mediaType.equals(mediaType)).findFirst();
    }

}
