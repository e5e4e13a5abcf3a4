package org.w3id.cityrights.importer;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cityrights.vocab.CR;

/** {@code data/curated/participations*.csv}: who initiated, co-created, monitors, supports or benefits from a measure. */
public final class ParticipationsImporter implements Importer {
    @Override public String name() { return "participations"; }

    @Override
    public void run(ImportContext ctx) {
        Model m = ctx.newModel();
        Resource activity = ctx.activity(m, name(), "Stakeholder roles in measures from the curated table.");
        ctx.eachRow(CuratedFiles.rows(ctx, name()), row -> {
            String inst = Cells.required(row, "instrument");
            String agent = Cells.required(row, "agent");
            String role = Cells.required(row, "role");
            Resource measure = ctx.registry().require("instrument", inst, row, "instrument").inModel(m);
            Resource who = ctx.registry().findAny(agent, "agent", "body")
                    .orElseThrow(() -> row.error("agent: '" + agent + "' is neither an agent nor a body id")).inModel(m);
            Resource r = ctx.registry().require("role", role, row, "role").inModel(m);
            // One node per (measure, agent, role): stable IRIs that other datasets can cite.
            Resource p = ctx.ids().thing("participation", inst + "-" + agent + "-" + role).inModel(m);
            if (m.contains(p, RDF.type)) throw row.error("duplicate participation of " + agent + " as " + role + " in " + inst);
            p.addProperty(RDF.type, CR.StakeholderParticipation)
             .addProperty(CR.participant, who)
             .addProperty(CR.role, r);
            measure.addProperty(CR.hasParticipation, p);
            Cells.addSources(p, row, "sources", true);
            Provenance.curated(ctx, p, row, activity);
        });
        ctx.publish(name(), m);
    }
}
