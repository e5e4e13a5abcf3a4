package org.w3id.cityrights.commitments;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.cityrights.importer.Cells;
import org.w3id.cityrights.importer.CsvRow;
import org.w3id.cityrights.vocab.CR;

/** The pages a row cites, checked as the curation guide asks: absolute http(s) URLs, " (mirror)" for third-party copies. */
final class Sources {
    private static final String MIRROR = "(mirror)";

    private Sources() {}

    static List<MembershipRecord.SourceUrl> required(CsvRow row, String column) {
        List<MembershipRecord.SourceUrl> out = new ArrayList<>();
        for (String cell : row.list(column)) {
            boolean mirror = cell.endsWith(MIRROR);
            String url = mirror ? cell.substring(0, cell.length() - MIRROR.length()).strip() : cell;
            out.add(new MembershipRecord.SourceUrl(Cells.iri(url, row, column), mirror));
        }
        if (out.isEmpty()) throw row.error(column + ": a source is required");
        return out;
    }

    static void add(Resource node, List<MembershipRecord.SourceUrl> sources) {
        for (MembershipRecord.SourceUrl s : sources) {
            node.addProperty(s.mirror() ? CR.mirrorSource : DCTerms.source, node.getModel().createResource(s.url()));
        }
    }
}
