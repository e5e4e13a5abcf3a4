package org.w3id.cityrights.importer;

import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cityrights.vocab.CR;

/** {@code data/curated/agents*.csv}: stakeholders other than local government bodies. */
public final class AgentsImporter implements Importer {
    static final Map<String, Resource> KINDS = Map.of(
            "civil-society", CR.CivilSocietyOrganisation, "community-group", CR.CommunityGroup,
            "university", CR.University, "un-body", CR.UNBody, "city-network", CR.CityNetwork,
            "national-institution", CR.NationalInstitution, "international-organisation", CR.InternationalOrganisation);

    @Override public String name() { return "agents"; }

    @Override
    public void run(ImportContext ctx) {
        Model m = ctx.newModel();
        Resource activity = ctx.activity(m, name(), "Stakeholders from the curated table.");
        ctx.eachRow(CuratedFiles.rows(ctx, name()), row -> {
            String id = Cells.id(row, "id");
            Resource agent = ctx.ids().agent(id).inModel(m);
            ctx.registry().define("agent", id, agent, row);
            agent.addProperty(RDF.type, Cells.oneOf(row.get("kind"), KINDS, row, "kind"))
                 .addProperty(RDFS.label, Cells.en(Cells.required(row, "label")));
            if (row.has("country")) {
                agent.addProperty(CR.country, ctx.registry().require("country", row.get("country"), row, "country").inModel(m));
            }
            Cells.addSources(agent, row, "sources", true);
            Provenance.curated(ctx, agent, row, activity);
        });
        ctx.publish(name(), m);
    }
}
