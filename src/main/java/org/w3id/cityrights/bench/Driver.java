package org.w3id.cityrights.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives one endpoint with a query mix from N concurrent clients: a warm-up whose answers are
 * discarded and which lasts until its time is up and every query of the mix has been answered once
 * (so that a server's caches, of whatever kind, have seen the whole mix), then a measured period of
 * fixed length. Each client sends one request at a time (GET
 * with {@code ?query=}, as notebooks do) and waits for the whole answer. Requests are bounded in
 * number and time and go to loopback only.
 */
public final class Driver {
    static final String ACCEPT = "application/sparql-results+json, text/turtle;q=0.9";

    /** @param warmupPass whether the warm-up also lasts until every query has been answered once */
    public record Settings(URI endpoint, QueryMix.Kind kind, int clients, Duration warmup, boolean warmupPass, Duration duration, long maxRequests,
                           Duration requestTimeout) {
        public Settings {
            if (clients <= 0 || clients > 64) throw new IllegalArgumentException("clients must be 1..64, was " + clients);
            if (maxRequests <= 0) throw new IllegalArgumentException("the request cap must be positive");
        }
    }

    /** What one run measured, per query and overall. */
    public record Result(Settings settings, double seconds, Map<String, Latencies> perQuery, Latencies all) {
        public double throughput() { return all.count() / seconds; }
    }

    private final QueryMix mix;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    public Driver(QueryMix mix) { this.mix = mix; }

    public Result run(Settings s) throws InterruptedException {
        Loopback.require(s.endpoint().toString());
        AtomicLong sequence = new AtomicLong();
        // Warm-up: the same loop, answers discarded.
        java.util.concurrent.atomic.AtomicIntegerArray answered = s.warmupPass() ? new java.util.concurrent.atomic.AtomicIntegerArray(mix.entries().size()) : null;
        loop(s, sequence, System.nanoTime() + s.warmup().toNanos(), s.maxRequests(), answered);
        long t0 = System.nanoTime();
        List<Map<String, Latencies>> perClient = loop(s, sequence, t0 + s.duration().toNanos(), s.maxRequests(), null);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Latencies> merged = new LinkedHashMap<>();
        Latencies all = new Latencies();
        for (QueryMix.Entry e : mix.entries()) merged.put(e.name(), new Latencies());
        for (Map<String, Latencies> m : perClient) {
            m.forEach((name, l) -> {
                merged.get(name).addAll(l);
                all.addAll(l);
            });
        }
        return new Result(s, seconds, merged, all);
    }

    /** Sends requests until the deadline (and, when {@code mustAnswer} is given, until each query has been answered once). */
    private List<Map<String, Latencies>> loop(Settings s, AtomicLong sequence, long deadline, long cap,
                                              java.util.concurrent.atomic.AtomicIntegerArray mustAnswer) throws InterruptedException {
        AtomicLong sent = new AtomicLong();
        List<Map<String, Latencies>> results = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        int n = mix.entries().size();
        for (int c = 0; c < s.clients(); c++) {
            Map<String, Latencies> mine = new LinkedHashMap<>();
            for (QueryMix.Entry e : mix.entries()) mine.put(e.name(), new Latencies());
            results.add(mine);
            int client = c;
            Thread t = new Thread(() -> {
                // Clients start at different queries so that the mix is spread evenly at every moment.
                for (long i = client * (long) n / s.clients(); (System.nanoTime() < deadline || !allAnswered(mustAnswer))
                        && sent.incrementAndGet() <= cap; i++) {
                    int q = (int) (i % n);
                    String text = mix.text(s.kind(), q, sequence.getAndIncrement());
                    Latencies l = mine.get(mix.entries().get(q).name());
                    HttpRequest req = HttpRequest.newBuilder(URI.create(s.endpoint() + "?query=" + URLEncoder.encode(text, StandardCharsets.UTF_8)))
                            .timeout(s.requestTimeout()).header("Accept", ACCEPT).GET().build();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        long took = System.nanoTime() - start;
                        if (r.statusCode() == 200) l.add(took, r.body().length);
                        else l.error();
                        // An error counts as tried: a query that always fails must not keep the warm-up going.
                        if (mustAnswer != null) mustAnswer.set(q, 1);
                    } catch (IOException e) {
                        l.error();
                        if (mustAnswer != null) mustAnswer.set(q, 1);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "bench-client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        return results;
    }

    private static boolean allAnswered(java.util.concurrent.atomic.AtomicIntegerArray answered) {
        if (answered == null) return true;
        for (int i = 0; i < answered.length(); i++) if (answered.get(i) == 0) return false;
        return true;
    }
}
