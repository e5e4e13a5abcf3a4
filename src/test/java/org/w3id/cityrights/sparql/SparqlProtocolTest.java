package org.w3id.cityrights.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cityrights.support.TestServer;
import org.w3id.cityrights.support.TestStore;

/** The SPARQL 1.1 Protocol over real HTTP against the server on a free port and a real TDB2 store. */
class SparqlProtocolTest {
    static final String SELECT = "PREFIX cr: <https://w3id.org/cityrights/ontology#> "
            + "SELECT ?t WHERE { ?t a cr:CoreTreaty } ORDER BY ?t";
    static final String ASK = "ASK { <https://w3id.org/cityrights/id/treaty/cedaw> ?p ?o }";
    static final String CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { BIND(<https://w3id.org/cityrights/id/treaty/cedaw> AS ?s) ?s ?p ?o }";
    static final String DESCRIBE = "DESCRIBE <https://w3id.org/cityrights/id/treaty/cedaw>";
    static TestServer server;

    @BeforeAll static void start() { server = new TestServer(TestStore.get()); }
    @AfterAll static void stop() { server.close(); }

    static String q(String query) { return "/sparql?query=" + TestServer.enc(query); }

    @Test void get_select_defaults_to_sparql_json_with_vary_and_cors() {
        HttpResponse<String> r = server.get(q(SELECT));
        assertEquals(200, r.statusCode());
        assertEquals("application/sparql-results+json", r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept"));
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(r.body().contains("https://w3id.org/cityrights/id/treaty/cedaw"), r.body());
    }

    @Test void select_as_xml_csv_and_tsv_by_accept() {
        assertTrue(server.get(q(SELECT), "Accept", "application/sparql-results+xml").body().contains("<sparql"));
        HttpResponse<String> csv = server.get(q(SELECT), "Accept", "text/csv");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("t\r\n") || csv.body().startsWith("t\n"), csv.body());
        assertEquals(10, csv.body().strip().split("\r?\n").length, "header and the nine core treaties");
        assertTrue(server.get(q(SELECT), "Accept", "text/tab-separated-values").body().startsWith("?t"));
    }

    @Test void accept_q_values_choose_the_preferred_format() {
        HttpResponse<String> r = server.get(q(SELECT), "Accept", "application/sparql-results+json;q=0.2, text/csv;q=0.8");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    }

    @Test void format_parameter_overrides_accept() {
        HttpResponse<String> r = server.get(q(SELECT) + "&format=tsv", "Accept", "application/sparql-results+json");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/tab-separated-values"));
    }

    @Test void ask_answers_true_in_json_and_xml() {
        assertTrue(server.get(q(ASK)).body().contains("true"));
        assertTrue(server.get(q(ASK), "Accept", "application/sparql-results+xml").body().contains("<boolean>true</boolean>"));
    }

    @Test void construct_and_describe_in_every_rdf_format() {
        for (String query : new String[] {CONSTRUCT, DESCRIBE}) {
            for (Object[] f : new Object[][] {{"text/turtle", Lang.TURTLE}, {"application/n-triples", Lang.NTRIPLES},
                    {"application/ld+json", Lang.JSONLD}, {"application/rdf+xml", Lang.RDFXML}}) {
                HttpResponse<String> r = server.get(q(query), "Accept", (String) f[0]);
                assertEquals(200, r.statusCode(), query + " as " + f[0]);
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith((String) f[0]));
                Graph g = GraphFactory.createDefaultGraph();
                RDFParser.fromString(r.body(), (Lang) f[1]).parse(g);
                assertFalse(g.isEmpty(), query + " as " + f[0] + " parsed to an empty graph");
            }
        }
    }

    @Test void construct_defaults_to_turtle() {
        assertTrue(server.get(q(CONSTRUCT)).headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
    }

    @Test void post_form_and_post_sparql_query_give_the_same_answer() {
        String viaGet = server.get(q(SELECT), "Accept", "text/csv").body();
        String viaForm = server.post("/sparql", "application/x-www-form-urlencoded", "query=" + TestServer.enc(SELECT), "Accept", "text/csv").body();
        String viaBody = server.post("/sparql", "application/sparql-query", SELECT, "Accept", "text/csv").body();
        assertEquals(viaGet, viaForm);
        assertEquals(viaGet, viaBody);
    }

    @Test void default_graph_uri_restricts_the_default_graph() {
        String count = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/cityrights/ontology#Ratification> }";
        String all = server.get(q(count), "Accept", "text/csv").body();
        String treatiesOnly = server.get(q(count) + "&default-graph-uri=" + TestServer.enc("https://w3id.org/cityrights/graph/import/treaties"),
                "Accept", "text/csv").body();
        assertFalse(all.strip().endsWith("\n0"), all);
        assertEquals("n\r\n0", treatiesOnly.strip().replace("\n", "\r\n").replace("\r\r", "\r"), treatiesOnly);
    }

    @Test void named_graph_uri_lists_only_the_named_graphs() {
        String graphs = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }";
        String r = server.get(q(graphs) + "&named-graph-uri=" + TestServer.enc("https://w3id.org/cityrights/graph/import/treaties"), "Accept", "text/csv").body();
        assertEquals(2, r.strip().split("\r?\n").length, r);
        assertTrue(r.contains("graph/import/treaties"), r);
    }

    @Test void every_update_form_is_refused_with_a_reason() {
        String insert = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
        HttpResponse<String> viaParam = server.get("/sparql?update=" + TestServer.enc(insert));
        HttpResponse<String> viaForm = server.post("/sparql", "application/x-www-form-urlencoded", "update=" + TestServer.enc(insert));
        HttpResponse<String> viaBody = server.post("/sparql", "application/sparql-update", insert);
        HttpResponse<String> asQuery = server.get(q(insert));
        for (HttpResponse<String> r : java.util.List.of(viaParam, viaForm, viaBody, asQuery)) {
            assertEquals(403, r.statusCode(), r.body());
            assertTrue(r.body().contains("read-only"), r.body());
        }
        assertEquals("n\r\n0", server.get(q("SELECT (COUNT(*) AS ?n) WHERE { <urn:x> ?p ?o }"), "Accept", "text/csv").body().strip());
    }

    @Test void malformed_query_gets_400_with_line_and_column() {
        HttpResponse<String> r = server.get(q("SELECT ?x WHERE {\n  ?x ?y \n"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("line") && r.body().contains("column"), r.body());
    }

    @Test void unacceptable_accept_gets_406_listing_the_offers() {
        HttpResponse<String> r = server.get(q(SELECT), "Accept", "image/png");
        assertEquals(406, r.statusCode());
        assertTrue(r.body().contains("application/sparql-results+json") && r.body().contains("text/csv"), r.body());
        assertEquals(406, server.get(q(CONSTRUCT), "Accept", "text/csv").statusCode());
    }

    @Test void unknown_format_parameter_gets_406() {
        assertEquals(406, server.get(q(SELECT) + "&format=pdf").statusCode());
    }

    @Test void missing_or_repeated_query_gets_400() {
        assertEquals(400, server.get("/sparql?foo=bar").statusCode());
        assertEquals(400, server.get(q(SELECT) + "&query=" + TestServer.enc(ASK)).statusCode());
    }

    @Test void wrong_content_type_or_charset_gets_415() {
        assertEquals(415, server.post("/sparql", "text/plain", SELECT).statusCode());
        assertEquals(415, server.post("/sparql", "application/sparql-query; charset=ISO-8859-1", SELECT).statusCode());
    }

    @Test void preflight_allows_cross_origin_reads() {
        HttpResponse<String> r = server.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url("/sparql")))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://example.org").header("Access-Control-Request-Method", "POST").build());
        assertEquals(204, r.statusCode());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(r.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
    }

    @Test void health_is_200_while_the_store_is_open() {
        HttpResponse<String> r = server.get("/health");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"ok\""), r.body());
    }

    @Test void service_is_refused_and_fetches_nothing() {
        HttpResponse<String> r = server.get(q("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"));
        assertEquals(400, r.statusCode(), r.body());
    }
}
