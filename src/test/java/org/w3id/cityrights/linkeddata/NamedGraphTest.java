package org.w3id.cityrights.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cityrights.support.TestServer;
import org.w3id.cityrights.support.TestStore;

/** A named graph's IRI answers with that graph: the provenance of a quad can be followed like a link. */
class NamedGraphTest {
    static TestServer server;

    @BeforeAll static void start() { server = new TestServer(TestStore.get()); }
    @AfterAll static void stop() { server.close(); }

    @Test void a_graph_iri_gives_exactly_the_triples_of_that_graph() {
        HttpResponse<String> r = server.get("/graph/import/treaties", "Accept", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Graph g = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
        assertEquals(count("https://w3id.org/cityrights/graph/import/treaties"), g.size(), "the same triples as GRAPH <...> in SPARQL");
        assertTrue(r.body().contains("cedaw"), "the treaties graph holds CEDAW");

        HttpResponse<String> nt = server.get("/graph/import/treaties?format=nt");
        assertEquals(200, nt.statusCode());
        assertEquals(g.size(), RDFParser.fromString(nt.body(), Lang.NTRIPLES).toGraph().size());
    }

    @Test void a_browser_gets_a_page_with_the_size_and_the_downloads() {
        HttpResponse<String> r = server.get("/graph/ontology", "Accept", "text/html");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("https://w3id.org/cityrights/graph/ontology"), r.body());
        assertTrue(r.body().contains(String.format("%,d", count("https://w3id.org/cityrights/graph/ontology")) + " triples"), r.body());
        assertTrue(r.body().contains("/graph/ontology?format=ttl"), r.body());
    }

    @Test void no_such_graph_is_404_and_a_bad_format_406() {
        assertEquals(404, server.get("/graph/import/nothing-here").statusCode());
        assertEquals(404, server.get("/graph/Import/Treaties").statusCode());
        assertEquals(404, server.get("/graph/import/%2e%2e/treaties").statusCode());
        assertEquals(406, server.get("/graph/ontology?format=docx").statusCode());
        assertEquals(406, server.get("/graph/ontology", "Accept", "image/png").statusCode());
    }

    private static long count(String graph) {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + graph + "> { ?s ?p ?o } }";
        String csv = server.get("/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "Accept", "text/csv").body();
        return Long.parseLong(csv.lines().skip(1).findFirst().orElseThrow().strip());
    }
}
