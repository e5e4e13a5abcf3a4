package org.w3id.cityrights.workbench.catalog;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.resultset.RDFOutput;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.w3id.cityrights.http.Conneg;
import org.w3id.cityrights.http.HttpError;
import org.w3id.cityrights.sparql.ResultFormat;
import org.w3id.cityrights.store.QueryOutcome;
import org.w3id.cityrights.workbench.results.ResultTable;
import org.w3id.cityrights.workbench.results.TableExport;

/**
 * What the saved-query API answers in. SELECT and ASK: the SPARQL result formats, the result set as
 * RDF in Turtle (the W3C result-set vocabulary), and Markdown or LaTeX tables for papers. CONSTRUCT and
 * DESCRIBE: RDF. A file extension or {@code format=} overrides the Accept header, as in grlc.
 */
public final class ApiFormats {
    public record Offer(String mediaType, List<String> names, Function<QueryOutcome, byte[]> writer) {
        public String contentType() {
            return mediaType.startsWith("text/") ? mediaType + "; charset=utf-8" : mediaType;
        }
    }

    public static final List<Offer> FOR_RESULTS = List.of(
            results(ResultFormat.SPARQL_JSON),
            results(ResultFormat.CSV),
            results(ResultFormat.TSV),
            results(ResultFormat.SPARQL_XML),
            new Offer("text/turtle", List.of("ttl", "turtle"), ApiFormats::resultsAsTurtle),
            new Offer("text/markdown", List.of("md", "markdown"), o -> utf8(TableExport.markdown(ResultTable.of(o)))),
            new Offer("application/x-latex", List.of("tex", "latex"), o -> utf8(TableExport.latex(ResultTable.of(o)))),
            new Offer("application/json", List.of(), results(ResultFormat.SPARQL_JSON).writer()));

    public static final List<Offer> FOR_GRAPHS = List.of(
            graph("text/turtle", Lang.TURTLE, "ttl", "turtle"),
            graph("application/n-triples", Lang.NTRIPLES, "nt", "ntriples"),
            graph("application/ld+json", Lang.JSONLD, "jsonld", "json"),
            graph("application/rdf+xml", Lang.RDFXML, "rdf", "xml"),
            graph("application/json", Lang.JSONLD));

    private ApiFormats() {}

    public static Offer choose(Optional<String> name, String accept, List<Offer> offers) {
        if (name.isPresent()) {
            String n = name.get().strip().toLowerCase(Locale.ROOT);
            return offers.stream().filter(o -> o.names().contains(n) || o.mediaType().equals(n)).findFirst()
                    .orElseThrow(() -> HttpError.notAcceptable("Unknown format '" + name.get() + "' for this query. Offered: " + describe(offers)));
        }
        List<String> types = offers.stream().map(Offer::mediaType).toList();
        return Conneg.choose(accept, types).flatMap(t -> offers.stream().filter(o -> o.mediaType().equals(t)).findFirst())
                .orElseThrow(() -> HttpError.notAcceptable("No offered format matches Accept: " + accept + ". Offered: " + describe(offers)));
    }

    public static String describe(List<Offer> offers) {
        return offers.stream().filter(o -> !o.names().isEmpty())
                .map(o -> o.mediaType() + " (." + o.names().get(0) + ")").collect(Collectors.joining(", "));
    }

    private static Offer results(ResultFormat f) {
        return new Offer(f.mediaType(), f.names(), o -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (o instanceof QueryOutcome.Rows rows) ResultsWriter.create().lang(f.lang()).write(out, rows.rowSet());
            else if (o instanceof QueryOutcome.Bool b) ResultsWriter.create().lang(f.lang()).write(out, b.value());
            return out.toByteArray();
        });
    }

    private static byte[] resultsAsTurtle(QueryOutcome o) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var model = o instanceof QueryOutcome.Rows rows ? RDFOutput.encodeAsModel(ResultSet.adapt(rows.rowSet()))
                : RDFOutput.encodeAsModel(((QueryOutcome.Bool) o).value());
        RDFDataMgr.write(out, model, RDFFormat.TURTLE_PRETTY);
        return out.toByteArray();
    }

    private static Offer graph(String mediaType, Lang lang, String... names) {
        return new Offer(mediaType, List.of(names), o -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, ((QueryOutcome.Triples) o).graph(), lang);
            return out.toByteArray();
        });
    }

    private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }
}
