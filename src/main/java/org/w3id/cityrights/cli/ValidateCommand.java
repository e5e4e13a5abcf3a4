package org.w3id.cityrights.cli;

import java.util.concurrent.Callable;

import org.w3id.cityrights.build.Pipeline;
import org.w3id.cityrights.build.Validation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check ontology and data against the SHACL shapes and print the report; exit 1 on violations.",
                "Prints the import report too (rows skipped with file, line and reason; notices); exit 1 when a row was skipped."})
final class ValidateCommand implements Callable<Integer> {
    @Mixin InputOptions inputs;

    @Override
    public Integer call() {
        Pipeline.Prepared p = new Pipeline(inputs.layout(), Args.ids(inputs), System.err).prepare();
        System.err.print(p.report().format());
        boolean skipped = !p.report().skipped().isEmpty();
        if (p.valid()) {
            System.out.println("valid: no SHACL violations" + (skipped ? "; but " + p.report().skipped().size() + " row(s) skipped (see the import report)" : ""));
            return skipped ? Main.DATA_ERROR : Main.OK;
        }
        System.out.println(p.findings().size() + " SHACL violation(s):");
        for (Validation.Finding f : p.findings()) {
            System.out.println();
            System.out.println(f.format());
        }
        return Main.DATA_ERROR;
    }
}
