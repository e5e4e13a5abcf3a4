package org.w3id.cityrights.workbench.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.cityrights.support.TestServer;
import org.w3id.cityrights.support.TestStore;

/** The saved-query catalogue in queries/catalog: well described, covering the research questions, and every query answers with its defaults. */
class CatalogQueriesTest {
    static final Path DIR = Path.of("queries/catalog");
    static TestServer server;

    @BeforeAll static void start() { server = new TestServer(TestStore.get()); }
    @AfterAll static void stop() { server.close(); }

    @Test
    void the_catalogue_has_at_least_twelve_described_queries() {
        List<CatalogQuery> all = Catalog.load(DIR).all();
        assertTrue(all.size() >= 12, "expected at least 12 saved queries, found " + all.size());
        for (CatalogQuery q : all) {
            assertFalse(q.summary().isBlank(), q.name() + " has no summary");
            assertFalse(q.description().isBlank(), q.name() + " has no description");
            assertFalse(q.tags().isEmpty(), q.name() + " has no tags");
            q.params().forEach(p -> assertFalse(p.description().isBlank(), q.name() + ": parameter " + p.name() + " is not described"));
        }
    }

    @Test
    void the_catalogue_is_parameterised_by_city_country_treaty_right_group_domain_and_year_range() {
        Set<String> names = new HashSet<>();
        Catalog.load(DIR).all().forEach(q -> q.params().forEach(p -> names.add(p.name())));
        for (String needed : List.of("city", "country", "treaty", "right", "group", "domain", "from", "to")) {
            assertTrue(names.contains(needed), "no saved query takes a '" + needed + "' parameter: " + names);
        }
    }

    @Test
    void the_catalogue_answers_every_research_question_from_one_to_thirteen() {
        Set<Integer> covered = new HashSet<>();
        for (CatalogQuery q : Catalog.load(DIR).all()) {
            var m = java.util.regex.Pattern.compile("# Research question: QUESTIONS.md ([0-9, ]+)").matcher(q.text());
            if (m.find()) for (String n : m.group(1).split("[, ]+")) if (!n.isBlank()) covered.add(Integer.parseInt(n));
        }
        for (int i = 1; i <= 13; i++) {
            assertTrue(covered.contains(i), "research question " + i + " has no saved query");
        }
    }

    @TestFactory
    Stream<DynamicTest> each_saved_query_runs_with_its_defaults_and_returns_something() {
        return Catalog.load(DIR).all().stream().map(q -> DynamicTest.dynamicTest(q.name(), () -> {
            if (q.isGraphQuery()) {
                HttpResponse<String> r = server.get("/api/" + q.name() + ".ttl");
                assertEquals(200, r.statusCode(), r.body());
                Model m = ModelFactory.createDefaultModel();
                RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
                assertTrue(m.size() > 0, q.name() + " with its defaults constructs an empty graph");
            } else {
                HttpResponse<String> r = server.get("/api/" + q.name() + ".json");
                assertEquals(200, r.statusCode(), r.body());
                ResultSet rs = ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                int n = 0;
                while (rs.hasNext()) { rs.next(); n++; }
                assertTrue(n > 0, q.name() + " with its defaults returns no rows");
            }
        }));
    }
}
