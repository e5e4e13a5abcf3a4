package org.w3id.cityrights.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cityrights.vocab.CR;

/** {@code data/curated/treaties.csv}: the nine core UN treaties and their optional protocols. */
public final class TreatiesImporter implements Importer {
    static final Map<String, Resource> KINDS = Map.of("core-treaty", CR.CoreTreaty, "optional-protocol", CR.OptionalProtocol);

    @Override public String name() { return "treaties"; }

    @Override
    public void run(ImportContext ctx) {
        Model m = ctx.newModel();
        Resource activity = ctx.activity(m, name(), "UN core human-rights treaties and optional protocols from the curated table.");
        List<CsvRow> defined = new ArrayList<>();
        List<CsvRow> rows = CuratedFiles.rows(ctx, name());
        ctx.eachRow(rows, row -> {
            String id = Cells.id(row, "id");
            ctx.registry().define("treaty", id, ctx.ids().treaty(id).inModel(m), row);
            defined.add(row);
        });
        ctx.eachRow(defined, row -> {
            Resource t = ctx.ids().treaty(row.get("id")).inModel(m);
            Resource kind = Cells.oneOf(row.get("kind"), KINDS, row, "kind");
            t.addProperty(RDF.type, kind)
             .addProperty(RDFS.label, Cells.en(Cells.required(row, "label")))
             .addProperty(CR.abbreviation, Cells.required(row, "abbreviation"));
            if (kind.equals(CR.OptionalProtocol)) {
                t.addProperty(CR.protocolTo, ctx.registry().require("treaty", Cells.required(row, "protocol_to"), row, "protocol_to").inModel(m));
            } else if (row.has("protocol_to")) {
                throw row.error("protocol_to: only an optional protocol is a protocol to a treaty");
            }
            Cells.addDate(t, CR.adoptionDate, row, "adopted");
            Cells.addDate(t, CR.openedForSignature, row, "opened_for_signature");
            Cells.addDate(t, CR.entryIntoForce, row, "entry_into_force");
            if (row.has("untc_id")) t.addProperty(CR.untcId, row.get("untc_id"));
            if (row.has("ga_resolution")) t.addProperty(CR.gaResolution, row.get("ga_resolution"));
            Cells.addSources(t, row, "sources", true);
            Provenance.curated(ctx, t, row, activity);
        });
        ctx.publish(name(), m);
    }

    /** The WPD ratification file named for each treaty, read by the ratification importer. */
    static Map<String, String> ratificationFiles(ImportContext ctx) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (CsvRow row : CuratedFiles.rows(ctx, "treaties")) {
            if (row.has("ratification_file")) out.put(row.get("id"), row.get("ratification_file"));
        }
        return out;
    }
}
