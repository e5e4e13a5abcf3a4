package org.w3id.cityrights.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.w3id.cityrights.support.TestServer;
import org.w3id.cityrights.support.TestStore;

class WebHygieneTest {
    @Test
    void html_carries_a_content_security_policy_and_every_response_nosniff() {
        try (TestServer server = new TestServer(TestStore.get())) {
            HttpResponse<String> html = server.get("/");
            assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(html.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
            assertEquals("nosniff", html.headers().firstValue("X-Content-Type-Options").orElse(""));
            HttpResponse<String> json = server.get("/sparql?query=" + TestServer.enc("ASK {}"));
            assertEquals("nosniff", json.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals("nosniff", server.get("/no-such-page").headers().firstValue("X-Content-Type-Options").orElse(""));
        }
    }

    @Test
    void the_request_log_has_one_line_per_request_and_cannot_be_forged() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        try (TestServer server = new TestServer(TestStore.get(), ServerConfig.local(0).withAccessLog(lines::add))) {
            server.get("/health");
            // Raw CR/LF inside the request target, as a forger would send them.
            try (Socket s = new Socket("127.0.0.1", server.port())) {
                OutputStream out = s.getOutputStream();
                out.write(("GET /sparql?query=ASK%7B%7D%0D%0A127.0.0.1%20GET%20/forged%20200 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1)).lines().count();
            }
            Thread.sleep(200);
        }
        assertEquals(2, lines.size(), lines.toString());
        String health = lines.get(0);
        assertTrue(health.startsWith("GET /health 200 ") && health.contains("ms ") && health.contains("B "), health);
        for (String l : lines) assertFalse(l.contains("\n") || l.contains("\r"), l);
        assertFalse(lines.get(1).contains(" /forged 200") && !lines.get(1).contains("%0A"), lines.get(1));
    }
}
