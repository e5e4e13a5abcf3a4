package org.w3id.cityrights.bench;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.w3id.cityrights.build.ProjectLayout;
import org.w3id.cityrights.synthetic.SyntheticGenerator;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The benchmark's tools, driven by {@code bench/run}: synthetic data, the load driver, the answer
 * check, the start-up probe and the report. Not part of the {@code cityrights} command.
 */
@Command(name = "cityrights-bench", mixinStandardHelpOptions = true,
        subcommands = {BenchMain.Synthetic.class, BenchMain.Drive.class, BenchMain.Check.class, BenchMain.Startup.class, Report.class})
public final class BenchMain implements Runnable {
    @Override public void run() { throw new CommandLine.ParameterException(new CommandLine(this), "a subcommand is required"); }

    public static void main(String[] args) { System.exit(execute(args)); }

    /** Runs a command line and returns its exit code. */
    public static int execute(String... args) { return new CommandLine(new BenchMain()).execute(args); }

    @Command(name = "synthetic", description = "Write SYNTHETIC benchmark data (invented, not facts) as N-Quads, outside data/.")
    static final class Synthetic implements Callable<Integer> {
        @Option(names = "--quads", required = true) long quads;
        @Option(names = "--out", required = true) Path out;
        @Option(names = "--seed", defaultValue = "1") long seed;
        @Option(names = "--ontology", defaultValue = "ontology") Path ontology;

        @Override public Integer call() {
            Path abs = out.toAbsolutePath().normalize();
            if (abs.startsWith(Path.of("data").toAbsolutePath().normalize())) {
                throw new CommandLine.ParameterException(new CommandLine(this), "synthetic data must never be written into data/");
            }
            long t0 = System.nanoTime();
            SyntheticGenerator.Result r = new SyntheticGenerator(new ProjectLayout(ontology, Path.of("data")), seed).write(quads, out);
            System.out.printf(Locale.ROOT, "%d\t%d\t%s\t%.1f%n", r.quads(), r.localities(), r.datasetVersion(), (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }

    @Command(name = "drive", description = "Send a query mix to one loopback endpoint from N clients and write the figures as JSON.")
    static final class Drive implements Callable<Integer> {
        @Option(names = "--endpoint", required = true) String endpoint;
        @Option(names = "--server", required = true) String server;
        @Option(names = "--dataset", required = true) String dataset;
        @Option(names = "--mix", required = true) String mix;
        @Option(names = "--clients", defaultValue = "4") int clients;
        @Option(names = "--warmup-s", defaultValue = "10") long warmup;
        @Option(names = "--warmup-pass", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "Warm up until every query has been answered once, however long that takes (default: on).") boolean warmupPass;
        @Option(names = "--duration-s", defaultValue = "30") long duration;
        @Option(names = "--max-requests", defaultValue = "5000000") long maxRequests;
        @Option(names = "--request-timeout-s", defaultValue = "120") long requestTimeout;
        @Option(names = "--queries", defaultValue = "queries/cq") Path cq;
        @Option(names = "--catalog", defaultValue = "queries/catalog") Path catalog;
        @Option(names = "--out", required = true) Path out;

        @Override public Integer call() throws Exception {
            QueryMix.Kind kind = QueryMix.Kind.valueOf(mix.toUpperCase(Locale.ROOT));
            Driver.Settings s = new Driver.Settings(Loopback.require(endpoint), kind, clients, Duration.ofSeconds(warmup), warmupPass,
                    Duration.ofSeconds(duration), maxRequests, Duration.ofSeconds(requestTimeout));
            String before = RunFile.loadAverage();
            Driver.Result r = new Driver(QueryMix.load(cq, catalog)).run(s);
            RunFile.write(out, server, dataset, r, before, RunFile.loadAverage());
            System.out.printf(Locale.ROOT, "%s %s %s: %.1f req/s, p50 %.2f ms, p99 %.2f ms, %d errors (load %s)%n", server, dataset, mix,
                    r.throughput(), r.all().percentileMillis(50), r.all().percentileMillis(99), r.all().errors(), before);
            return 0;
        }
    }

    @Command(name = "check", description = "Compare the answers of two loopback endpoints to every query of the mix; exit 1 if any differs.")
    static final class Check implements Callable<Integer> {
        @Option(names = "--a", required = true) String a;
        @Option(names = "--b", required = true) String b;
        @Option(names = "--queries", defaultValue = "queries/cq") Path cq;
        @Option(names = "--catalog", defaultValue = "queries/catalog") Path catalog;

        @Override public Integer call() throws Exception {
            List<String> diffs = new ResultCheck().differences(QueryMix.load(cq, catalog), URI.create(a), URI.create(b));
            diffs.forEach(System.out::println);
            System.out.println(diffs.isEmpty() ? "same answers to every query" : diffs.size() + " queries answered differently");
            return diffs.isEmpty() ? 0 : 1;
        }
    }

    @Command(name = "startup", description = "Time from starting a server command to its first answered query, over several runs.")
    static final class Startup implements Callable<Integer> {
        @Option(names = "--probe", required = true, description = "URL of a query that answers 200 when the server is ready") String probe;
        @Option(names = "--runs", defaultValue = "5") int runs;
        @Option(names = "--log", required = true) File log;
        @Parameters(arity = "1..*") List<String> command;

        @Override public Integer call() throws Exception {
            List<Long> ms = new StartupProbe().measure(command, URI.create(probe), runs, log);
            System.out.println(String.join(" ", ms.stream().map(String::valueOf).toList()));
            return 0;
        }
    }

    static void requireFile(Path p) {
        if (!Files.isRegularFile(p)) throw new IllegalArgumentException("missing file " + p);
    }
}
