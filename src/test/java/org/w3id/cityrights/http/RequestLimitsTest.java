package org.w3id.cityrights.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cityrights.support.TestServer;
import org.w3id.cityrights.support.TestStore;

/** Oversized and malformed requests get a 4xx with a plain reason (SPARQL 1.1 Protocol error cases). */
class RequestLimitsTest {
    static TestServer server;

    @BeforeAll static void start() { server = new TestServer(TestStore.get()); }
    @AfterAll static void stop() { server.close(); }

    static String bigQuery(int bytes) {
        StringBuilder b = new StringBuilder("SELECT * WHERE { ?s ?p \"");
        while (b.length() < bytes) b.append('x');
        return b.append("\" }").toString();
    }

    @Test void a_body_over_one_mebibyte_gets_413() {
        HttpResponse<String> r = server.post("/sparql", "application/sparql-query", bigQuery(1024 * 1024 + 10));
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(r.body().contains("larger than the limit"), r.body());
    }

    @Test void a_body_over_the_limit_without_a_length_gets_413_too() {
        byte[] body = bigQuery(2 * 1024 * 1024).getBytes();
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.url("/sparql")))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());
        assertEquals(413, r.statusCode(), r.body());
    }

    @Test void a_large_query_under_the_limit_is_answered() {
        assertEquals(200, server.post("/sparql", "application/sparql-query", bigQuery(500_000)).statusCode());
    }

    @Test void an_over_long_query_string_gets_414_or_400() {
        HttpResponse<String> r = server.get("/sparql?query=" + TestServer.enc(bigQuery(100_000)));
        assertTrue(r.statusCode() == 414 || r.statusCode() == 400 || r.statusCode() == 431, "status " + r.statusCode());
    }

    @Test void an_unsupported_method_gets_405_with_allow() {
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.url("/sparql")))
                    .method(method, HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).header("Content-Type", "text/turtle").build());
            assertEquals(405, r.statusCode(), method);
            assertTrue(r.headers().firstValue("Allow").orElse("").contains("GET"), method);
            assertTrue(r.body().contains("read-only"), r.body());
        }
    }

    @Test void graph_store_writes_are_refused() {
        HttpResponse<String> put = server.send(HttpRequest.newBuilder(URI.create(server.url("/sparql?graph=" + TestServer.enc("urn:g"))))
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).header("Content-Type", "text/turtle").build());
        assertEquals(405, put.statusCode());
        HttpResponse<String> post = server.post("/sparql?graph=" + TestServer.enc("urn:g"), "text/turtle", "<urn:a> <urn:b> <urn:c> .");
        assertEquals(415, post.statusCode(), "a POST of RDF to the endpoint is not a query and changes nothing");
    }

    @Test void the_admin_function_is_unreachable_without_a_token() {
        HttpResponse<String> r = server.post("/admin/reload", "text/plain", "");
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("disabled"), r.body());
    }
}
