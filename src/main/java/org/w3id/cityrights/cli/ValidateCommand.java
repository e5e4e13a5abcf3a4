package org.w3id.cityrights.cli;

import java.util.concurrent.Callable;

import org.w3id.cityrights.build.Pipeline;
import org.w3id.cityrights.build.Validation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check ontology and data against the SHACL shapes and print the report; exit 1 on violations.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin InputOptions inputs;

    @Override
    public Integer call() {
        Pipeline.Prepared p = new Pipeline(inputs.layout(), Args.ids(inputs), System.err).prepare();
        if (p.valid()) {
            System.out.println("valid: no SHACL violations");
            return Main.OK;
        }
        System.out.println(p.findings().size() + " SHACL violation(s):");
        for (Validation.Finding f : p.findings()) {
            System.out.println();
            System.out.println(f.format());
        }
        return Main.DATA_ERROR;
    }
}
