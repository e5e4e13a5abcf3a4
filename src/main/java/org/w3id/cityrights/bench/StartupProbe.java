package org.w3id.cityrights.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time from starting a server process to its first answered query: the process is started, a
 * query is sent every 10 ms until one is answered with 200, then the process is stopped (SIGTERM)
 * and waited for.
 */
final class StartupProbe {
    static final Duration GIVE_UP = Duration.ofMinutes(10);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofMillis(200)).build();

    /** Milliseconds to the first answer, for each run. */
    List<Long> measure(List<String> command, URI probe, int runs, File log) throws IOException, InterruptedException {
        Loopback.require(probe.toString());
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log));
            long t0 = System.nanoTime();
            Process p = pb.start();
            try {
                while (!answered(probe)) {
                    if (!p.isAlive()) throw new IOException("the server exited with " + p.exitValue() + " before answering; see " + log);
                    if (System.nanoTime() - t0 > GIVE_UP.toNanos()) throw new IOException("no answer within " + GIVE_UP);
                    Thread.sleep(10);
                }
                out.add((System.nanoTime() - t0) / 1_000_000);
            } finally {
                p.destroy();
                if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
            }
        }
        return out;
    }

    private boolean answered(URI probe) throws InterruptedException {
        try {
            HttpRequest req = HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(30)).header("Accept", "application/sparql-results+json").GET().build();
            return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }
}
