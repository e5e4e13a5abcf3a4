package org.w3id.cityrights.build;

import java.util.List;
import java.util.stream.Collectors;

/** The shapes found violations; nothing is loaded. */
public class ValidationFailedException extends BuildException {
    private final List<Validation.Finding> findings;

    public ValidationFailedException(List<Validation.Finding> findings) {
        super(findings.size() + " SHACL violation(s):\n\n"
                + findings.stream().map(Validation.Finding::format).collect(Collectors.joining("\n\n")));
        this.findings = List.copyOf(findings);
    }

    public List<Validation.Finding> findings() { return findings; }
}
