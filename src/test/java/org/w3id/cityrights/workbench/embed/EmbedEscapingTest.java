package org.w3id.cityrights.workbench.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cityrights.store.StoreLayout;
import org.w3id.cityrights.store.Tdb2Store;
import org.w3id.cityrights.support.TestServer;
import org.w3id.cityrights.workbench.HostileStore;
import org.w3id.cityrights.workbench.Json;
import org.w3id.cityrights.workbench.WorkbenchServer;

/** Labels that try to break out of the page are shown as text in every embed view. */
class EmbedEscapingTest {
    static final String LABELS = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX ex: <https://example.org/test/> "
            + "PREFIX wgs: <http://www.w3.org/2003/01/geo/wgs84_pos#> "
            + "SELECT ?label ?score ?when ?lat ?long WHERE { ?p rdfs:label ?label ; ex:score ?score ; ex:when ?when "
            + "OPTIONAL { ?p wgs:lat ?lat ; wgs:long ?long } } ORDER BY ?label";
    static java.nio.file.Path root;
    static Tdb2Store store;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        root = HostileStore.newRoot();
        store = HostileStore.build(root, "test-1");
        server = WorkbenchServer.start(store, WorkbenchServer.settings(Files.createTempDirectory("links")));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
        StoreLayout.deleteTree(root);
    }

    static HttpResponse<String> embed(String view) {
        return server.get("/embed?query=" + TestServer.enc(LABELS) + "&view=" + view);
    }

    @Test
    void a_label_with_a_script_element_renders_as_text_in_a_table_embed() {
        HttpResponse<String> r = embed("table");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("<td>&lt;script&gt;window.__pwned = true; alert(1)&lt;/script&gt;</td>"), r.body());
        assertTrue(r.body().contains("Tom &amp; &quot;Jerry&quot; &lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"), r.body());
        assertFalse(r.body().contains("<script>window"), "a label became a script element");
        assertFalse(r.body().contains("<img"), "a label became an img element");
        assertEquals(0, count(r.body(), "<script"), "a table embed needs no script at all");
    }

    @Test
    void chart_embeds_carry_the_data_only_as_escaped_json_that_parses_back_to_the_labels() throws Exception {
        for (String view : new String[] {"bar", "line", "map", "timeline"}) {
            HttpResponse<String> r = embed(view);
            assertEquals(200, r.statusCode(), view + ": " + r.body());
            String body = r.body();
            assertFalse(body.contains("<script>window"), view);
            assertFalse(body.contains("</script><img"), view);
            Matcher m = Pattern.compile("<script type=\"application/json\" id=\"results\">(.*?)</script>", Pattern.DOTALL).matcher(body);
            assertTrue(m.find(), view + ": no data block");
            String labels = Json.MAPPER.readTree(m.group(1)).path("results").path("bindings").toString();
            assertTrue(labels.contains("<script>window.__pwned = true; alert(1)</script>"), "the JSON gives the label back unchanged");
            assertTrue(body.contains("<script src=\"/assets/workbench/embed.js\"></script>"), view);
        }
    }

    @Test
    void embeds_forbid_inline_scripts_and_may_be_framed_anywhere() {
        String csp = embed("bar").headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'"), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertTrue(csp.contains("frame-ancestors *"), csp);
        assertTrue(embed("bar").headers().firstValue("X-Frame-Options").isEmpty());
    }

    @Test
    void an_unknown_view_is_a_400_listing_the_views() {
        HttpResponse<String> r = embed("pie");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("table, bar, line, map, timeline"), r.body());
    }

    @Test
    void a_malformed_query_is_a_400_with_the_syntax_error() {
        HttpResponse<String> r = server.get("/embed?query=" + TestServer.enc("SELECT * WHERE { ?s ?p") + "&view=table");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("syntax error"), r.body());
    }

    @Test
    void the_footer_names_the_dataset_version_and_row_count() {
        String body = embed("table").body();
        assertTrue(body.contains("dataset version test-1 · 3 rows"), body);
    }

    static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) n++;
        return n;
    }
}
