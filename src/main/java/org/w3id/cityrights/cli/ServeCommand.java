package org.w3id.cityrights.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.w3id.cityrights.build.Builder;
import org.w3id.cityrights.http.App;
import org.w3id.cityrights.http.ServerConfig;
import org.w3id.cityrights.store.StoreLayout;
import org.w3id.cityrights.store.Tdb2Store;
import org.w3id.cityrights.workbench.WorkbenchSettings;

import io.javalin.Javalin;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the SPARQL endpoint and pages over the store.",
                "Builds the store first if it is missing or was built from other inputs than those on disk."})
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

    @Option(names = "--catalog", paramLabel = "DIR", defaultValue = "queries/catalog",
            description = "Saved-query catalogue served at /api (default: ${DEFAULT-VALUE}).")
    Path catalog;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config;
        try {
            config = new ServerConfig(host, port, timeoutMs, ServerConfig.DEFAULT_MAX_REQUEST_BYTES);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        StoreLayout layout = new StoreLayout(store);
        Builder builder = new Builder(inputs.layout(), Args.ids(inputs), System.err);
        if (builder.isStale(layout)) {
            System.err.println(layout.current().isEmpty() ? "no store yet: building it from ontology/ and data/"
                    : "store is older than ontology/ and data/: rebuilding");
            builder.build(layout);
        }
        Tdb2Store st = Tdb2Store.open(layout);
        // Permalinks live beside the databases, so that they outlive every rebuild.
        Javalin app = App.create(config, st, WorkbenchSettings.forStore(layout.root(), catalog));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            st.close();
            stopped.countDown();
        }, "cityrights-shutdown"));
        app.start();
        System.err.printf("cityrights is serving dataset %s at http://%s:%d/ (SPARQL endpoint: /sparql, query editor: /query)%n",
                st.info().datasetVersion(), host, app.port());
        stopped.await();
        return Main.OK;
    }
}
