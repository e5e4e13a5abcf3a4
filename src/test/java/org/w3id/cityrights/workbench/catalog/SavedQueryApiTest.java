package org.w3id.cityrights.workbench.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cityrights.support.TestServer;
import org.w3id.cityrights.support.TestStore;
import org.w3id.cityrights.workbench.Json;
import org.w3id.cityrights.workbench.WorkbenchServer;
import org.w3id.cityrights.workbench.WorkbenchSettings;

import com.fasterxml.jackson.databind.JsonNode;

/** GET /api/{name}: parameters bound as typed terms, formats by extension or Accept, clear errors, OpenAPI. */
class SavedQueryApiTest {
    static final String INJECTION = "\"} ; DROP ALL ; {\"";
    static TestServer server;
    static TestServer echo;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(TestStore.get());
        WorkbenchSettings s = WorkbenchServer.settings(Files.createTempDirectory("links"));
        echo = WorkbenchServer.start(TestStore.get(), new WorkbenchSettings(Path.of("src/test/resources/workbench/catalog"), s.permalinkDir(), s.limits()));
    }

    @AfterAll
    static void stop() {
        server.close();
        echo.close();
    }

    static List<QuerySolution> rows(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        List<QuerySolution> out = new ArrayList<>();
        rs.forEachRemaining(out::add);
        return out;
    }

    @Test
    void an_injection_attempt_is_bound_as_one_string_literal_and_echoed_unchanged() {
        List<QuerySolution> rows = rows(echo.get("/api/echo.json?text=" + TestServer.enc(INJECTION)));
        assertEquals(1, rows.size());
        var text = rows.get(0).get("text").asLiteral();
        assertEquals(INJECTION, text.getLexicalForm());
        assertEquals("http://www.w3.org/2001/XMLSchema#string", text.getDatatypeURI());
    }

    @Test
    void an_injection_attempt_on_a_catalogue_query_matches_nothing_and_changes_nothing() {
        String before = server.get("/health").body();
        List<QuerySolution> rows = rows(server.get("/api/sources-and-disagreements.json?about=" + TestServer.enc(INJECTION)));
        assertEquals(0, rows.size(), "no subject label contains the injection text");
        assertFalse(rows(server.get("/api/sources-and-disagreements.json")).isEmpty(), "the data is still there");
        assertEquals(before, server.get("/health").body());
    }

    @Test
    void parameters_are_typed_terms_and_an_optional_one_left_out_stays_unbound() {
        QuerySolution dflt = rows(echo.get("/api/echo.json")).get(0);
        assertEquals("hello", dflt.getLiteral("text").getString());
        assertEquals("http://www.w3.org/2001/XMLSchema#integer", dflt.getLiteral("number").getDatatypeURI());
        assertFalse(dflt.contains("thing"));
        assertFalse(dflt.getLiteral("thingGiven").getBoolean());
        QuerySolution given = rows(echo.get("/api/echo.json?number=42&thing=" + TestServer.enc("https://example.org/x"))).get(0);
        assertEquals(42, given.getLiteral("number").getInt());
        assertEquals("https://example.org/x", given.getResource("thing").getURI());
        assertTrue(given.getLiteral("thingGiven").getBoolean());
    }

    @Test
    void a_value_of_the_wrong_type_is_a_400_naming_the_parameter() {
        HttpResponse<String> notNumber = server.get("/api/hrc-growth.csv?from=nineteen");
        assertEquals(400, notNumber.statusCode());
        assertTrue(notNumber.body().contains("'from'"), notNumber.body());
        HttpResponse<String> notIri = server.get("/api/city-timeline.csv?city=" + TestServer.enc(INJECTION));
        assertEquals(400, notIri.statusCode());
        assertTrue(notIri.body().contains("'city'"), notIri.body());
    }

    @Test
    void an_unknown_parameter_is_a_400_listing_the_known_ones() {
        HttpResponse<String> r = server.get("/api/treaty-gap.csv?cuntry=US");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("country, treaty"), r.body());
    }

    @Test
    void get_unknown_saved_query_returns_404() {
        assertEquals(404, server.get("/api/no-such-query").statusCode());
    }

    @Test
    void a_city_parameter_changes_the_answer() {
        String gwangju = server.get("/api/city-timeline.csv").body();
        String seoul = server.get("/api/city-timeline.csv?city=" + TestServer.enc("https://w3id.org/cityrights/id/city/seoul")).body();
        assertTrue(gwangju.contains("Gwangju Human Rights Charter"), gwangju);
        assertFalse(seoul.contains("Gwangju"), seoul);
    }

    @Test
    void a_year_range_and_a_country_narrow_the_answer() {
        List<QuerySolution> all = rows(server.get("/api/hrc-declarations.json"));
        List<QuerySolution> korea = rows(server.get("/api/hrc-declarations.json?country=KR&from=2010&to=2012"));
        assertFalse(korea.isEmpty());
        assertTrue(korea.size() < all.size());
        for (QuerySolution s : korea) {
            assertEquals("Republic of Korea", s.getLiteral("country").getString());
            int year = Integer.parseInt(s.getLiteral("date").getLexicalForm().substring(0, 4));
            assertTrue(year >= 2010 && year <= 2012, "year " + year + " outside the range");
        }
    }

    @Test
    void the_extension_overrides_the_accept_header() {
        HttpResponse<String> r = server.get("/api/treaty-invocations.csv", "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(r.body().startsWith("treaty,instruments,localities"), r.body());
    }

    @Test
    void without_an_extension_the_accept_header_chooses() {
        HttpResponse<String> tsv = server.get("/api/treaty-invocations", "Accept", "text/tab-separated-values");
        assertTrue(tsv.headers().firstValue("Content-Type").orElse("").startsWith("text/tab-separated-values"));
        assertEquals("Accept", tsv.headers().firstValue("Vary").orElse(""));
        HttpResponse<String> json = server.get("/api/treaty-invocations");
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
    }

    @Test
    void select_results_are_offered_as_turtle_markdown_and_latex() {
        assertTrue(server.get("/api/treaty-invocations.ttl").body().contains("ResultSet"));
        assertTrue(server.get("/api/treaty-invocations.md").body().startsWith("| treaty | instruments | localities |"));
        assertTrue(server.get("/api/treaty-invocations.tex").body().contains("\\toprule"));
    }

    @Test
    void a_construct_query_answers_in_rdf_and_refuses_csv_with_406() {
        HttpResponse<String> ttl = server.get("/api/city-graph.ttl");
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(ttl.body().contains("Gwangju"), ttl.body());
        HttpResponse<String> csv = server.get("/api/city-graph.csv");
        assertEquals(406, csv.statusCode());
        assertTrue(csv.body().contains("text/turtle"), csv.body());
    }

    @Test
    void an_accept_header_no_format_matches_is_a_406() {
        assertEquals(406, server.get("/api/treaty-invocations", "Accept", "image/png").statusCode());
    }

    @Test
    void openapi_describes_every_saved_query_with_typed_parameters_and_defaults() throws Exception {
        HttpResponse<String> r = server.get("/api/openapi.json");
        assertEquals(200, r.statusCode());
        JsonNode doc = Json.MAPPER.readTree(r.body());
        assertTrue(doc.path("openapi").asText().startsWith("3."));
        for (CatalogQuery q : Catalog.load(Path.of("queries/catalog")).all()) {
            JsonNode get = doc.path("paths").path("/api/" + q.name()).path("get");
            assertEquals(q.summary(), get.path("summary").asText(), q.name());
            assertEquals(q.params().size(), get.path("parameters").size(), q.name());
        }
        JsonNode growth = doc.path("paths").path("/api/hrc-growth").path("get").path("parameters");
        JsonNode from = null;
        for (JsonNode p : growth) if (p.path("name").asText().equals("from")) from = p;
        assertEquals("integer", from.path("schema").path("type").asText());
        assertEquals(1997, from.path("schema").path("default").asInt());
    }

    @Test
    void the_api_page_lists_each_saved_query_with_its_parameters() {
        HttpResponse<String> r = server.get("/api");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        for (CatalogQuery q : Catalog.load(Path.of("queries/catalog")).all()) {
            assertTrue(r.body().contains("id=\"" + q.name() + "\""), q.name() + " missing from /api");
        }
        assertTrue(r.body().contains("<code>https://w3id.org/cityrights/id/city/gwangju</code>"), "defaults are shown");
    }
}
