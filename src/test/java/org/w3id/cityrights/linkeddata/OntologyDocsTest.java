package org.w3id.cityrights.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cityrights.support.TestServer;
import org.w3id.cityrights.support.TestStore;
import org.w3id.cityrights.vocab.CR;

/** The ontology IRI and its version IRI serve documentation with an anchor per term, and the ontology's RDF by content negotiation. */
class OntologyDocsTest {
    static TestServer server;
    static final Graph SOURCE = RDFDataMgr.loadGraph(Path.of("ontology/cityrights.ttl").toString());

    @BeforeAll static void start() { server = new TestServer(TestStore.get()); }
    @AfterAll static void stop() { server.close(); }

    @Test void every_class_and_property_of_the_ontology_file_has_its_own_anchor() {
        String html = server.get("/ontology", "Accept", Crawler.BROWSER_ACCEPT).body();
        int terms = 0;
        for (Node type : new Node[] {OWL.Class.asNode(), OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode()}) {
            for (var it = SOURCE.find(Node.ANY, RDF.type.asNode(), type); it.hasNext(); ) {
                String iri = it.next().getSubject().getURI();
                String local = iri.substring(CR.NAMESPACE.length());
                assertTrue(html.contains("id=\"" + local + "\""), "no anchor for " + local);
                terms++;
            }
        }
        assertTrue(terms > 80, "the ontology has its classes and properties: " + terms);
        assertTrue(html.contains("A binding local law"), "comments are shown (cr:Ordinance)");
        assertTrue(html.contains("href=\"/id/instrument/pittsburgh-ordinance-34-2016\""), "examples link to the example resources");
    }

    @Test void the_ontology_is_served_as_turtle_json_ld_rdf_xml_and_n_triples_by_accept_and_by_extension() {
        for (RdfSyntax s : RdfSyntax.values()) {
            for (String path : new String[] {"/ontology", "/ontology/0.1.0"}) {
                HttpResponse<String> r = server.get(path, "Accept", s.mediaType());
                assertEquals(200, r.statusCode(), path + " as " + s);
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(s.mediaType()));
                assertTrue(parse(r, s).isIsomorphicWith(SOURCE), path + " as " + s + " is the ontology file's graph");
            }
            HttpResponse<String> byExt = server.get("/ontology." + s.extension(), "Accept", "text/html");
            assertTrue(byExt.headers().firstValue("Content-Type").orElse("").startsWith(s.mediaType()), "extension ." + s.extension());
            assertEquals(200, server.get("/ontology/0.1.0." + s.extension()).statusCode());
        }
    }

    @Test void a_version_that_is_not_served_gets_404() {
        HttpResponse<String> r = server.get("/ontology/9.9.9");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("0.1.0"), "names the version that is served: " + r.body());
    }

    @Test void a_term_iri_leads_to_its_anchor_in_the_documentation() {
        // https://w3id.org/cityrights/ontology#Ordinance: a browser asks for /ontology and jumps to #Ordinance.
        String html = server.get("/ontology", "Accept", "text/html").body();
        assertTrue(html.contains("<section class=\"term\" id=\"Ordinance\">"), "Ordinance has its section");
    }

    static Graph parse(HttpResponse<String> r, RdfSyntax s) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), s.lang()).parse(g);
        return g;
    }
}
