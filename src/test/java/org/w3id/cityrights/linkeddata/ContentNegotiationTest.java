package org.w3id.cityrights.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.cityrights.support.TestServer;
import org.w3id.cityrights.support.TestStore;

/** Dereferencing identifiers: 303 by Accept with q-values, Vary, extension overrides, 404 and 406. */
class ContentNegotiationTest {
    static final String GRAZ = "https://w3id.org/cityrights/id/city/graz";
    static TestServer server;

    @BeforeAll static void start() { server = new TestServer(TestStore.get()); }
    @AfterAll static void stop() { server.close(); }

    static String location(HttpResponse<String> r) { return r.headers().firstValue("Location").orElse(""); }

    static String contentType(HttpResponse<String> r) { return r.headers().firstValue("Content-Type").orElse(""); }

    static Graph parse(HttpResponse<String> r, RdfSyntax syntax) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), syntax.lang()).parse(g);
        return g;
    }

    @ParameterizedTest
    @EnumSource(RdfSyntax.class)
    void each_rdf_type_gets_303_to_its_data_url_which_parses_in_that_syntax(RdfSyntax syntax) {
        HttpResponse<String> r = server.get("/id/city/graz", "Accept", syntax.mediaType());
        assertEquals(303, r.statusCode());
        assertEquals("/data/city/graz." + syntax.extension(), location(r));
        assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept"));
        HttpResponse<String> data = server.get(location(r), "Accept", syntax.mediaType());
        assertEquals(200, data.statusCode());
        assertTrue(contentType(data).startsWith(syntax.mediaType()), contentType(data));
        Graph g = parse(data, syntax);
        Node graz = NodeFactory.createURI(GRAZ);
        assertTrue(g.contains(graz, RDFS.label.asNode(), Node.ANY), "the description states the city's label");
        Node austria = NodeFactory.createURI("https://w3id.org/cityrights/id/country/at");
        assertTrue(g.contains(graz, Node.ANY, austria), "the description links to the country");
        assertTrue(g.contains(austria, RDFS.label.asNode(), Node.ANY), "and names what it links to");
    }

    @Test void html_gets_303_to_the_page() {
        HttpResponse<String> r = server.get("/id/city/graz", "Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertEquals(303, r.statusCode());
        assertEquals("/page/city/graz", location(r));
        HttpResponse<String> page = server.get(location(r));
        assertEquals(200, page.statusCode());
        assertTrue(contentType(page).startsWith("text/html"));
        assertTrue(page.body().contains("<h1>Graz</h1>"), "the page is titled by the label");
    }

    @Test void any_type_or_no_accept_gets_turtle() {
        assertEquals("/data/city/graz.ttl", location(server.get("/id/city/graz", "Accept", "*/*")));
        assertEquals("/data/city/graz.ttl", location(server.get("/id/city/graz")));
    }

    @Test void q_values_order_the_choice() {
        assertEquals("/data/city/graz.jsonld", location(server.get("/id/city/graz", "Accept", "text/turtle;q=0.5, application/ld+json;q=0.9")));
        assertEquals("/data/city/graz.rdf", location(server.get("/id/city/graz", "Accept", "text/html;q=0.1, application/rdf+xml")));
        assertEquals("/page/city/graz", location(server.get("/id/city/graz", "Accept", "application/n-triples;q=0.2, text/html;q=0.3")));
        assertEquals("/data/city/graz.nt", location(server.get("/id/city/graz", "Accept", "text/*;q=0.1, application/n-triples")));
    }

    @Test void an_unknown_type_gets_406_listing_the_offers() {
        HttpResponse<String> r = server.get("/id/city/graz", "Accept", "image/png");
        assertEquals(406, r.statusCode());
        for (RdfSyntax s : RdfSyntax.values()) assertTrue(r.body().contains(s.mediaType()), r.body());
        assertTrue(r.body().contains("text/html"), r.body());
        assertEquals(406, server.get("/data/city/graz", "Accept", "text/html").statusCode(), "the data URL offers no HTML");
    }

    @Test void a_missing_resource_gets_404_with_a_search_box_for_browsers() {
        HttpResponse<String> browser = server.get("/id/city/atlantis", "Accept", Crawler.BROWSER_ACCEPT);
        assertEquals(404, browser.statusCode());
        assertTrue(contentType(browser).startsWith("text/html"));
        assertTrue(browser.body().contains("action=\"/search\"") && browser.body().contains("value=\"atlantis\""), browser.body());
        HttpResponse<String> client = server.get("/id/city/atlantis", "Accept", "text/turtle");
        assertEquals(404, client.statusCode());
        assertTrue(client.body().contains("https://w3id.org/cityrights/id/city/atlantis"), client.body());
        assertEquals(404, server.get("/page/city/atlantis").statusCode());
        assertEquals(404, server.get("/data/city/atlantis.ttl").statusCode());
        assertEquals(404, server.get("/id/City/Graz").statusCode(), "identifiers are lower-case slugs");
    }

    @Test void an_extension_overrides_accept() {
        HttpResponse<String> r = server.get("/data/city/graz.ttl", "Accept", "application/rdf+xml");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("text/turtle"), contentType(r));
        assertFalse(parse(r, RdfSyntax.TURTLE).isEmpty());
        assertEquals(404, server.get("/data/city/graz.pdf").statusCode(), "an unknown extension names no document");
    }

    @Test void the_data_url_without_extension_negotiates_and_names_the_document() {
        HttpResponse<String> r = server.get("/data/city/graz", "Accept", "application/n-triples");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("application/n-triples"));
        assertEquals("/data/city/graz.nt", r.headers().firstValue("Content-Location").orElse(""));
        assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept"));
    }

    @Test void a_hash_resource_is_described_with_its_document() {
        Graph g = parse(server.get("/data/city/graz.ttl"), RdfSyntax.TURTLE);
        assertTrue(g.contains(NodeFactory.createURI(GRAZ + "#geometry"), Node.ANY, Node.ANY), "graz#geometry comes with graz");
    }

    @Test void the_server_maps_its_own_host_to_the_base_iri() {
        Graph g = parse(server.get("/data/city/graz.nt"), RdfSyntax.NTRIPLES);
        assertTrue(g.contains(NodeFactory.createURI(GRAZ), Node.ANY, Node.ANY));
        g.find().forEachRemaining(t -> assertFalse(t.getSubject().isURI() && t.getSubject().getURI().startsWith("http://127.0.0.1"),
                "no local address in the data: " + t));
        String page = server.get("/page/city/graz").body();
        assertTrue(page.contains("href=\"/id/country/at\""), "links on pages point at this server");
        assertTrue(page.contains(GRAZ), "the page names the published IRI");
    }
}
