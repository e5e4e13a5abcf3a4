package org.w3id.cityrights.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.w3id.cityrights.build.Builder;
import org.w3id.cityrights.coverage.CoverageReport;
import org.w3id.cityrights.coverage.CoverageText;
import org.w3id.cityrights.store.StoreLayout;
import org.w3id.cityrights.store.Tdb2Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Print the coverage report: localities per continent and country, commitments per type, evidence and",
                "practice levels, networks (rows held against sizes claimed), facts without a precise date, count claims,",
                "and the rows the import skipped. The same figures as the page /coverage.",
                "Builds the store first if it is missing or was built from other inputs than those on disk."})
final class ReportCommand implements Callable<Integer> {
    @Mixin InputOptions inputs;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store", description = "Store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--timeout-ms", paramLabel = "N", defaultValue = "60000", description = "Time limit per query in ms (default: ${DEFAULT-VALUE}).")
    long timeoutMs;

    @Override
    public Integer call() {
        StoreLayout layout = new StoreLayout(store);
        Builder builder = new Builder(inputs.layout(), Args.ids(inputs), System.err);
        if (builder.isStale(layout)) builder.build(layout);
        try (Tdb2Store st = Tdb2Store.open(layout)) {
            System.out.print(CoverageText.render(st.info().datasetVersion(), CoverageReport.of(st, timeoutMs)));
        }
        return Main.OK;
    }
}
