package org.w3id.cityrights.workbench.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cityrights.support.TestServer;
import org.w3id.cityrights.support.TestStore;
import org.w3id.cityrights.vocab.Vocab;
import org.w3id.cityrights.workbench.Json;

import com.fasterxml.jackson.databind.JsonNode;

/** /query: YASGUI from this server, the project's prefixes and the catalogue's examples, and the query asked for. */
class EditorPageTest {
    static TestServer server;

    @BeforeAll static void start() { server = new TestServer(TestStore.get()); }
    @AfterAll static void stop() { server.close(); }

    static JsonNode config(HttpResponse<String> page) throws Exception {
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"workbench-config\">(.*?)</script>", Pattern.DOTALL).matcher(page.body());
        assertTrue(m.find(), page.body());
        return Json.MAPPER.readTree(m.group(1));
    }

    @Test
    void the_editor_loads_yasgui_from_this_server_only() {
        HttpResponse<String> page = server.get("/query");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<script src=\"/assets/vendor/@zazuko/yasgui/build/yasgui.min.js\"></script>"));
        assertFalse(page.body().matches("(?s).*(src|href)=\"(https?:)?//.*"), "the page loads something from another host");
        HttpResponse<String> js = server.get("/assets/vendor/@zazuko/yasgui/build/yasgui.min.js");
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(js.body().length() > 100_000, "the YASGUI bundle installed from npm");
        assertEquals(200, server.get("/assets/vendor/@zazuko/yasgui/build/yasgui.min.css").statusCode());
    }

    @Test
    void the_project_prefixes_and_every_saved_query_are_preloaded() throws Exception {
        JsonNode cfg = config(server.get("/query"));
        Vocab.prefixes().getNsPrefixMap().forEach((p, ns) -> assertEquals(ns, cfg.path("prefixes").path(p).asText(), p));
        assertTrue(cfg.path("query").asText().contains("PREFIX cr: <https://w3id.org/cityrights/ontology#>"));
        assertTrue(cfg.path("examples").size() >= 12);
        JsonNode first = cfg.path("examples").get(0);
        assertFalse(first.path("query").asText().contains("?_"), "examples have their defaults bound");
    }

    @Test
    void a_query_parameter_opens_that_query_even_when_it_holds_a_closing_script_tag() throws Exception {
        String q = "SELECT * WHERE { ?s ?p \"</script><script>alert(1)</script>\" }";
        HttpResponse<String> page = server.get("/query?query=" + TestServer.enc(q));
        assertEquals(q, config(page).path("query").asText());
        assertFalse(page.body().contains("<script>alert(1)"), "the query escaped from its data block");
    }

    @Test
    void a_catalog_parameter_opens_a_saved_query_with_its_defaults() throws Exception {
        String text = config(server.get("/query?catalog=city-timeline")).path("query").asText();
        assertTrue(text.startsWith("# The timeline of one city's human-rights commitments"), text);
        assertTrue(text.contains("<https://w3id.org/cityrights/id/city/gwangju>"), text);
        assertEquals(404, server.get("/query?catalog=nothing").statusCode());
    }

    @Test
    void assets_outside_the_asset_folders_are_not_served() {
        assertEquals(404, server.get("/assets/workbench/../../web/home.html").statusCode());
        assertEquals(404, server.get("/assets/vendor/%2e%2e/%2e%2e/workbench/dataset-description.rq").statusCode());
        assertEquals(404, server.get("/assets/workbench/nothing.js").statusCode());
        assertEquals(200, server.get("/assets/workbench/embed.js").statusCode());
        assertEquals(200, server.get("/assets/vendor/world-atlas/countries-110m.json").statusCode());
    }
}
