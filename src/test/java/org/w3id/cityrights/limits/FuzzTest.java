package org.w3id.cityrights.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.w3id.cityrights.http.ServerConfig;
import org.w3id.cityrights.support.QueryFiles;
import org.w3id.cityrights.support.RawHttp;
import org.w3id.cityrights.support.TestServer;
import org.w3id.cityrights.support.TestStore;

/**
 * Throws generated inputs at the endpoint: mutated valid queries, random bytes, broken
 * percent-encoding, huge literals, deeply nested groups and odd headers. Nothing may produce a 5xx
 * other than 503 (time limit or busy), nothing may hang, no threads may leak, and the server must
 * answer normally afterwards. Input i is generated from seed + i, so a run is repeatable and a failing
 * input can be replayed alone ({@code -Dcityrights.fuzz.seed=...}).
 */
class FuzzTest {
    static final long SEED = Long.getLong("cityrights.fuzz.seed", 20261126L);
    static final int INPUTS = Integer.getInteger("cityrights.fuzz.inputs", 10_000);
    static final List<String> SEEDS = new ArrayList<>();

    @Test
    void ten_thousand_generated_inputs_cause_no_server_error_no_hang_and_no_leak() throws Exception {
        for (Path p : QueryFiles.list(Path.of("queries/cq"))) SEEDS.add(Files.readString(p));
        SEEDS.add("SELECT * WHERE { ?s ?p ?o } LIMIT 5");
        SEEDS.add("ASK { <https://w3id.org/cityrights/id/treaty/cedaw> ?p ?o }");
        SEEDS.add("CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://w3id.org/cityrights/ontology#Treaty> ; ?p ?o }");
        SEEDS.add("DESCRIBE <https://w3id.org/cityrights/id/city/graz>");

        // Small limits keep 10,000 inputs quick: a mutated query that happens to be valid must not run or return for long.
        ServerConfig config = ServerConfig.local(0).withLimits(Limits.DEFAULTS.withTimeout(500).withMaxRows(2_000)).withAccessLog(line -> { });
        try (TestServer server = new TestServer(TestStore.get(), config)) {
            int port = server.port();
            for (int i = 0; i < 20; i++) RawHttp.send(port, input(i), 30_000); // warm up before counting threads
            int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();

            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> jobs = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int worker = w;
                jobs.add(pool.submit(() -> {
                    for (int i = worker; i < INPUTS; i += 4) {
                        try {
                            int status = RawHttp.send(port, input(i), 30_000);
                            statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                            if (status >= 500 && status != 503) failures.add("input " + i + " (seed " + (SEED + i) + "): " + status);
                        } catch (IOException e) {
                            failures.add("input " + i + " (seed " + (SEED + i) + "): " + e.getMessage());
                        }
                    }
                }));
            }
            for (Future<?> f : jobs) f.get(10, TimeUnit.MINUTES);
            pool.shutdown();

            assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), "statuses: " + new TreeMap<>(statuses));
            int total = statuses.values().stream().mapToInt(AtomicInteger::get).sum();
            assertTrue(total >= 10_000 || total == INPUTS, "inputs sent: " + total);

            // The server answers normally afterwards.
            Path cq = Path.of("queries/cq/treaty-gap-by-country.rq");
            String expected = Files.readString(Path.of("queries/cq/treaty-gap-by-country.expected.csv"));
            assertEquals(QueryFiles.canonical(expected, "expected"),
                    QueryFiles.canonical(server.get("/sparql?query=" + enc(Files.readString(cq)), "Accept", "text/csv").body(), "after"));

            // No thread leak: whatever the run started has wound down again.
            long deadline = System.currentTimeMillis() + 15_000;
            int after = ManagementFactory.getThreadMXBean().getThreadCount();
            // Allowed: the query workers (one per slot) and some growth of the server's own pool.
            int allowed = threadsBefore + config.limits().maxConcurrentQueries() + 12;
            while (after > allowed && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
                after = ManagementFactory.getThreadMXBean().getThreadCount();
            }
            assertTrue(after <= allowed, "threads before " + threadsBefore + ", after " + after);
            System.out.println("fuzz: " + total + " inputs, seed " + SEED + ", statuses " + new TreeMap<>(statuses));
        }
    }

    /** The i-th input, from its own seed. */
    static byte[] input(int i) {
        Random r = new Random(SEED + i);
        return switch (i % 10) {
            case 0, 1, 2 -> get(enc(mutate(seed(r), r)), r);
            case 3 -> post("application/sparql-query", mutate(seed(r), r).getBytes(StandardCharsets.UTF_8), r);
            case 4 -> post("application/x-www-form-urlencoded", ("query=" + enc(mutate(seed(r), r))).getBytes(StandardCharsets.UTF_8), r);
            case 5 -> r.nextBoolean() ? get(percentBytes(randomBytes(r, 1 + r.nextInt(300))), r)
                                      : post(randomContentType(r), randomBytes(r, r.nextInt(2000)), r);
            case 6 -> get(brokenPercent(r), r);
            case 7 -> i % 1000 == 7 ? post("application/sparql-query", hugeLiteral(r), r) : get(enc(nested(r)), r);
            default -> oddRequest(r);
        };
    }

    static String seed(Random r) { return SEEDS.get(r.nextInt(SEEDS.size())); }

    static String mutate(String q, Random r) {
        StringBuilder b = new StringBuilder(q);
        int edits = 1 + r.nextInt(6);
        String tokens = "{}()[]<>?\"'.;,*|^!=#@$:\\ \n\tSELECT WHERE OPTIONAL UNION FILTER GRAPH SERVICE VALUES BIND LIMIT";
        for (int e = 0; e < edits && b.length() > 0; e++) {
            int at = r.nextInt(b.length());
            switch (r.nextInt(5)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, tokens.charAt(r.nextInt(tokens.length())));
                case 2 -> b.insert(at, b.substring(at, Math.min(b.length(), at + r.nextInt(40))));
                case 3 -> b.setCharAt(at, (char) r.nextInt(0x3000));
                default -> b.delete(at, Math.min(b.length(), at + r.nextInt(30)));
            }
        }
        return b.toString();
    }

    static String nested(Random r) {
        int depth = 1 + r.nextInt(r.nextBoolean() ? 100 : 20_000);
        String open = switch (r.nextInt(3)) { case 0 -> "{ "; case 1 -> "{ OPTIONAL { "; default -> "{ FILTER ( ( "; };
        return "SELECT * WHERE " + open.repeat(depth) + "?s ?p ?o" + " }".repeat(depth);
    }

    static byte[] hugeLiteral(Random r) {
        int size = 200_000 + r.nextInt(1_500_000); // some over the 1 MiB body limit
        return ("SELECT * WHERE { ?s ?p \"" + "x".repeat(size) + "\" }").getBytes(StandardCharsets.UTF_8);
    }

    static String brokenPercent(Random r) {
        String[] bad = {"%", "%Z", "%zz", "%E2%82", "%C0%AF", "%00", "%FF%FE", "%%", "%2", "%u0041", "%0D%0A", "%E2%80%AE"};
        StringBuilder b = new StringBuilder("SELECT");
        for (int k = 0; k < 1 + r.nextInt(6); k++) b.append(r.nextBoolean() ? "+" : "").append(bad[r.nextInt(bad.length)]);
        return b.toString();
    }

    static byte[] oddRequest(Random r) {
        String q = enc("ASK { ?s ?p ?o }");
        String[] methods = {"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "FOO", "get"};
        String[] accepts = {"*/*", "", ";;;", "text/csv;q=abc", "application/sparql-results+json;q=0", "x".repeat(5000),
                "text/*;q=0.5,*/*;q=0.1", "\u00ff\u00fe", "image/png", "*", "application/json, text/turtle;q=2"};
        String[] types = {"", "application/sparql-query; charset=latin1", "application/x-www-form-urlencoded; charset=utf-16",
                "multipart/form-data; boundary=x", "text/plain", "application/sparql-query;;;", "application/sparql-update"};
        String method = methods[r.nextInt(methods.length)];
        StringBuilder req = new StringBuilder(method).append(' ').append("/sparql?query=").append(q);
        if (r.nextInt(4) == 0) req.append("&query=").append(q);
        req.append(r.nextInt(5) == 0 ? " HTTP/1.0\r\n" : " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        req.append("Accept: ").append(accepts[r.nextInt(accepts.length)]).append("\r\n");
        String body = "query=" + q;
        if (!method.equals("GET") && !method.equals("HEAD")) {
            req.append("Content-Type: ").append(types[r.nextInt(types.length)]).append("\r\n");
            int len = r.nextInt(6) == 0 ? body.length() + r.nextInt(50) - 25 : body.length();
            req.append("Content-Length: ").append(Math.max(0, len)).append("\r\n");
        }
        if (r.nextInt(8) == 0) req.append("X-Long: ").append("y".repeat(20_000)).append("\r\n");
        if (r.nextInt(8) == 0) req.append("X-Control: a\u0001b\u007fc\r\n");
        req.append("Connection: close\r\n\r\n");
        if (!method.equals("GET") && !method.equals("HEAD")) req.append(body);
        return RawHttp.bytes(req.toString());
    }

    static byte[] get(String encodedQuery, Random r) {
        String accept = r.nextBoolean() ? "text/csv" : "application/sparql-results+json";
        return RawHttp.bytes("GET /sparql?query=" + encodedQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: " + accept
                + "\r\nConnection: close\r\n\r\n");
    }

    static byte[] post(String contentType, byte[] body, Random r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
                + "\r\nAccept: " + (r.nextBoolean() ? "*/*" : "text/tab-separated-values") + "\r\nConnection: close\r\n\r\n";
        out.writeBytes(RawHttp.bytes(head));
        out.writeBytes(body);
        return out.toByteArray();
    }

    static String randomContentType(Random r) {
        String[] t = {"application/sparql-query", "application/x-www-form-urlencoded", "text/plain", "application/octet-stream"};
        return t[r.nextInt(t.length)];
    }

    static byte[] randomBytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    static String percentBytes(byte[] bytes) {
        StringBuilder b = new StringBuilder();
        for (byte x : bytes) b.append('%').append(String.format("%02X", x & 0xff));
        return b.toString();
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
