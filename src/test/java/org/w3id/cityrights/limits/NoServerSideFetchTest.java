package org.w3id.cityrights.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3id.cityrights.http.ServerConfig;
import org.w3id.cityrights.support.TestServer;
import org.w3id.cityrights.support.TestStore;

/**
 * Nothing a client sends makes the server open a connection elsewhere: a listener on loopback
 * counts connections while every way a request could name a remote address is tried.
 */
class NoServerSideFetchTest {
    ServerSocket listener;
    final AtomicInteger connections = new AtomicInteger();
    String target;

    @BeforeEach
    void listen() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        target = "http://127.0.0.1:" + listener.getLocalPort();
        Thread t = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket s = listener.accept()) {
                    connections.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        }, "fetch-listener");
        t.setDaemon(true);
        t.start();
    }

    @AfterEach void close() throws IOException { listener.close(); }

    static String q(String query) { return "/sparql?query=" + TestServer.enc(query); }

    @Test
    void no_request_makes_the_server_connect_anywhere() {
        try (TestServer server = new TestServer(TestStore.get())) {
            HttpResponse<String> service = server.get(q("SELECT * WHERE { SERVICE <" + target + "/sparql> { ?s ?p ?o } }"));
            assertEquals(400, service.statusCode());
            assertTrue(service.body().contains("SERVICE is not allowed") && service.body().contains(target), service.body());
            assertEquals(400, server.get(q("SELECT * WHERE { BIND(<" + target + "/sparql> AS ?e) SERVICE ?e { ?s ?p ?o } }")).statusCode());
            assertEquals(400, server.get(q("SELECT * WHERE { SERVICE SILENT <" + target + "/x> { ?s ?p ?o } }")).statusCode());

            for (String query : List.of(
                    "SELECT * FROM <" + target + "/graph.ttl> WHERE { ?s ?p ?o }",
                    "SELECT * FROM NAMED <" + target + "/graph.ttl> WHERE { GRAPH ?g { ?s ?p ?o } }",
                    "DESCRIBE <" + target + "/thing>",
                    "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + target + "/g> { ?s ?p ?o } }")) {
                assertEquals(200, server.get(q(query)).statusCode(), query);
            }
            assertEquals(200, server.get(q("SELECT * WHERE { ?s ?p ?o } LIMIT 1") + "&default-graph-uri=" + TestServer.enc(target + "/d")
                    + "&named-graph-uri=" + TestServer.enc(target + "/n")).statusCode());
            assertEquals(403, server.get(q("LOAD <" + target + "/data.ttl>")).statusCode());
            assertEquals(403, server.post("/sparql", "application/x-www-form-urlencoded", "update=" + TestServer.enc("LOAD <" + target + "/x>")).statusCode());
            assertEquals(403, server.post("/sparql", "application/sparql-update", "LOAD <" + target + "/x>").statusCode());
            // An XML or JSON-LD body is never parsed as data here: it is not a query, and nothing is fetched for it.
            assertEquals(415, server.post("/sparql", "application/rdf+xml",
                    "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"" + target + "/xxe\">]><r>&x;</r>").statusCode());
            assertEquals(415, server.post("/sparql", "application/ld+json", "{\"@context\": \"" + target + "/ctx.jsonld\"}").statusCode());
        }
        assertEquals(0, connections.get(), "the server opened a connection to the listener");
    }

    @Test
    void an_allow_listed_endpoint_is_called_and_no_other() {
        ServerConfig config = ServerConfig.local(0).withTimeout(3_000).withServiceAllowList(List.of(target + "/sparql"));
        try (TestServer server = new TestServer(TestStore.get(), config)) {
            assertEquals(400, server.get(q("SELECT * WHERE { SERVICE <" + target + "/other> { ?s ?p ?o } }")).statusCode());
            assertEquals(0, connections.get());
            // The listener answers nothing useful, so the query fails; what matters is that the call was made.
            server.get(q("SELECT * WHERE { SERVICE <" + target + "/sparql> { ?s ?p ?o } }"));
        }
        assertTrue(connections.get() >= 1, "the allow-listed endpoint was not called");
    }
}
