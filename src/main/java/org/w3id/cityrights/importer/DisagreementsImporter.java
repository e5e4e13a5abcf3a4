package org.w3id.cityrights.importer;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cityrights.vocab.CR;

/** {@code data/curated/disagreements*.csv}: where another source reads a fact differently. */
public final class DisagreementsImporter implements Importer {
    static final Map<String, Property> PROPERTIES = Map.ofEntries(
            Map.entry("date", CR.adoptionDate), Map.entry("adopted", CR.adoptionDate),
            Map.entry("in_force", CR.entryIntoForce), Map.entry("entry_into_force", CR.entryIntoForce),
            Map.entry("opened_for_signature", CR.openedForSignature), Map.entry("founded", CR.foundingDate),
            Map.entry("identifier", CR.officialIdentifier), Map.entry("untc_id", CR.untcId),
            Map.entry("status", CR.adoptionStatus), Map.entry("label", RDFS.label));
    /** Readings about something the node states only in words (a count in its note, a resolution's notation). */
    private static final java.util.Set<String> UNSTRUCTURED = java.util.Set.of("count", "other");
    private static final Map<String, String> KINDS = Map.of(
            "instrument", "instrument", "body", "body", "city", "city", "framework", "framework",
            "treaty", "treaty", "agent", "agent");

    @Override public String name() { return "disagreements"; }

    @Override
    public void run(ImportContext ctx) {
        Model m = ctx.newModel();
        Resource activity = ctx.activity(m, name(), "Readings of facts on which sources disagree, from the curated table.");
        Map<String, Integer> counter = new HashMap<>();
        ctx.eachRow(CuratedFiles.rows(ctx, name()), row -> {
            String subject = Cells.required(row, "subject");
            int colon = subject.indexOf(':');
            if (colon < 0) throw row.error("subject: write kind:id, e.g. instrument:graz-hrc-declaration-2001");
            String kind = Cells.oneOf(subject.substring(0, colon), KINDS, row, "subject");
            String id = subject.substring(colon + 1);
            Resource node = ctx.registry().require(kind, id, row, "subject").inModel(m);
            String property = row.get("property");
            Property about = UNSTRUCTURED.contains(property) ? null : Cells.oneOf(property, PROPERTIES, row, "property");
            int n = counter.merge(kind + "-" + id, 1, Integer::sum);
            Resource d = ctx.ids().thing("disagreement", kind + "-" + id + "-" + n).inModel(m);
            d.addProperty(RDF.type, CR.SourceDisagreement)
             .addProperty(CR.alternativeValue, Cells.required(row, "value"));
            if (about != null) d.addProperty(CR.aboutProperty, about);
            else if (!row.has("note")) throw row.error("note: a disagreement about '" + property + "' must say in its note what it concerns");
            node.addProperty(CR.disagreement, d);
            Cells.addSources(d, row, "sources", true);
            Provenance.curated(ctx, d, row, activity);
        });
        ctx.publish(name(), m);
    }

}
