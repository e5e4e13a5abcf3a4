package org.w3id.cityrights.cli;

import java.nio.file.Path;

import org.w3id.cityrights.build.ProjectLayout;
import org.w3id.cityrights.vocab.Ids;

import picocli.CommandLine.Option;

/** Where the inputs are and which base IRI to publish under; shared by build, serve and validate. */
final class InputOptions {
    @Option(names = "--ontology", paramLabel = "DIR", defaultValue = "ontology",
            description = "Ontology folder (default: ${DEFAULT-VALUE}).")
    Path ontology;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Ids.CANONICAL_BASE,
            description = "Base IRI of the published identifiers, ending in '/' (default: ${DEFAULT-VALUE}); a mirror sets its own.")
    String base;

    ProjectLayout layout() { return new ProjectLayout(ontology, data); }

    Ids ids() { return new Ids(base); }
}
