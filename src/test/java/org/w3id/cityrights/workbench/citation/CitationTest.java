package org.w3id.cityrights.workbench.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cityrights.support.TestServer;
import org.w3id.cityrights.support.TestStore;
import org.w3id.cityrights.workbench.Json;
import org.w3id.cityrights.workbench.WorkbenchServer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * "Cite this result": BibTeX, CSL-JSON and RIS pin a result to the dataset version, the permalink, the
 * date run, the row count and the SHA-256 of the canonical result; rerunning the permalink reproduces it.
 */
class CitationTest {
    static TestServer server;
    static JsonNode link;
    static String query;

    @BeforeAll
    static void start() throws Exception {
        server = WorkbenchServer.start(TestStore.get(), WorkbenchServer.settings(Files.createTempDirectory("links")));
        query = Files.readString(Path.of("queries/cq/treaty-gap.rq"));
        HttpResponse<String> r = server.post("/q", "application/x-www-form-urlencoded", "query=" + TestServer.enc(query), "Accept", "application/json");
        assertEquals(201, r.statusCode(), r.body());
        link = Json.MAPPER.readTree(r.body());
    }

    @AfterAll static void stop() { server.close(); }

    static String cite(String format) {
        HttpResponse<String> r = server.get("/q/" + link.path("id").asText() + "/cite?format=" + format);
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    static String version() { return TestStore.get().info().datasetVersion(); }

    @Test
    void bibtex_names_dataset_version_permalink_date_rows_and_hash() {
        String bib = cite("bibtex");
        assertTrue(bib.startsWith("@misc{cityrights-" + link.path("id").asText() + ","), bib);
        assertTrue(bib.contains("cityrights: a knowledge graph of city human-rights commitments"), bib);
        assertTrue(bib.contains("version = {" + version() + "}"), bib);
        assertTrue(bib.contains("url = {" + link.path("url").asText() + "}"), bib);
        assertTrue(bib.contains("urldate = {" + link.path("createdAt").asText().substring(0, 10) + "}"), bib);
        assertTrue(bib.contains(link.path("rowCount").asInt() + " rows"), bib);
        assertTrue(bib.contains(link.path("sha256").asText()), bib);
    }

    @Test
    void csl_json_is_a_dataset_item_with_version_url_and_date() throws IOException {
        HttpResponse<String> r = server.get("/q/" + link.path("id").asText() + "/cite", "Accept", "application/vnd.citationstyles.csl+json");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/vnd.citationstyles.csl+json"));
        JsonNode item = Json.MAPPER.readTree(r.body()).get(0);
        assertEquals("dataset", item.path("type").asText());
        assertEquals(version(), item.path("version").asText());
        assertEquals(link.path("url").asText(), item.path("URL").asText());
        assertEquals(Integer.parseInt(link.path("createdAt").asText().substring(0, 4)), item.path("issued").path("date-parts").get(0).get(0).asInt());
        assertTrue(item.path("note").asText().contains(link.path("sha256").asText()));
    }

    @Test
    void ris_is_a_data_record_with_version_url_and_hash() {
        String ris = cite("ris");
        assertTrue(ris.startsWith("TY  - DATA\r\n"), ris);
        assertTrue(ris.contains("ET  - " + version() + "\r\n"), ris);
        assertTrue(ris.contains("UR  - " + link.path("url").asText() + "\r\n"), ris);
        assertTrue(ris.contains(link.path("sha256").asText()), ris);
        assertTrue(ris.endsWith("ER  - \r\n"), ris);
    }

    @Test
    void an_unknown_citation_format_is_a_406() {
        assertEquals(406, server.get("/q/" + link.path("id").asText() + "/cite?format=endnote").statusCode());
    }

    @Test
    void rerunning_the_permalink_on_the_same_version_reproduces_the_cited_hash() throws IOException {
        Matcher m = Pattern.compile("SHA-256 of the canonical result ([0-9a-f]{64})").matcher(cite("bibtex"));
        assertTrue(m.find());
        String cited = m.group(1);
        JsonNode rerun = Json.MAPPER.readTree(server.get("/q/" + link.path("id").asText() + "/rerun").body());
        assertTrue(rerun.path("sameDatasetVersion").asBoolean());
        assertEquals(cited, rerun.path("rerun").path("sha256").asText());
        assertTrue(rerun.path("sameResult").asBoolean());
    }

    /** A reader with only the SPARQL JSON results and docs/workbench.md gets the same hash. */
    @Test
    void the_documented_canonical_form_of_the_sparql_json_results_gives_the_cited_hash() throws Exception {
        HttpResponse<String> r = server.get("/sparql?query=" + TestServer.enc(query), "Accept", "application/sparql-results+json");
        JsonNode results = Json.MAPPER.readTree(r.body());
        List<String> vars = new ArrayList<>();
        results.path("head").path("vars").forEach(v -> vars.add(v.asText()));
        List<String> lines = new ArrayList<>();
        for (JsonNode b : results.path("results").path("bindings")) {
            List<String> cells = new ArrayList<>();
            for (String v : vars) cells.add(term(b.get(v)));
            lines.add(String.join("\t", cells));
        }
        lines.sort((a, c) -> java.util.Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), c.getBytes(StandardCharsets.UTF_8)));
        StringBuilder text = new StringBuilder(String.join("\t", vars)).append('\n');
        lines.forEach(l -> text.append(l).append('\n'));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(link.path("sha256").asText(), sha);
        assertEquals(link.path("rowCount").asInt(), lines.size());
    }

    /** docs/workbench.md, written out independently of the server's code. */
    static String term(JsonNode t) {
        if (t == null) return "";
        String value = t.path("value").asText();
        switch (t.path("type").asText()) {
            case "uri": return "<" + value + ">";
            case "bnode": return "_:";
            default:
                String lex = "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "\"";
                if (t.has("xml:lang")) return lex + "@" + t.path("xml:lang").asText();
                String dt = t.path("datatype").asText("");
                return dt.isEmpty() || dt.equals("http://www.w3.org/2001/XMLSchema#string") ? lex : lex + "^^<" + dt + ">";
        }
    }
}
