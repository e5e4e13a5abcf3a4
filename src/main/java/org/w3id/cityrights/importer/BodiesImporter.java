package org.w3id.cityrights.importer;

import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cityrights.vocab.CR;

/** {@code data/curated/bodies*.csv}: councils, mayors' offices, commissions, ombudspersons, offices. */
public final class BodiesImporter implements Importer {
    static final Map<String, Resource> KINDS = Map.of(
            "council", CR.Council, "mayors-office", CR.MayorsOffice, "commission", CR.Commission,
            "ombudsperson", CR.Ombudsperson, "office", CR.Office);

    @Override public String name() { return "bodies"; }

    @Override
    public void run(ImportContext ctx) {
        Model m = ctx.newModel();
        Resource activity = ctx.activity(m, name(), "Local government bodies from the curated table.");
        ctx.eachRow(CuratedFiles.rows(ctx, name()), row -> {
            String id = Cells.id(row, "id");
            Resource body = ctx.ids().body(id).inModel(m);
            ctx.registry().define("body", id, body, row);
            body.addProperty(RDF.type, Cells.oneOf(row.get("kind"), KINDS, row, "kind"))
                .addProperty(RDFS.label, Cells.en(Cells.required(row, "label")))
                .addProperty(CR.bodyOf, ctx.registry().require("city", Cells.required(row, "locality"), row, "locality").inModel(m));
            if (row.has("original_name")) body.addProperty(CR.originalTitle, Cells.tagged(row.get("original_name")));
            Cells.addDate(body, CR.foundingDate, row, "founded");
            Cells.addDate(body, CR.dissolutionDate, row, "ended");
            Cells.addSources(body, row, "sources", true);
            Provenance.curated(ctx, body, row, activity);
        });
        ctx.publish(name(), m);
    }
}
