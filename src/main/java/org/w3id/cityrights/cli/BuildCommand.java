package org.w3id.cityrights.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.w3id.cityrights.build.Builder;
import org.w3id.cityrights.store.StoreLayout;

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

    @Override
    public Integer call() {
        new Builder(inputs.layout(), safeIds(), System.err).build(new StoreLayout(store));
        return Main.OK;
    }

    private org.w3id.cityrights.vocab.Ids safeIds() { return Args.ids(inputs); }
}
