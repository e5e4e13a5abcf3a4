package org.w3id.cityrights.importer;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cityrights.vocab.Vocab;

/** The common tail of every curated row: its note, and which file and import made the node. */
public final class Provenance {
    private Provenance() {}

    public static void curated(ImportContext ctx, Resource node, CsvRow row, Resource activity) {
        if (row.values().containsKey("note") && row.has("note")) node.addProperty(RDFS.comment, Cells.en(row.get("note")));
        node.addProperty(Vocab.provWasGeneratedBy, activity);
        node.addProperty(Vocab.provWasDerivedFrom, ctx.fileEntity(node.getModel(), row.file()));
        ctx.locate(node, row);
    }
}
