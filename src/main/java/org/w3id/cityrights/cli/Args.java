package org.w3id.cityrights.cli;

import org.w3id.cityrights.vocab.Ids;

import picocli.CommandLine;

/** Turns option values that picocli cannot check itself into usage errors (exit code 2). */
final class Args {
    private Args() {}

    static Ids ids(InputOptions inputs) {
        try {
            return inputs.ids();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(new CommandLine(new Main()), "--base: " + e.getMessage());
        }
    }
}
