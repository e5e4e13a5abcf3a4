package org.w3id.cityrights.importer;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cityrights.vocab.CR;

/** {@code data/curated/claims*.csv}: count claims seen in sources ("over 40 CEDAW cities"), kept as data. */
public final class ClaimsImporter implements Importer {
    @Override public String name() { return "claims"; }

    @Override
    public void run(ImportContext ctx) {
        Model m = ctx.newModel();
        Resource activity = ctx.activity(m, name(), "Count claims seen in sources, from the curated table.");
        ctx.eachRow(CuratedFiles.rows(ctx, name()), row -> {
            String id = Cells.id(row, "id");
            Resource c = ctx.ids().thing("claim", id).inModel(m);
            ctx.registry().define("claim", id, c, row);
            c.addProperty(RDF.type, CR.CountClaim)
             .addProperty(CR.claimText, Cells.required(row, "claim"))
             .addProperty(CR.claimAbout, Cells.required(row, "about"));
            if (row.has("claim_date")) c.addProperty(CR.claimDate, row.get("claim_date"));
            Cells.addSources(c, row, "sources", true);
            Provenance.curated(ctx, c, row, activity);
        });
        ctx.publish(name(), m);
    }
}
