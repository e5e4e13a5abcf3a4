package org.w3id.cityrights.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.w3id.cityrights.build.Builder;
import org.w3id.cityrights.build.GraphStorePublisher;
import org.w3id.cityrights.store.StoreLayout;
import org.w3id.cityrights.store.Tdb2Store;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Validate ontology and data against the SHACL shapes, materialise inferences and load a TDB2 store.",
                "The store is built in a fresh folder and swapped in only when complete."})
final class BuildCommand implements Callable<Integer> {
    @Mixin InputOptions inputs;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store", description = "Store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--gsp-endpoint", paramLabel = "URL", description = {"Also copy the built store, graph by graph, into this "
            + "SPARQL Graph Store Protocol endpoint (e.g. a Fuseki dataset's /data), for serve --sparql-endpoint."})
    String gspEndpoint;

    @Override
    public Integer call() {
        StoreLayout layout = new StoreLayout(store);
        GraphStorePublisher publisher = null;
        if (gspEndpoint != null) {
            try {
                publisher = new GraphStorePublisher(gspEndpoint, safeIds(), System.err);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(new CommandLine(new Main()), e.getMessage());
            }
        }
        new Builder(inputs.layout(), safeIds(), System.err).build(layout);
        if (publisher != null) {
            try (Tdb2Store built = Tdb2Store.open(layout)) {
                publisher.publish(built);
            }
        }
        return Main.OK;
    }

    private org.w3id.cityrights.vocab.Ids safeIds() { return Args.ids(inputs); }
}
