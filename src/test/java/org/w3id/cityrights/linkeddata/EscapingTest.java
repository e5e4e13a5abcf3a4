package org.w3id.cityrights.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cityrights.build.Builder;
import org.w3id.cityrights.build.ProjectLayout;
import org.w3id.cityrights.store.StoreLayout;
import org.w3id.cityrights.store.Tdb2Store;
import org.w3id.cityrights.support.TestServer;
import org.w3id.cityrights.support.TestStore;
import org.w3id.cityrights.vocab.Ids;

/**
 * A name that is markup in test data ({@code <script>}, quotes, an ampersand in a source URL) shows as
 * text on every page that shows it. The store is built in a temporary folder from a copy of the
 * checkout's inputs plus one test file, so that the shipped data holds no made-up facts.
 */
class EscapingTest {
    static final String LABEL = "<script>alert(\"x\")</script> & 'quoted' resolution";
    static final String RAW = "<script>alert(";
    static final String ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; resolution";
    @TempDir static Path project;
    static Tdb2Store store;
    static TestServer server;

    @BeforeAll static void buildAndStart() throws IOException {
        copyTree(Path.of("ontology"), project.resolve("ontology"));
        copyTree(Path.of("data"), project.resolve("data"));
        Files.writeString(project.resolve("data/escaping-test.ttl"), """
                @prefix cr:      <https://w3id.org/cityrights/ontology#> .
                @prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                <https://w3id.org/cityrights/id/instrument/escaping-test> a cr:Resolution ;
                    rdfs:label "%s"@en ;
                    rdfs:comment "a note with <b>markup</b>"@en ;
                    cr:dateUnknown true ;
                    cr:dateNote "</td><script>alert(2)</script>" ;
                    cr:locality <https://w3id.org/cityrights/id/city/graz> ;
                    cr:adoptionStatus <https://w3id.org/cityrights/id/adoption-status/proposed> ;
                    dcterms:source <https://example.org/minutes?a=1&b=%%22x%%22> .
                """.formatted(LABEL.replace("\"", "\\\"")));
        StoreLayout layout = new StoreLayout(project.resolve("store"));
        new Builder(ProjectLayout.of(project), Ids.canonical(), TestStore.quiet()).build(layout);
        store = Tdb2Store.open(layout);
        server = new TestServer(store);
    }

    @AfterAll static void stop() {
        server.close();
        store.close();
    }

    /** Every page that names the resource: its own, its city's, its status's, a search, and what a crawl from them finds. */
    @Test void a_label_with_markup_renders_as_text_on_every_page_that_shows_it() throws InterruptedException {
        List<String> pages = List.of("/page/instrument/escaping-test", "/page/city/graz", "/page/adoption-status/proposed",
                "/search?q=" + TestServer.enc("script"), "/search?q=" + TestServer.enc(LABEL));
        int showing = 0;
        for (String path : pages) {
            HttpResponse<String> r = server.get(path, "Accept", Crawler.BROWSER_ACCEPT);
            assertEquals(200, r.statusCode(), path);
            assertFalse(r.body().contains(RAW), path + " contains the label as markup");
            assertFalse(r.body().contains("<b>markup</b>") || r.body().contains("</td><script>"), path + " contains data as markup");
            if (r.body().contains(ESCAPED)) showing++;
        }
        assertEquals(pages.size(), showing, "each of these pages shows the label, as text");
        String own = server.get("/page/instrument/escaping-test").body();
        assertTrue(own.contains("\\u003cscript\\u003e"), "in the JSON-LD of the head the label is written with JSON escapes");
        assertTrue(own.contains("href=\"https://example.org/minutes?a=1&amp;b=%22x%22\""), "a source URL is escaped in its link");

        Crawler crawl = new Crawler(server, Ids.CANONICAL_BASE);
        crawl.crawlEach(List.of("/page/instrument/escaping-test"), 1);
        for (var e : crawl.htmlPages.entrySet()) assertFalse(e.getValue().contains(RAW), e.getKey() + " contains the label as markup");
    }

    @Test void the_not_found_page_escapes_what_was_asked_for() {
        HttpResponse<String> r = server.get("/search?q=" + TestServer.enc("\"><script>alert(3)</script>"));
        assertFalse(r.body().contains("<script>alert(3)"), r.body());
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path src : s.sorted(Comparator.naturalOrder()).toList()) {
                Path dst = to.resolve(from.relativize(src).toString());
                if (Files.isDirectory(src)) Files.createDirectories(dst);
                else Files.copy(src, dst);
            }
        }
    }
}
