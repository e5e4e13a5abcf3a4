package org.w3id.cityrights.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cityrights.vocab.CR;

/** {@code data/curated/instruments*.csv}: local instruments and other measures, the heart of the graph. */
public final class InstrumentsImporter implements Importer {
    public static final List<String> TYPES = List.of("HumanRightsCityDeclaration", "Declaration", "Proclamation", "Charter",
            "Ordinance", "Resolution", "Motion", "ExecutiveDirective", "Policy", "BudgetProcess", "Agreement", "Programme");

    private static final Map<String, Resource> TYPE_TERMS = new LinkedHashMap<>();
    static { for (String t : TYPES) TYPE_TERMS.put(t, CR.term(t)); }

    /** Concept columns: column name, concept kind (IRI path segment), property. */
    private record ConceptColumn(String column, String kind, Property property) {}

    private static final List<ConceptColumn> CONCEPTS = List.of(
            new ConceptColumn("rights", "right", CR.addressesRight),
            new ConceptColumn("domains", "domain", CR.actionDomain),
            new ConceptColumn("obligations", "obligation", CR.obligation),
            new ConceptColumn("target_groups", "group", CR.targetGroup));

    private final SdgCatalog sdg;

    public InstrumentsImporter(SdgCatalog sdg) { this.sdg = sdg; }

    @Override public String name() { return "instruments"; }

    @Override
    public void run(ImportContext ctx) {
        Model m = ctx.newModel();
        Resource activity = ctx.activity(m, name(), "Local instruments and measures from the curated table.");
        ctx.eachRow(CuratedFiles.rows(ctx, name()), row -> convert(ctx, m, activity, row));
        ctx.publish(name(), m);
    }

    /**
     * One row of the instruments table (or a row of the same columns built from another table) into
     * RDF in {@code m}. Every column named in the curation guide must be present; empty is allowed.
     */
    public Resource convert(ImportContext ctx, Model m, Resource activity, CsvRow row) {
        String id = Cells.id(row, "id");
        Resource inst = ctx.ids().instrument(id).inModel(m);
        ctx.registry().define("instrument", id, inst, row);
        List<String> typeNames = row.list("types");
        if (typeNames.isEmpty()) throw row.error("types: at least one type is required");
        for (String t : typeNames) inst.addProperty(RDF.type, Cells.oneOf(t, TYPE_TERMS, row, "types"));
        inst.addProperty(RDFS.label, Cells.en(Cells.required(row, "label")));
        if (row.has("original_title")) inst.addProperty(CR.originalTitle, Cells.tagged(row.get("original_title")));
        List<String> localities = row.list("locality");
        if (localities.isEmpty()) throw row.error("locality: a locality is required");
        for (String l : localities) inst.addProperty(CR.locality, ctx.registry().require("city", l, row, "locality").inModel(m));
        dates(inst, row);
        for (String b : row.list("adopted_by")) inst.addProperty(CR.adoptedBy, ctx.registry().require("body", b, row, "adopted_by").inModel(m));
        if (row.has("identifier")) inst.addProperty(CR.officialIdentifier, row.get("identifier"));
        inst.addProperty(CR.adoptionStatus, ctx.registry().require("adoption-status", Cells.required(row, "status"), row, "status").inModel(m));
        for (String i : row.list("invokes")) {
            inst.addProperty(CR.invokes, ctx.registry().findAny(i, "treaty", "framework")
                    .orElseThrow(() -> row.error("invokes: '" + i + "' is neither a treaty nor a framework id")).inModel(m));
        }
        for (ConceptColumn c : CONCEPTS) {
            for (String v : row.list(c.column())) inst.addProperty(c.property(), ctx.registry().require(c.kind(), v, row, c.column()).inModel(m));
        }
        for (String t : row.list("sdg_targets")) inst.addProperty(CR.sdgTarget, sdg.target(t, row).inModel(m));
        for (String b : row.list("establishes")) inst.addProperty(CR.establishes, ctx.registry().require("body", b, row, "establishes").inModel(m));
        Cells.addSources(inst, row, "sources", true);
        Provenance.curated(ctx, inst, row, activity);
        return inst;
    }

    /** A date, or an explicit statement that it is unknown with what is known of it. */
    public static void dates(Resource r, CsvRow row) {
        Cells.addDate(r, CR.adoptionDate, row, "date");
        if (row.values().containsKey("in_force")) Cells.addDate(r, CR.entryIntoForce, row, "in_force");
        if (row.has("date_note")) r.addProperty(CR.dateNote, row.get("date_note"));
        if (!row.has("date")) {
            if (!row.has("date_note")) throw row.error("date: empty, so date_note must say what is known of the date");
            r.addLiteral(CR.dateUnknown, true);
        }
    }
}
