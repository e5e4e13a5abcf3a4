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
import java.util.Arrays;
import java.util.List;

/**
 * Before timing anything, asks two endpoints every query of the mix and compares the answers row
 * by row (order aside), so that a speed-up can never come from answering something else.
 */
final class ResultCheck {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    /** The names of the queries whose answers differ, with the first difference. */
    List<String> differences(QueryMix mix, URI a, URI b) throws IOException, InterruptedException {
        Loopback.require(a.toString());
        Loopback.require(b.toString());
        List<String> out = new ArrayList<>();
        for (QueryMix.Entry e : mix.entries()) {
            List<String> ra = rows(a, e.text()), rb = rows(b, e.text());
            if (!ra.equals(rb)) {
                out.add(e.name() + ": " + ra.size() + " vs " + rb.size() + " lines; first difference: " + firstDifference(ra, rb));
            }
        }
        return out;
    }

    private List<String> rows(URI endpoint, String query) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .timeout(Duration.ofMinutes(5)).header("Accept", "text/csv, application/n-triples;q=0.9").GET().build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) return List.of("HTTP " + r.statusCode());
        List<String> lines = new ArrayList<>();
        for (String line : r.body().split("\r?\n")) {
            // GROUP_CONCAT joins in evaluation order: compare its parts as a set.
            String[] parts = line.split(" \\| ");
            Arrays.sort(parts);
            lines.add(String.join(" | ", parts));
        }
        String header = lines.isEmpty() ? "" : lines.remove(0);
        lines.sort(null);
        lines.add(0, header);
        return lines;
    }

    private static String firstDifference(List<String> a, List<String> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "(none)", y = i < b.size() ? b.get(i) : "(none)";
            if (!x.equals(y)) return "'" + x + "' vs '" + y + "'";
        }
        return "(none)";
    }
}
