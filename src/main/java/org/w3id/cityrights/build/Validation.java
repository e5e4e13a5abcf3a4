package org.w3id.cityrights.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;
import org.w3id.cityrights.vocab.Vocab;

/** Runs the SHACL shapes and turns the report into lines a curator can act on. */
public final class Validation {

    /** One violation: what, where, and which shape says so. */
    public record Finding(String severity, String focus, String path, String message, String shape, String value, String file) {
        public String format() {
            return severity + " " + shape + "\n"
                    + "  focus:   " + focus + "\n"
                    + (path.isEmpty() ? "" : "  path:    " + path + "\n")
                    + (value.isEmpty() ? "" : "  value:   " + value + "\n")
                    + "  message: " + message + "\n"
                    + "  file:    " + file;
        }
    }

    private Validation() {}

    public static List<Finding> validate(Graph shapesGraph, AssembledData data, Graph inferred) {
        Shapes shapes = Shapes.parse(shapesGraph);
        Graph all = new org.apache.jena.graph.compose.Union(data.union(), inferred);
        ValidationReport report = ShaclValidator.get().validate(shapes, all);
        PrefixMapping pm = Vocab.prefixes();
        pm.setNsPrefix("shapes", "https://w3id.org/cityrights/shapes#");
        List<Finding> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            out.add(new Finding(
                    severity(e.severity()),
                    str(e.focusNode(), pm),
                    e.resultPath() == null ? "" : e.resultPath().toString(new org.apache.jena.sparql.core.Prologue(pm)),
                    e.message() == null ? "" : e.message(),
                    str(e.source(), pm),
                    e.value() == null ? "" : str(e.value(), pm),
                    data.whereIs(e.focusNode())));
        }
        out.sort(Comparator.comparing(Finding::file).thenComparing(Finding::focus).thenComparing(Finding::shape));
        return out;
    }

    private static String severity(Severity s) {
        return s == null ? "Violation" : s.level().getLocalName();
    }

    private static String str(Node n, PrefixMapping pm) {
        return n == null ? "" : FmtUtils.stringForNode(n, pm);
    }
}
