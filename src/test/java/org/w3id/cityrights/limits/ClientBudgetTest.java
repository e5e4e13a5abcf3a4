package org.w3id.cityrights.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.w3id.cityrights.http.ServerConfig;
import org.w3id.cityrights.support.TestServer;
import org.w3id.cityrights.support.TestStore;

class ClientBudgetTest {
    @Test
    void a_client_over_its_query_time_gets_429_with_retry_after() {
        ServerConfig config = ServerConfig.local(0).withLimits(Limits.DEFAULTS.withTimeout(600).withClientBudget(300));
        try (TestServer server = new TestServer(TestStore.get(), config)) {
            String slow = "/sparql?query=" + TestServer.enc(BoundedWorkTest.RUNAWAY);
            assertEquals(503, server.get(slow).statusCode(), "uses about 600 ms, over the 300 ms budget");
            HttpResponse<String> r = server.get("/sparql?query=" + TestServer.enc("ASK { ?s ?p ?o }"));
            assertEquals(429, r.statusCode(), r.body());
            long retry = Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retry >= 1 && retry <= 60, "Retry-After " + retry);
        }
    }

    @Test
    void the_budget_is_off_by_default() {
        try (TestServer server = new TestServer(TestStore.get(), ServerConfig.local(0).withTimeout(600))) {
            server.get("/sparql?query=" + TestServer.enc(BoundedWorkTest.RUNAWAY));
            assertEquals(200, server.get("/sparql?query=" + TestServer.enc("ASK { ?s ?p ?o }")).statusCode());
        }
    }

    @Test
    void use_ages_out_of_the_one_minute_window() {
        AtomicLong now = new AtomicLong(1_000_000);
        ClientBudget b = new ClientBudget(1_000, now::get);
        b.charge("a", 800);
        b.check("a");
        now.addAndGet(10_000);
        b.charge("a", 400);
        ClientBudget.OverBudgetException e = assertThrows(ClientBudget.OverBudgetException.class, () -> b.check("a"));
        assertEquals(50, e.retryAfterSeconds(), "the first 800 ms leave the window 50 s from now");
        b.check("b"); // other clients are not affected
        now.addAndGet(50_000);
        b.check("a");
    }
}
