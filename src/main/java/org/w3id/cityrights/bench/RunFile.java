package org.w3id.cityrights.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One run's figures as a JSON file, read back by the report. */
final class RunFile {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunFile() {}

    static void write(Path file, String server, String dataset, Driver.Result r, String loadBefore, String loadAfter) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("server", server);
        o.put("dataset", dataset);
        o.put("mix", r.settings().kind().name().toLowerCase(java.util.Locale.ROOT));
        o.put("clients", r.settings().clients());
        o.put("warmupSeconds", r.settings().warmup().toSeconds());
        o.put("seconds", r.seconds());
        o.put("loadBefore", loadBefore);
        o.put("loadAfter", loadAfter);
        figures(o, r.all(), r.seconds());
        ArrayNode qs = o.putArray("queries");
        for (Map.Entry<String, Latencies> e : r.perQuery().entrySet()) {
            ObjectNode q = qs.addObject();
            q.put("name", e.getKey());
            figures(q, e.getValue(), r.seconds());
            q.put("meanBytes", e.getValue().count() == 0 ? 0 : e.getValue().bytes() / e.getValue().count());
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        JSON.writeValue(file.toFile(), o);
    }

    private static void figures(ObjectNode o, Latencies l, double seconds) {
        o.put("requests", l.count());
        o.put("errors", l.errors());
        o.put("throughput", l.count() / seconds);
        o.put("p50", l.percentileMillis(50));
        o.put("p95", l.percentileMillis(95));
        o.put("p99", l.percentileMillis(99));
    }

    static JsonNode read(Path file) throws IOException { return JSON.readTree(file.toFile()); }

    /** The system load averages now, as /proc/loadavg gives them (1, 5, 15 minutes). */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
