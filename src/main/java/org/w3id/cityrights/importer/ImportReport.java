package org.w3id.cityrights.importer;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cityrights.vocab.CR;
import org.w3id.cityrights.vocab.Ids;

/**
 * What the importers could not take in as given: rows skipped with their reason, and notices about
 * rows that were imported but deserve a curator's look (a place matched by name only). A bad row
 * never stops the build; the report says where it is and why, so nothing is lost silently.
 */
public final class ImportReport {
    /** Whether the row was left out, or imported with a remark. */
    public enum Kind { SKIPPED, NOTICE }

    /** One remark about one row of one file. */
    public record Entry(Kind kind, String file, int line, String reason) {
        public String where() { return file + (line > 0 ? ":" + line : ""); }

        public String format() {
            return where() + ": " + reason + (kind == Kind.SKIPPED ? " (row skipped)" : " (imported; please check)");
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    public void skipped(DataFileException e) { entries.add(new Entry(Kind.SKIPPED, e.file(), e.line(), e.reason())); }

    public void notice(String file, int line, String reason) { entries.add(new Entry(Kind.NOTICE, file, line, reason)); }

    public List<Entry> entries() { return List.copyOf(entries); }

    public List<Entry> skipped() { return entries.stream().filter(e -> e.kind() == Kind.SKIPPED).toList(); }

    public List<Entry> notices() { return entries.stream().filter(e -> e.kind() == Kind.NOTICE).toList(); }

    /** The report as data, for the graph …/graph/import-report: one node per entry. */
    public Graph graph(Ids ids) {
        Model m = ModelFactory.createDefaultModel();
        int n = 0;
        for (Entry e : entries) {
            Resource entry = m.createResource(ids.idBase() + "import-report-entry/" + (++n));
            entry.addProperty(RDF.type, e.kind() == Kind.SKIPPED ? CR.SkippedRow : CR.ImportNotice)
                 .addProperty(RDFS.label, e.format(), "en")
                 .addProperty(CR.sourceRow, e.where())
                 .addProperty(CR.importReason, e.reason());
        }
        return m.getGraph();
    }

    /** The report as a curator reads it: a summary line, then one line per entry. */
    public String format() {
        StringBuilder b = new StringBuilder();
        b.append("import report: ").append(skipped().size()).append(" row(s) skipped, ")
         .append(notices().size()).append(" notice(s)\n");
        for (Entry e : entries) b.append("  ").append(e.format()).append('\n');
        return b.toString();
    }
}
