package org.w3id.cityrights.commitments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cityrights.importer.Cells;
import org.w3id.cityrights.importer.ImportContext;
import org.w3id.cityrights.vocab.CR;
import org.w3id.cityrights.vocab.Vocab;

/**
 * Writes one membership node per locality and network from all the records that state it. Every
 * record keeps its trace: its row ({@code cr:sourceRow}), its wording, its pages and its note. Where
 * records disagree, the membership keeps the earliest date joined and the status that says most
 * (see {@link #PRECEDENCE}); each other date becomes a source disagreement with its own source.
 */
final class MembershipWriter {
    /** When records of one membership differ in status, the first of these that any record states wins. */
    static final List<String> PRECEDENCE = List.of("left", "annulled", "board", "member", "pledged", "implied",
            "candidate", "outcome-unknown", "not-adopted");

    private final ImportContext ctx;
    private final Model m;
    private final Resource activity;
    private final NetworksImporter networks;

    MembershipWriter(ImportContext ctx, Model m, Resource activity, NetworksImporter networks) {
        this.ctx = ctx;
        this.m = m;
        this.activity = activity;
        this.networks = networks;
    }

    void write(List<MembershipRecord> records) {
        Map<String, List<MembershipRecord>> byMembership = new LinkedHashMap<>();
        for (MembershipRecord r : records) {
            byMembership.computeIfAbsent(r.networkId() + "-" + r.place().id(), k -> new ArrayList<>()).add(r);
        }
        byMembership.forEach(this::writeOne);
    }

    private void writeOne(String slug, List<MembershipRecord> records) {
        MembershipRecord first = records.get(0);
        Resource ms = ctx.ids().thing("membership", slug).inModel(m);
        Resource place = first.place().node().inModel(m);
        ms.addProperty(RDF.type, CR.NetworkMembership)
          .addProperty(RDFS.label, Cells.en(first.place().label() + " in " + networks.label(first.networkId())))
          .addProperty(CR.member, place)
          .addProperty(CR.network, ctx.registry().find("network", first.networkId()).orElseThrow().inModel(m))
          .addProperty(CR.membershipStatus, ctx.registry().find("membership-status", status(records)).orElseThrow().inModel(m));
        Set<String> notes = new LinkedHashSet<>();
        for (MembershipRecord r : records) {
            ms.addProperty(CR.sourceRow, r.row().where());
            if (!r.wording().isEmpty()) ms.addProperty(CR.statusAsStated, r.wording());
            if (!r.note().isEmpty()) ms.addProperty(RDFS.comment, Cells.en(r.note()));
            if (!r.dateNote().isEmpty()) notes.add(r.dateNote());
            Sources.add(ms, r.sources());
            Sources.add(place, r.sources());
            ms.addProperty(Vocab.provWasDerivedFrom, ctx.fileEntity(m, r.row().file()));
            ctx.locate(ms, r.row());
        }
        dates(ms, slug, records, notes);
        ms.addProperty(Vocab.provWasGeneratedBy, activity);
    }

    private static String status(List<MembershipRecord> records) {
        return records.stream().map(MembershipRecord::status).min(Comparator.comparingInt(PRECEDENCE::indexOf)).orElseThrow();
    }

    /** The earliest plain date is the date joined; other plain dates are disagreements; the rest is said in a note. */
    private void dates(Resource ms, String slug, List<MembershipRecord> records, Set<String> notes) {
        List<MembershipRecord> dated = records.stream().filter(r -> r.date().isPlain())
                .sorted(Comparator.comparing(r -> r.date().date().getLexicalForm())).toList();
        if (!dated.isEmpty()) {
            MembershipRecord kept = dated.get(0);
            ms.addLiteral(CR.dateJoined, kept.date().date());
            int n = 0;
            for (MembershipRecord other : dated.subList(1, dated.size())) {
                if (other.date().date().getLexicalForm().equals(kept.date().date().getLexicalForm())) continue;
                Resource d = ctx.ids().thing("disagreement", "membership-" + slug + "-" + (++n)).inModel(m);
                d.addProperty(RDF.type, CR.SourceDisagreement)
                 .addProperty(CR.aboutProperty, CR.dateJoined)
                 .addProperty(CR.alternativeValue, other.date().date().getLexicalForm())
                 .addProperty(RDFS.comment, Cells.en("row " + other.row().where() + " gives this date"
                         + (other.wording().isEmpty() ? "" : " (\"" + other.wording() + "\")")
                         + "; the membership keeps the earliest date, " + kept.date().date().getLexicalForm() + ", from row " + kept.row().where()))
                 .addProperty(Vocab.provWasGeneratedBy, activity)
                 .addProperty(Vocab.provWasDerivedFrom, ctx.fileEntity(m, other.row().file()));
                Sources.add(d, other.sources());
                ms.addProperty(CR.disagreement, d);
            }
            notes.remove("no date in the member list");
        }
        if (!notes.isEmpty()) ms.addProperty(CR.dateNote, String.join("; ", notes));
    }
}
