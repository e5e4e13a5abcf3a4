package org.w3id.cityrights.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes docs/benchmarks.md from one run of {@code bench/run}: the figures as measured, the targets
 * they meet or miss, the machine, the versions and the command. Nothing is rounded in our favour:
 * throughput and latency are the means over the rounds, each round on a freshly started server.
 */
@Command(name = "report", description = "Write the benchmark report (markdown) from a results folder.")
final class Report implements Callable<Integer> {
    @Option(names = "--results", required = true) Path results;
    @Option(names = "--out", required = true) Path out;
    @Option(names = "--fuseki-jar", required = true) Path fusekiJar;

    private final Map<String, List<String>> timings = new LinkedHashMap<>();
    private final List<JsonNode> runs = new ArrayList<>();
    private final StringBuilder md = new StringBuilder();

    @Override
    public Integer call() throws IOException {
        for (String line : Files.readAllLines(results.resolve("timings.tsv"), StandardCharsets.UTF_8)) {
            String[] kv = line.split("\t", 2);
            if (kv.length == 2) timings.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv[1]);
        }
        try (Stream<Path> s = Files.list(results.resolve("runs"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) runs.add(RunFile.read(p));
        }
        write();
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
        return 0;
    }

    private void write() throws IOException {
        List<String> datasets = datasets();
        line("# Benchmarks: cityrights beside Apache Jena Fuseki");
        line("");
        line("Measured on " + LocalDate.now() + " by `" + one("command") + "` (commit " + one("commit") + "), which builds the store,");
        line("fetches Fuseki from Maven Central, starts each server in turn on loopback over the same TDB2 database (Fuseki gets a");
        line("byte-for-byte copy of the database cityrights serves), checks that both give the same answer to every query, and");
        line("drives each with the same query mix from the same client. Reproduce it with that command; `bench/run` lists its settings.");
        line("");
        line("- Machine: " + machine());
        line("- Software: Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), Jena "
                + jenaVersion() + " in cityrights, `" + fusekiJar.getFileName() + "` as Fuseki (defaults, plus the union default graph)");
        line("- Settings: " + one("settings") + "; " + clients() + " clients, each sending one GET `?query=` at a time and reading the whole answer");
        line("- Load average (1, 5, 15 min): " + one("load.start") + " at the start, " + one("load.end") + " at the end; each run below lists its own");
        line("- Mix: the " + queryCount() + " queries of `queries/cq/` and `queries/catalog/` (saved queries with their default parameters), "
                + "round robin. **Unique**: each request appends `LIMIT n` with a new n far above any result size, so no cache can answer it. "
                + "**Repeated**: each query as written, again and again.");
        line("");
        targets(datasets);
        for (String ds : datasets) dataset(ds);
        loading();
        startup(datasets);
        memory();
        method();
    }

    // ---- targets

    private void targets(List<String> datasets) {
        line("## Targets");
        line("");
        line("| target | measured | met |");
        line("|---|---|---|");
        for (String ds : datasets) {
            Agg cu = agg(ds, "cityrights", "unique"), fu = agg(ds, "fuseki", "unique");
            if (cu == null || fu == null) continue;
            double r = cu.throughput / fu.throughput;
            boolean met = r >= 1.0 && cu.p99 <= fu.p99;
            line(String.format(Locale.ROOT, "| unique mix, %s: throughput ≥ 1.0× Fuseki, p99 no worse | %.2f×; p99 %.1f ms vs %.1f ms | %s |",
                    ds, r, cu.p99, fu.p99, met ? "yes" : "**no**"));
        }
        for (String ds : datasets) {
            Agg cr = agg(ds, "cityrights", "repeated"), fr = agg(ds, "fuseki", "repeated");
            if (cr == null || fr == null) continue;
            double r = cr.throughput / fr.throughput;
            line(String.format(Locale.ROOT, "| repeated mix, %s: throughput ≥ 5× Fuseki | %.2f× | %s |", ds, r, r >= 5 ? "yes" : "**no**"));
        }
        String largest = datasets.get(datasets.size() - 1);
        double ours = loadRate("cityrights", largest), theirs = loadRate("tdbloader", largest);
        if (!Double.isNaN(ours) && !Double.isNaN(theirs)) {
            line(String.format(Locale.ROOT, "| load, %s: ≥ 0.9× tdb2.tdbloader's quads/s | %.2f× (%,.0f vs %,.0f quads/s) | %s |",
                    largest, ours / theirs, ours, theirs, ours / theirs >= 0.9 ? "yes" : "**no**"));
        }
        for (String key : List.of("startup.cityrights.curated", "startup.cityrights-no-build." + largest, "startup.cityrights-cds." + largest)) {
            List<Long> ms = millis(key);
            if (ms.isEmpty()) continue;
            long median = median(ms);
            String how = key.contains("no-build") ? " --no-build" : key.contains("cds") ? " --no-build, with a class-data archive" : "";
            line(String.format(Locale.ROOT, "| first answer after `serve`%s on an existing store (%s) < 2 s | median %.2f s of %d starts | %s |",
                    how, key.substring(key.lastIndexOf('.') + 1), median / 1000.0, ms.size(), median < 2000 ? "yes" : "**no**"));
        }
        Agg big = agg(largest, "cityrights", "unique");
        if (big != null) {
            line(String.format(Locale.ROOT, "| serve %s with -Xmx1g | %s: %,d requests, %d errors | %s |", largest,
                    one("settings").replaceAll(".*heap=", "-Xmx"), big.requests, big.errors,
                    one("settings").contains("heap=1g") && big.errors == 0 ? "yes" : "**no**"));
        }
        line("");
    }

    // ---- throughput and latency

    private void dataset(String ds) {
        line("## " + title(ds));
        line("");
        String check = checkLine(ds);
        if (check != null) line("Answer check before timing: " + check + ".");
        line("");
        line("Each run: a warm-up of at least " + one("settings").replaceAll(".*warmup=(\\S+).*", "$1") + " that lasts until every query has been answered once, then "
                + one("duration." + ds) + " s measured; " + one("rounds." + ds) + " round(s), the server order alternating.");
        line("");
        line("| mix | server | requests/s | p50 ms | p95 ms | p99 ms | requests | errors | load avg during runs |");
        line("|---|---|---|---|---|---|---|---|---|");
        for (String mix : List.of("unique", "repeated")) {
            for (String server : List.of("cityrights", "fuseki")) {
                Agg a = agg(ds, server, mix);
                if (a == null) continue;
                line(String.format(Locale.ROOT, "| %s | %s | %,.1f | %.2f | %.2f | %.2f | %,d | %d | %s |", mix, server, a.throughput, a.p50, a.p95,
                        a.p99, a.requests, a.errors, a.loads));
            }
            Agg c = agg(ds, "cityrights", mix), f = agg(ds, "fuseki", mix);
            if (c != null && f != null) {
                line(String.format(Locale.ROOT, "| %s | **ratio** | **%.2f×** | %.2f× | %.2f× | %.2f× | | | |", mix, c.throughput / f.throughput,
                        c.p50 / f.p50, c.p95 / f.p95, c.p99 / f.p99));
            }
        }
        line("");
        line("Latency ratios are cityrights ÷ Fuseki (below 1 is faster). Per query (each client sends the queries in turn, so every");
        line("query gets about the same number of requests; its latencies are what tell the queries apart):");
        line("");
        for (String mix : List.of("unique", "repeated")) {
            line("<details><summary>" + mix + " mix, " + ds + ": per query</summary>");
            line("");
            line("| query | cityrights req/s | p50 ms | p99 ms | Fuseki req/s | p50 ms | p99 ms | p50 ratio |");
            line("|---|---|---|---|---|---|---|---|");
            Map<String, double[]> c = perQuery(ds, "cityrights", mix), f = perQuery(ds, "fuseki", mix);
            for (String q : c.keySet()) {
                double[] a = c.get(q), b = f.getOrDefault(q, new double[] {Double.NaN, Double.NaN, Double.NaN});
                line(String.format(Locale.ROOT, "| %s | %,.1f | %.2f | %.2f | %,.1f | %.2f | %.2f | %.2f× |", q, a[0], a[1], a[2], b[0], b[1], b[2], a[1] / b[1]));
            }
            line("");
            line("</details>");
            line("");
        }
    }

    // ---- loading

    private void loading() {
        line("## Loading");
        line("");
        line(String.format(Locale.ROOT, "The curated data (`ontology/` and `data/`, %s quads) takes a full `build` of %.1f s: CSV import, inference, "
                + "SHACL validation and the TDB2 load, all in memory before the load.", fmtLong(one("build.curated.quads")), num(one("build.curated.seconds"))));
        line("");
        line("Synthetic data is generated as N-Quads, with its inferred graph, and loaded as it is: `cityrights load` (Jena's phased bulk loader");
        line("writing a fresh `db-*` folder that becomes current when complete) against `tdb2.tdbloader` (its default, also phased) on the same");
        line("file; wall-clock time of each whole command, JVM start included, mean of the rounds. `load` does none of a build's import,");
        line("inference or validation: at this scale they are the generator's work (it writes what the build's `Materializer` infers, and a");
        line("test validates its output with the project's SHACL shapes).");
        line("");
        line("| data | quads | localities | generate s | cityrights load s | quads/s | tdb2.tdbloader s | quads/s | ratio | database size |");
        line("|---|---|---|---|---|---|---|---|---|---|");
        for (String ds : datasets()) {
            if (ds.equals("curated")) continue;
            double ours = loadRate("cityrights", ds), theirs = loadRate("tdbloader", ds);
            line(String.format(Locale.ROOT, "| %s | %s | %s | %.1f | %.1f | %,.0f | %.1f | %,.0f | %.2f× | %.2f GB |", ds, fmtLong(one("quads." + ds)),
                    fmtLong(one("localities." + ds)), num(one("generate." + ds + ".seconds")), mean("load.cityrights." + ds + ".seconds"), ours,
                    mean("load.tdbloader." + ds + ".seconds"), theirs, ours / theirs, mean("load.cityrights." + ds + ".bytes") / 1e9));
        }
        line("");
    }

    // ---- start-up and memory

    private void startup(List<String> datasets) {
        line("## Start-up");
        line("");
        line("From starting the process to the first answered query (`ASK {}`), five starts each, in milliseconds.");
        line("Plain `serve` first checks that the store was built from the `ontology/` and `data/` on disk (a SHA-256 of the inputs);");
        line("`--no-build` serves the store as it is. The class-data archive (`-XX:SharedArchiveFile`, docs/deployment.md) was written");
        line("by one earlier run of the same jar.");
        line("");
        line("| server | data | starts (ms) | median |");
        line("|---|---|---|---|");
        for (String ds : datasets) {
            for (String who : List.of("cityrights", "cityrights-no-build", "cityrights-cds", "fuseki")) {
                List<Long> ms = millis("startup." + who + "." + ds);
                if (ms.isEmpty()) continue;
                String label = switch (who) {
                    case "cityrights" -> "cityrights `serve`";
                    case "cityrights-no-build" -> "cityrights `serve --no-build`";
                    case "cityrights-cds" -> "cityrights `serve --no-build`, class-data archive";
                    default -> "Fuseki";
                };
                line(String.format(Locale.ROOT, "| %s | %s | %s | %.2f s |", label, ds, ms.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse(""),
                        median(ms) / 1000.0));
            }
        }
        line("");
    }

    private void memory() {
        line("## Memory");
        line("");
        line("Every run above gave each server the same heap (" + one("settings").replaceAll(".*heap=", "-Xmx") + "); TDB2 reads its files through");
        line("memory-mapped I/O outside the heap. `OutOfMemoryError` in the logs of those runs: cityrights " + one("oom.cityrights")
                + ", Fuseki " + one("oom.fuseki") + ". Smaller heaps for cityrights on the largest store, the unique mix (warm-up of "
                + one("settings").replaceAll(".*warmup=(\\S+).*", "$1") + " only):");
        line("");
        line("| heap | requests/s | p99 ms | requests | errors | OutOfMemoryError in the log |");
        line("|---|---|---|---|---|---|");
        for (JsonNode r : runs) {
            String server = r.get("server").asText();
            if (!server.startsWith("cityrights-xmx")) continue;
            String heap = server.substring("cityrights-xmx".length());
            line(String.format(Locale.ROOT, "| -Xmx%s | %,.1f | %.2f | %,d | %d | %s |", heap, r.get("throughput").asDouble(), r.get("p99").asDouble(),
                    r.get("requests").asLong(), r.get("errors").asLong(), timings.keySet().stream().filter(k -> k.startsWith("heap.") && k.endsWith("." + heap + ".oom"))
                            .findFirst().map(this::one).orElse("?")));
        }
        line("");
    }

    private void method() {
        line("## How to read this");
        line("");
        line("- Both servers run on the same two-core machine as the client, one at a time; each round starts the servers afresh, and the");
        line("  order alternates between rounds and data sets. Throughput and latency are means over the rounds; each run's load average");
        line("  (1 min, at its start) is listed. Requests still running at the end of a measured period are waited for and counted.");
        line("- cityrights runs with its defaults (8 query slots, result cache of 64 MiB in memory and 1 GiB in temporary files), except");
        line("  that its row limit (100,000) and time limit (30 s) are raised out of reach (`--max-rows 1000000000 --timeout-ms 900000`):");
        line("  Fuseki has neither by default, and refusing the largest synthetic answers would be less work, not more speed. Fuseki");
        line("  runs with its defaults and `tdb2:unionDefaultGraph=true`, because the queries read the union of the named graphs.");
        line("- The repeated mix measures the result cache: an answer depends only on the query, the format and the dataset version, so it is");
        line("  computed once and then served from memory (see `docs/deployment.md`). The unique mix measures query execution.");
        line("- Start-up and loading include JVM start. Generation of synthetic data is not part of any comparison.");
        line("");
    }

    // ---- aggregation

    /** Means over rounds of one server, mix and dataset. */
    private record Agg(double throughput, double p50, double p95, double p99, long requests, long errors, String loads) {}

    private Agg agg(String ds, String server, String mix) {
        List<JsonNode> rs = runs.stream().filter(r -> r.get("dataset").asText().equals(ds) && r.get("server").asText().equals(server)
                && r.get("mix").asText().equals(mix)).toList();
        if (rs.isEmpty()) return null;
        double t = 0, p50 = 0, p95 = 0, p99 = 0;
        long n = 0, e = 0;
        List<String> loads = new ArrayList<>();
        for (JsonNode r : rs) {
            t += r.get("throughput").asDouble();
            p50 += r.get("p50").asDouble();
            p95 += r.get("p95").asDouble();
            p99 += r.get("p99").asDouble();
            n += r.get("requests").asLong();
            e += r.get("errors").asLong();
            loads.add(r.get("loadBefore").asText().split(" ")[0]);
        }
        int k = rs.size();
        return new Agg(t / k, p50 / k, p95 / k, p99 / k, n, e, String.join(", ", loads));
    }

    private Map<String, double[]> perQuery(String ds, String server, String mix) {
        Map<String, double[]> sum = new LinkedHashMap<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        for (JsonNode r : runs) {
            if (!(r.get("dataset").asText().equals(ds) && r.get("server").asText().equals(server) && r.get("mix").asText().equals(mix))) continue;
            for (JsonNode q : r.get("queries")) {
                double[] s = sum.computeIfAbsent(q.get("name").asText(), x -> new double[3]);
                s[0] += q.get("throughput").asDouble();
                s[1] += q.get("p50").asDouble();
                s[2] += q.get("p99").asDouble();
                count.merge(q.get("name").asText(), 1, Integer::sum);
            }
        }
        sum.forEach((q, s) -> { for (int i = 0; i < 3; i++) s[i] /= count.get(q); });
        return sum;
    }

    private List<String> datasets() {
        Set<String> out = new LinkedHashSet<>();
        out.add("curated");
        for (String k : timings.keySet()) if (k.startsWith("quads.")) out.add(k.substring("quads.".length()));
        return new ArrayList<>(out);
    }

    private double loadRate(String tool, String ds) {
        double seconds = mean("load." + tool + "." + ds + ".seconds");
        return num(one("quads." + ds)) / seconds;
    }

    private String checkLine(String ds) throws RuntimeException {
        Path p = results.resolve("check-" + ds + ".txt");
        try {
            if (!Files.exists(p)) return null;
            List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
            if (lines.isEmpty()) return "no output";
            String last = lines.get(lines.size() - 1);
            return lines.size() == 1 ? last : last + " (" + String.join("; ", lines.subList(0, lines.size() - 1)) + ")";
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private String clients() {
        return runs.isEmpty() ? "?" : runs.get(0).get("clients").asText();
    }

    private int queryCount() { return runs.isEmpty() ? 0 : runs.get(0).get("queries").size(); }

    /** The version of the Jena jars inside cityrights (the shaded jar keeps their Maven descriptors). */
    private static String jenaVersion() {
        try (var in = Report.class.getResourceAsStream("/META-INF/maven/org.apache.jena/jena-arq/pom.properties")) {
            java.util.Properties p = new java.util.Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", org.apache.jena.Jena.VERSION);
        } catch (IOException e) {
            return org.apache.jena.Jena.VERSION;
        }
    }

    private static String title(String ds) {
        return ds.equals("curated") ? "Curated data (the store `build` makes from `data/`)" : "Synthetic data, " + ds + " quads";
    }

    private static String machine() {
        String cpu = "unknown CPU";
        int cores = Runtime.getRuntime().availableProcessors();
        String mem = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
            mem = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal")).findFirst()
                    .map(l -> String.format(Locale.ROOT, ", %.0f GB RAM", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0)).orElse("");
        } catch (IOException | RuntimeException e) {
            // not Linux: keep what Java knows
        }
        return cpu + ", " + cores + " cores" + mem + ", " + System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    private String one(String key) {
        List<String> v = timings.get(key);
        return v == null || v.isEmpty() ? "?" : v.get(v.size() - 1);
    }

    private double mean(String key) {
        List<String> v = timings.getOrDefault(key, List.of());
        return v.stream().mapToDouble(Report::num).average().orElse(Double.NaN);
    }

    private List<Long> millis(String key) {
        String v = one(key);
        if (v.equals("?") || v.isBlank()) return List.of();
        List<Long> out = new ArrayList<>();
        for (String s : v.strip().split("\\s+")) out.add(Long.parseLong(s));
        return out;
    }

    private static long median(List<Long> values) {
        List<Long> s = new ArrayList<>(values);
        s.sort(null);
        return s.get(s.size() / 2);
    }

    private static double num(String s) {
        try {
            return Double.parseDouble(s.strip());
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private static String fmtLong(String s) {
        try {
            return String.format(Locale.ROOT, "%,d", Long.parseLong(s.strip()));
        } catch (RuntimeException e) {
            return s;
        }
    }

    private void line(String s) { md.append(s).append('\n'); }
}
