package org.w3id.cityrights.linkeddata;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cityrights.support.TestServer;
import org.w3id.cityrights.support.TestStore;
import org.w3id.cityrights.vocab.Ids;

/** A crawler started at / that follows every link and every IRI under the base finds no broken link. */
class SiteCrawlTest {
    static TestServer server;

    @BeforeAll static void start() { server = new TestServer(TestStore.get()); }
    @AfterAll static void stop() { server.close(); }

    @Test void a_crawl_from_the_landing_page_finds_no_broken_link() throws InterruptedException {
        Crawler c = new Crawler(server, Ids.CANONICAL_BASE).crawl("/");
        assertTrue(c.broken.isEmpty(), c.broken.size() + " broken of " + c.seen.size() + " URLs:\n"
                + c.broken.stream().limit(50).map(b -> b.status() + " " + b.url() + "  (found on " + b.foundOn() + ")").collect(Collectors.joining("\n")));
        // The crawl reaches the kinds of page it is meant to check, not only the landing page.
        for (String expected : new String[] {"/page/city/graz", "/ontology", "/dumps/", "/.well-known/void", "/catalog", "/sparql",
                "/data/city/graz.ttl", "/data/treaty/cedaw.jsonld", "/dumps/cityrights.nt.gz", "/page/ratification/us-cedaw"}) {
            assertTrue(c.seen.contains(expected), "the crawl did not reach " + expected + " (" + c.seen.size() + " URLs seen)");
        }
        System.out.printf("crawled %d URLs, %d HTML pages%n", c.seen.size(), c.htmlPages.size());
    }
}
