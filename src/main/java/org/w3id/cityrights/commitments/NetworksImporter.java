package org.w3id.cityrights.commitments;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cityrights.importer.Cells;
import org.w3id.cityrights.importer.CsvRow;
import org.w3id.cityrights.importer.CuratedFiles;
import org.w3id.cityrights.importer.ImportContext;
import org.w3id.cityrights.importer.Importer;
import org.w3id.cityrights.importer.Provenance;
import org.w3id.cityrights.vocab.CR;

/**
 * {@code data/curated/networks*.csv}: city networks whose membership is a human-rights commitment,
 * with the instrument members sign, the treaties and rights it relates to, and the names the member
 * lists give the network; and {@code network-sizes*.csv}: which count claims state a network's size.
 */
public final class NetworksImporter implements Importer {
    private final Map<String, String> bySourceName = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();

    @Override public String name() { return "networks"; }

    /** The id of the network a member list names, e.g. "ECCAR" → {@code eccar}. */
    public Optional<String> idForSourceName(String name) { return Optional.ofNullable(bySourceName.get(name.strip())); }

    public String label(String id) { return labels.getOrDefault(id, id); }

    @Override
    public void run(ImportContext ctx) {
        Model m = ctx.newModel();
        Resource activity = ctx.activity(m, name(), "City networks and the size claims about them, from the curated tables.");
        List<CsvRow> defined = new ArrayList<>();
        // Two passes: a network may be part of one defined further down.
        ctx.eachRow(CuratedFiles.rows(ctx, name()), row -> {
            String id = Cells.id(row, "id");
            ctx.registry().define("network", id, ctx.ids().thing("network", id).inModel(m), row);
            defined.add(row);
        });
        ctx.eachRow(defined, row -> describe(ctx, m, activity, row));
        readSizes(ctx, m);
        ctx.publish(name(), m);
    }

    private void describe(ImportContext ctx, Model m, Resource activity, CsvRow row) {
        String id = row.get("id");
        Resource n = ctx.ids().thing("network", id).inModel(m);
        String label = Cells.required(row, "label");
        n.addProperty(RDF.type, CR.CityNetwork)
         .addProperty(RDFS.label, Cells.en(label))
         .addProperty(SKOS.prefLabel, Cells.en(label));
        if (row.has("founding_instrument")) n.addProperty(CR.foundingInstrument, instrument(ctx, row, row.get("founding_instrument"), "founding_instrument").inModel(m));
        if (row.has("part_of")) {
            if (row.get("part_of").equals(id)) throw row.error("part_of: a network cannot be part of itself");
            n.addProperty(CR.partOfNetwork, ctx.registry().require("network", row.get("part_of"), row, "part_of").inModel(m));
        }
        for (String i : row.list("related_instruments")) n.addProperty(CR.relatedInstrument, instrument(ctx, row, i, "related_instruments").inModel(m));
        for (String r : row.list("related_rights")) n.addProperty(CR.relatedRight, ctx.registry().require("right", r, row, "related_rights").inModel(m));
        Cells.addSources(n, row, "sources", true);
        Provenance.curated(ctx, n, row, activity);
        List<String> names = new ArrayList<>(row.list("source_names"));
        for (String s : names) {
            String other = bySourceName.get(s);
            if (other != null && !other.equals(id)) throw row.error("source_names: '" + s + "' already names network " + other);
        }
        for (String s : names) bySourceName.put(s, id);
        ctx.onSkip(() -> names.forEach(bySourceName::remove));
        labels.put(id, label);
    }

    private static Resource instrument(ImportContext ctx, CsvRow row, String id, String column) {
        return ctx.registry().findAny(id, "treaty", "framework")
                .orElseThrow(() -> row.error(column + ": '" + id + "' is neither a treaty nor a framework id"));
    }

    /** Links count claims to the network whose size they state, with the number as an integer. */
    private void readSizes(ImportContext ctx, Model m) {
        Set<String> seen = new HashSet<>();
        ctx.eachRow(CuratedFiles.rows(ctx, "network-sizes"), row -> {
            Resource network = ctx.registry().require("network", Cells.required(row, "network"), row, "network").inModel(m);
            String claimId = Cells.required(row, "claim");
            Resource claim = ctx.registry().require("claim", claimId, row, "claim").inModel(m);
            if (!seen.add(claimId)) throw row.error("claim: '" + claimId + "' already has a size");
            ctx.onSkip(() -> seen.remove(claimId));
            String count = Cells.required(row, "count");
            if (!count.matches("[1-9][0-9]*")) throw row.error("count: '" + count + "' is not a positive whole number");
            claim.addProperty(CR.aboutNetwork, network)
                 .addLiteral(CR.claimedCount, m.createTypedLiteral(new BigInteger(count).toString(), XSDDatatype.XSDinteger));
            if (row.has("scope")) claim.addProperty(CR.claimScope, row.get("scope"));
            if (row.has("note")) claim.addProperty(RDFS.comment, Cells.en(row.get("note")));
            ctx.locate(claim, row);
        });
    }
}
