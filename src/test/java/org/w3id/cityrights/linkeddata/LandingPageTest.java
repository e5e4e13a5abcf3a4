package org.w3id.cityrights.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cityrights.support.TestServer;
import org.w3id.cityrights.support.TestStore;

/** The landing page: counts from the store, example questions that run, how to cite the version served, licences. */
class LandingPageTest {
    static TestServer server;
    static String html;

    @BeforeAll static void start() {
        server = new TestServer(TestStore.get());
        html = server.get("/").body();
    }
    @AfterAll static void stop() { server.close(); }

    static String csv(String query) {
        return server.get("/sparql?query=" + TestServer.enc(query), "Accept", "text/csv").body();
    }

    @Test void the_counts_are_those_of_the_store() {
        String ratifications = csv("SELECT (COUNT(?r) AS ?n) WHERE { ?r a <https://w3id.org/cityrights/ontology#Ratification> }").split("\r?\n")[1];
        assertTrue(html.contains(String.format(java.util.Locale.ROOT, "%,d", Long.parseLong(ratifications.strip()))), "ratifications: " + ratifications);
        String europe = csv("PREFIX cr: <https://w3id.org/cityrights/ontology#> SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a cr:Locality ; "
                + "cr:country/cr:continent <https://w3id.org/cityrights/id/region/europe> }").split("\r?\n")[1].strip();
        assertTrue(html.contains("<tr><td>Europe</td><td>" + europe + "</td></tr>"), "localities in Europe: " + europe);
        assertTrue(html.contains("<td>ordinance</td>") && html.contains("core UN human-rights treaty"), "instruments by type and treaties");
    }

    @Test void every_example_question_runs() {
        Matcher m = Pattern.compile("href=\"(/sparql\\?query=[^\"]+)\"").matcher(html);
        int n = 0;
        while (m.find()) {
            HttpResponse<String> r = server.get(m.group(1).replace("&amp;", "&"));
            assertEquals(200, r.statusCode(), m.group(1) + ": " + r.body());
            n++;
        }
        assertTrue(n >= 10, "at least five questions, each runnable in two formats: " + n);
    }

    @Test void the_citation_names_the_version_served_and_the_csl_json_parses() {
        String version = TestStore.get().info().datasetVersion();
        assertTrue(html.contains("version      = {" + version + "}"), "BibTeX with the version");
        Matcher csl = Pattern.compile("(?s)<h3>CSL-JSON</h3>\\s*<pre>(.*?)</pre>").matcher(html);
        assertTrue(csl.find());
        JsonArray items = JSON.parseAny(Crawler.unescape(csl.group(1))).getAsArray();
        assertEquals(version, items.get(0).getAsObject().get("version").getAsString().value());
        assertEquals("dataset", items.get(0).getAsObject().get("type").getAsString().value());
        assertTrue(html.contains("CC BY 4.0") && html.contains("Apache License 2.0"), "both licences");
    }

    @Test void the_citation_file_has_the_release_of_the_dataset_description() throws IOException {
        String cff = Files.readString(Path.of("CITATION.cff"));
        Node release = RDFDataMgr.loadGraph("data/dataset.ttl").find(Node.ANY, OWL.versionInfo.asNode(), Node.ANY).next().getObject();
        assertTrue(cff.contains("\nversion: \"" + release.getLiteralLexicalForm() + "\""), "CITATION.cff states version " + release);
        assertTrue(cff.contains("CC-BY-4.0") && cff.contains("Apache-2.0"));
        assertTrue(Files.exists(Path.of("LICENSE")) && Files.exists(Path.of("LICENSE-DATA.md")));
    }
}
