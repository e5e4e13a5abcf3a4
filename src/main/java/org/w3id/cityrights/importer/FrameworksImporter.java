package org.w3id.cityrights.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cityrights.vocab.CR;

/** {@code data/curated/frameworks*.csv}: charters, declarations, UN resolutions and reports, campaigns of cities. */
public final class FrameworksImporter implements Importer {
    static final Map<String, Resource> TYPES = Map.of(
            "FrameworkInstrument", CR.FrameworkInstrument, "Campaign", CR.term("Campaign"),
            "UNDeclaration", CR.term("UNDeclaration"), "UNResolution", CR.term("UNResolution"), "UNReport", CR.term("UNReport"));

    @Override public String name() { return "frameworks"; }

    @Override
    public void run(ImportContext ctx) {
        Model m = ctx.newModel();
        Resource activity = ctx.activity(m, name(), "International framework instruments from the curated table.");
        List<CsvRow> rows = CuratedFiles.rows(ctx, name());
        List<CsvRow> defined = new ArrayList<>();
        // Two passes: a framework may invoke another one defined further down.
        ctx.eachRow(rows, row -> {
            String id = Cells.id(row, "id");
            ctx.registry().define("framework", id, ctx.ids().framework(id).inModel(m), row);
            defined.add(row);
        });
        ctx.eachRow(defined, row -> {
            Resource f = ctx.ids().framework(row.get("id")).inModel(m);
            List<String> types = row.list("types");
            if (types.isEmpty()) throw row.error("types: at least one type is required");
            for (String t : types) f.addProperty(RDF.type, Cells.oneOf(t, TYPES, row, "types"));
            f.addProperty(RDFS.label, Cells.en(Cells.required(row, "label")));
            InstrumentsImporter.dates(f, row);
            if (row.has("place")) f.addProperty(CR.placeOfAdoption, ctx.registry().require("city", row.get("place"), row, "place").inModel(m));
            if (row.has("place_name")) f.addProperty(CR.placeName, row.get("place_name"));
            if (row.has("adopted_by")) f.addProperty(CR.adoptedByName, row.get("adopted_by"));
            if (row.has("identifier")) f.addProperty(CR.officialIdentifier, row.get("identifier"));
            for (String i : row.list("invokes")) {
                f.addProperty(CR.invokes, ctx.registry().findAny(i, "treaty", "framework")
                        .orElseThrow(() -> row.error("invokes: '" + i + "' is neither a treaty nor a framework id")).inModel(m));
            }
            Cells.addSources(f, row, "sources", true);
            Provenance.curated(ctx, f, row, activity);
        });
        ctx.publish(name(), m);
    }
}
