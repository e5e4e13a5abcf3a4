package org.w3id.cityrights.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cityrights.support.TestServer;
import org.w3id.cityrights.support.TestStore;

/** Datasets that know a Wikidata or GeoNames identifier find our resource for it. */
class LookupTest {
    static TestServer server;

    @BeforeAll static void start() { server = new TestServer(TestStore.get()); }
    @AfterAll static void stop() { server.close(); }

    @Test void a_known_wikidata_item_answers_303_to_our_resource() {
        HttpResponse<String> r = server.get("/lookup?wikidata=Q13298");
        assertEquals(303, r.statusCode(), r.body());
        assertEquals("/id/city/graz", r.headers().firstValue("Location").orElse(""));
        assertTrue(r.headers().firstValue("Link").orElse("").contains("<https://w3id.org/cityrights/id/city/graz>"));
    }

    @Test void a_known_geonames_id_answers_303_to_our_resource() {
        HttpResponse<String> r = server.get("/lookup?geonames=2778067");
        assertEquals(303, r.statusCode(), r.body());
        assertEquals("/id/city/graz", r.headers().firstValue("Location").orElse(""));
    }

    @Test void an_unknown_identifier_gets_404() {
        assertEquals(404, server.get("/lookup?wikidata=Q1").statusCode());
        assertEquals(404, server.get("/lookup?geonames=1").statusCode());
    }

    @Test void a_malformed_or_missing_identifier_gets_400() {
        assertEquals(400, server.get("/lookup?wikidata=graz").statusCode());
        assertEquals(400, server.get("/lookup?geonames=Q1").statusCode());
        assertEquals(400, server.get("/lookup").statusCode());
        assertEquals(400, server.get("/lookup?wikidata=Q13298&geonames=2778067").statusCode());
    }
}
