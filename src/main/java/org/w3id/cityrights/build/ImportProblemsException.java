package org.w3id.cityrights.build;

import java.util.List;
import java.util.stream.Collectors;

import org.w3id.cityrights.importer.DataFileException;

/** Every bad row the importers found, reported together so a curator can fix them in one pass. */
public class ImportProblemsException extends BuildException {
    private final List<DataFileException> problems;

    public ImportProblemsException(List<DataFileException> problems) {
        super(problems.size() + " problem(s) in the input files:\n"
                + problems.stream().map(p -> "  " + p.getMessage()).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<DataFileException> problems() { return problems; }
}
