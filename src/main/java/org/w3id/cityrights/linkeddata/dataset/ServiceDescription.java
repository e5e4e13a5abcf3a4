package org.w3id.cityrights.linkeddata.dataset;

import static org.w3id.cityrights.linkeddata.dataset.Terms.r;
import static org.w3id.cityrights.linkeddata.dataset.Terms.sd;

import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cityrights.linkeddata.SiteIris;
import org.w3id.cityrights.vocab.Vocab;

/**
 * The SPARQL 1.1 Service Description a plain {@code GET /sparql} answers with: the endpoint, the query
 * language, every result format the endpoint writes, its features, and the size of the default graph.
 */
public final class ServiceDescription {
    /** The formats {@code sparql.ResultFormat} offers, by their W3C format IRIs. */
    static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
            "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML");

    private ServiceDescription() {}

    static Resource serviceIn(Model m, SiteIris iris) { return m.createResource(iris.published("sparql") + "#service"); }

    public static Model of(SiteIris iris, DatasetMetadata meta, DatasetStatistics stats) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Vocab.prefixes());
        m.setNsPrefix("sd", Terms.SD);
        m.setNsPrefix("void", Terms.VOID);
        m.setNsPrefix("formats", Terms.FORMATS);
        String endpoint = iris.published("sparql");
        Resource defaultGraph = m.createResource(endpoint + "#default-graph").addProperty(RDF.type, r(Terms.SD + "Graph"))
                .addLiteral(Terms.v("triples"), m.createTypedLiteral(Long.toString(stats.triples()), XSDDatatype.XSDinteger));
        Resource dataset = m.createResource(endpoint + "#dataset").addProperty(RDF.type, r(Terms.SD + "Dataset"))
                .addProperty(DCTerms.source, m.createResource(meta.iri()))
                .addProperty(sd("defaultGraph"), defaultGraph);
        Resource service = serviceIn(m, iris).addProperty(RDF.type, r(Terms.SD + "Service"))
                .addProperty(DCTerms.title, "SPARQL 1.1 endpoint of " + meta.title(), "en")
                .addProperty(DCTerms.description, "Read-only. The default graph is the union of all graphs; SERVICE is disabled; "
                        + "each query has a time limit and answers 503 when it runs out.", "en")
                .addProperty(sd("endpoint"), r(endpoint))
                .addProperty(sd("supportedLanguage"), r(Terms.SD + "SPARQL11Query"))
                .addProperty(sd("feature"), r(Terms.SD + "UnionDefaultGraph"))
                .addProperty(sd("defaultDataset"), dataset);
        for (String f : RESULT_FORMATS) service.addProperty(sd("resultFormat"), r(Terms.FORMATS + f));
        return m;
    }
}
