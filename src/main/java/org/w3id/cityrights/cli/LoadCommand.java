package org.w3id.cityrights.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.w3id.cityrights.build.FileLoader;
import org.w3id.cityrights.store.StoreLayout;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load RDF files as they are (N-Quads, TriG, N-Triples, Turtle; .gz too) into a fresh TDB2 database of the store.",
                "Unlike build, it imports no CSV, infers nothing and does not validate: for data prepared elsewhere,",
                "such as the synthetic benchmark data. Serve the result with: serve --no-build --store DIR."})
final class LoadCommand implements Callable<Integer> {
    @Option(names = "--store", paramLabel = "DIR", required = true, description = "Store folder.")
    Path store;

    @Option(names = "--dataset-version", paramLabel = "V", required = true, description = "The version the store reports and cites.")
    String datasetVersion;

    @Option(names = "--loader", paramLabel = "KIND", defaultValue = "PHASED", description = "Jena TDB2 bulk loader: ${COMPLETION-CANDIDATES} "
            + "(default: ${DEFAULT-VALUE}, as tdb2.tdbloader).", converter = LoaderKinds.class)
    FileLoader.Kind loader;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "RDF files.")
    List<Path> files;

    @Override
    public Integer call() {
        new FileLoader(System.err).load(new StoreLayout(store), files, datasetVersion, loader);
        return Main.OK;
    }

    /** Accepts loader names in any case. */
    static final class LoaderKinds implements picocli.CommandLine.ITypeConverter<FileLoader.Kind> {
        @Override public FileLoader.Kind convert(String value) {
            return FileLoader.Kind.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        }
    }
}
