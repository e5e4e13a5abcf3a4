package org.w3id.cityrights.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.w3id.cityrights.admin.Reloader;
import org.w3id.cityrights.build.Builder;
import org.w3id.cityrights.http.AccessLog;
import org.w3id.cityrights.http.App;
import org.w3id.cityrights.http.Server;
import org.w3id.cityrights.http.ServerConfig;
import org.w3id.cityrights.limits.Limits;
import org.w3id.cityrights.store.StoreLayout;
import org.w3id.cityrights.store.SwitchableStore;
import org.w3id.cityrights.store.Tdb2Store;
import org.w3id.cityrights.workbench.WorkbenchSettings;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the SPARQL endpoint and pages over the store.",
                "Builds the store first if it is missing or was built from other inputs than those on disk.",
                "Limits are described in docs/security.md."})
final class ServeCommand implements Callable<Integer> {
    @Mixin InputOptions inputs;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store", description = "Store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--timeout-ms", paramLabel = "N", defaultValue = "30000", description = "Time limit per query in ms (default: ${DEFAULT-VALUE}).")
    long timeoutMs;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "100000", description = "Most rows or triples one query may return (default: ${DEFAULT-VALUE}).")
    long maxRows;

    @Option(names = "--max-body-bytes", paramLabel = "N", defaultValue = "1048576", description = "Largest request body (default: ${DEFAULT-VALUE}).")
    long maxBodyBytes;

    @Option(names = "--max-concurrent-queries", paramLabel = "N", defaultValue = "8", description = "Queries executing at once (default: ${DEFAULT-VALUE}).")
    int maxConcurrent;

    @Option(names = "--queue-wait-ms", paramLabel = "N", defaultValue = "2000", description = "How long a query waits for a free slot before 503 (default: ${DEFAULT-VALUE}).")
    long queueWaitMs;

    @Option(names = "--client-budget-ms", paramLabel = "N", defaultValue = "0",
            description = "Query time per client per minute in ms; over it 429 with Retry-After (default: ${DEFAULT-VALUE} = off).")
    long clientBudgetMs;

    @Option(names = "--allow-service", paramLabel = "URL", description = "A SPARQL endpoint SERVICE clauses may call (repeatable; default: none).")
    List<String> allowService = List.of();

    @Option(names = "--admin-token-file", paramLabel = "FILE",
            description = "File holding the bearer token for /admin (or set CITYRIGHTS_ADMIN_TOKEN); without one, administration is off.")
    Path adminTokenFile;

    @Option(names = "--catalog", paramLabel = "DIR", defaultValue = "queries/catalog",
            description = "Saved-query catalogue served at /api (default: ${DEFAULT-VALUE}).")
    Path catalog;

    @Option(names = "--grace-ms", paramLabel = "N", defaultValue = "10000", description = "On SIGTERM, how long running queries may finish (default: ${DEFAULT-VALUE}).")
    long graceMs;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config = config();
        StoreLayout layout = new StoreLayout(store);
        Builder builder = new Builder(inputs.layout(), Args.ids(inputs), System.err);
        if (builder.isStale(layout)) {
            System.err.println(layout.current().isEmpty() ? "no store yet: building it from ontology/ and data/"
                    : "store is older than ontology/ and data/: rebuilding");
            builder.build(layout);
        }
        SwitchableStore st = new SwitchableStore(Tdb2Store.open(layout), retired -> StoreLayout.deleteTree(retired.location()));
        // Permalinks live beside the databases, so that they outlive every rebuild.
        Server server = App.create(config, st, Optional.of(new Reloader(builder, layout, st)), WorkbenchSettings.forStore(layout.root(), catalog));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("stopping: no new connections; waiting up to " + graceMs + " ms for running queries");
            boolean drained = server.shutdown();
            System.err.println(drained ? "stopped cleanly" : "stopped after the grace period; some requests were cut off");
            stopped.countDown();
        }, "cityrights-shutdown"));
        server.start();
        System.err.printf("cityrights is serving dataset %s at http://%s:%d/ (SPARQL endpoint: /sparql, query editor: /query)%n",
                st.info().datasetVersion(), host, server.port());
        stopped.await();
        return Main.OK;
    }

    private ServerConfig config() {
        try {
            Limits limits = new Limits(timeoutMs, maxRows, maxBodyBytes, maxConcurrent, queueWaitMs, clientBudgetMs);
            return new ServerConfig(host, port, limits, allowService, adminToken(), graceMs, AccessLog.toSlf4j());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private Optional<String> adminToken() {
        if (adminTokenFile != null) {
            try {
                return Optional.of(Files.readString(adminTokenFile, StandardCharsets.UTF_8).strip());
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--admin-token-file: cannot read " + adminTokenFile);
            }
        }
        return Optional.ofNullable(System.getenv("CITYRIGHTS_ADMIN_TOKEN")).map(String::strip).filter(t -> !t.isEmpty());
    }
}
