package org.w3id.cityrights.importer;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cityrights.commitments.CommitmentSources;
import org.w3id.cityrights.commitments.CommitmentsImporter;
import org.w3id.cityrights.commitments.NetworksImporter;

/** Runs every importer in dependency order; later importers refer to ids defined by earlier ones. */
public final class Imports {
    private Imports() {}

    /**
     * @param concepts the graph holding the concept schemes (their ids become valid values)
     * @return the problems that stop the build (files that cannot be read), empty when all could be;
     *         skipped rows are in {@link ImportContext#report()}
     */
    public static List<DataFileException> run(ImportContext ctx, Graph concepts) {
        registerConcepts(ctx, concepts);
        SdgCatalog sdg = new SdgCatalog(ctx.layout().sourcesDir().resolve("un-sdg-kos/sdg.ttl"));
        InstrumentsImporter instruments = new InstrumentsImporter(sdg);
        NetworksImporter networks = new NetworksImporter();
        List<Importer> importers = List.of(
                new CountriesImporter(CommitmentSources.countryCodes(ctx.layout())),
                new TreatiesImporter(),
                new RatificationsImporter(),
                new LocalitiesImporter(),
                new FrameworksImporter(),
                new BodiesImporter(),
                new AgentsImporter(),
                instruments,
                new ParticipationsImporter(),
                new DisagreementsImporter(),
                new ClaimsImporter(),
                networks,
                new CommitmentsImporter(instruments, networks),
                new SdgImporter(sdg),
                new UnbisImporter(concepts));
        for (Importer i : importers) {
            try {
                i.run(ctx);
            } catch (DataFileException e) {
                ctx.problems().add(e);
            }
        }
        return ctx.problems();
    }

    /** Concepts published as {base}id/{kind}/{slug} become valid values of the curated columns of that kind. */
    private static void registerConcepts(ImportContext ctx, Graph concepts) {
        String idBase = ctx.ids().idBase();
        concepts.find(Node.ANY, RDF.type.asNode(), SKOS.Concept.asNode()).forEachRemaining(t -> {
            String iri = t.getSubject().getURI();
            if (iri == null || !iri.startsWith(idBase)) return;
            String[] parts = iri.substring(idBase.length()).split("/");
            if (parts.length == 2) ctx.registry().define(parts[0], parts[1], org.apache.jena.rdf.model.ResourceFactory.createResource(iri));
        });
    }
}
