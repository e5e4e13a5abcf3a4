package org.w3id.cityrights.places;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cityrights.importer.Cells;
import org.w3id.cityrights.importer.GazetteerLink;
import org.w3id.cityrights.importer.ImportContext;
import org.w3id.cityrights.importer.LocalitiesImporter;
import org.w3id.cityrights.vocab.CR;
import org.w3id.cityrights.vocab.Vocab;

/**
 * Makes the same place, reached from several sources, one locality. In order: a curated locality
 * named by id or by the curators' spelling table; else the Wikidata QID of the one gazetteer place
 * of that name in that country (and first-level division, when the row gives one); else a locality
 * of that name in that country; else a new locality. A name that fits several localities is an
 * error of the row, and a gazetteer match that cannot be told apart becomes a notice, not a guess.
 */
public final class PlaceResolver {
    /**
     * Countries whose place names repeat across states so often (several Decaturs, Louisvilles,
     * Lafayettes) that a row without its state is not matched to the gazetteer at all.
     */
    static final Set<String> NEEDS_ADMIN_AREA = Set.of("US");

    /** The place a row reached, and remarks for the import report. */
    public record Resolution(Place place, List<String> notices) {}

    private final ImportContext ctx;
    private final Model m;
    private final Resource activity;
    private final GazetteerIndex gazetteer;
    private final PlaceCrosswalk crosswalk;
    private final KnownPlaces known;
    private final Resource gazetteerFile;

    public PlaceResolver(ImportContext ctx, Model m, Resource activity, GazetteerIndex gazetteer, PlaceCrosswalk crosswalk, KnownPlaces known) {
        this.ctx = ctx;
        this.m = m;
        this.activity = activity;
        this.gazetteer = gazetteer;
        this.crosswalk = crosswalk;
        this.known = known;
        this.gazetteerFile = ctx.fileEntity(m, gazetteer.file());
    }

    public Resolution resolve(PlaceRequest req) {
        List<String> notices = new ArrayList<>();
        if (!req.localityId().isEmpty()) {
            return new Resolution(known.byId(req.localityId())
                    .orElseThrow(() -> req.row().error("locality: unknown locality '" + req.localityId() + "'")), notices);
        }
        Optional<PlaceCrosswalk.Entry> cross = crosswalk.find(req.name(), req.iso2());
        if (cross.isPresent() && !cross.get().locality().isEmpty()) {
            String id = cross.get().locality();
            return new Resolution(known.byId(id).orElseThrow(() -> req.row().error(
                    "place: the spelling table sends '" + req.name() + "' to locality '" + id + "', which is not in the graph")), notices);
        }
        String gazetteerName = cross.map(PlaceCrosswalk.Entry::gazetteerName).filter(s -> !s.isEmpty()).orElse(req.name());
        GazetteerIndex.Entry hit = gazetteerHit(gazetteerName, req, notices);
        if (hit != null) {
            Optional<Place> same = known.byQid(hit.qid());
            if (same.isPresent()) return new Resolution(same.get(), notices);
        }
        Set<Place> byName = new LinkedHashSet<>(known.byName(req.name(), req.iso2()));
        byName.addAll(known.byName(gazetteerName, req.iso2()));
        List<Place> fits = byName.stream()
                .filter(p -> PlaceNames.sameArea(req.adminArea(), p.adminArea()))
                .filter(p -> hit == null || p.qid().isEmpty() || p.qid().equals(hit.qid()))
                .toList();
        if (fits.size() > 1) {
            throw req.row().error("place: '" + req.name() + "' (" + req.iso2() + ") fits several localities: "
                    + String.join(", ", fits.stream().map(Place::id).toList()) + "; give the admin_area or a locality id to tell them apart");
        }
        if (fits.size() == 1) {
            completeAdminArea(fits.get(0), req.adminArea());
            return new Resolution(fits.get(0), notices);
        }
        return new Resolution(create(req, hit, cross.map(PlaceCrosswalk.Entry::kind).orElse("")), notices);
    }

    /** The one gazetteer place this row can mean, or null, with a notice when the gazetteer cannot tell. */
    private GazetteerIndex.Entry gazetteerHit(String name, PlaceRequest req, List<String> notices) {
        List<GazetteerIndex.Entry> candidates = gazetteer.find(name, req.iso2(), req.adminArea());
        if (candidates.isEmpty()) return null;
        String listed = String.join("; ", candidates.stream().map(e -> e.label() + (e.admin1().isEmpty() ? "" : ", " + e.admin1()) + " (" + e.qid() + ")").toList());
        if (candidates.size() > 1) {
            notices.add("the gazetteer has " + candidates.size() + " places named '" + name + "' in " + req.iso2() + " (" + listed
                    + "); none is linked, the place is matched by name and country only");
            return null;
        }
        if (NEEDS_ADMIN_AREA.contains(req.iso2()) && req.adminArea().isEmpty()) {
            notices.add("no state given for '" + req.name() + "' (" + req.iso2() + "): the gazetteer's " + listed
                    + " is not linked, the place is matched by name and country only");
            return null;
        }
        return candidates.get(0);
    }

    private void completeAdminArea(Place p, String area) {
        if (p.curated() || area.isEmpty() || !p.adminArea().isEmpty()) return;
        p.node().inModel(m).addProperty(CR.adminArea, area);
        p.adminArea(area);
        ctx.onSkip(() -> p.adminArea(""));
    }

    private Place create(PlaceRequest req, GazetteerIndex.Entry hit, String crossKind) {
        String label = hit != null ? hit.label() : req.name();
        String id = newId(label, req);
        Resource node = ctx.ids().city(id).inModel(m);
        ctx.registry().define("city", id, node, req.row());
        Place p = new Place(id, label, node, req.iso2(), req.adminArea(), hit == null ? "" : hit.qid(), false);
        p.addName(req.name());
        p.addName(label);
        if (hit != null) p.addName(hit.name());
        known.add(p);
        ctx.onSkip(() -> known.remove(p));

        String kind = !req.kind().isEmpty() ? req.kind() : crossKind;
        Resource type = !kind.isEmpty() ? Cells.oneOf(kind, LocalitiesImporter.KINDS, req.row(), "kind")
                : hit != null ? CR.City : CR.Locality;
        node.addProperty(RDF.type, type)
            .addProperty(RDFS.label, Cells.en(label))
            .addProperty(SKOS.prefLabel, Cells.en(label));
        if (!req.name().equals(label)) node.addProperty(SKOS.altLabel, req.name());
        node.addProperty(CR.country, ctx.registry().require("country", req.iso2(), req.row(), "country").inModel(m));
        if (!req.adminArea().isEmpty()) node.addProperty(CR.adminArea, req.adminArea());
        if (!req.partOf().isEmpty()) node.addProperty(CR.partOf, ctx.registry().require("city", req.partOf(), req.row(), "part_of").inModel(m));
        if (hit != null) GazetteerLink.link(m, node, hit.qid(), hit.geonameId(), hit.latitude(), hit.longitude(), gazetteerFile);
        node.addProperty(Vocab.provWasGeneratedBy, activity)
            .addProperty(Vocab.provWasDerivedFrom, ctx.fileEntity(m, req.row().file()));
        ctx.locate(node, req.row());
        return p;
    }

    /**
     * A readable, stable id: the slug of the name, qualified by the first-level division (else the
     * country) when another locality of that name lies in the same country or the slug is taken.
     */
    private String newId(String label, PlaceRequest req) {
        String base = PlaceNames.slug(label);
        if (base.isEmpty()) throw req.row().error("place: cannot make an identifier from the name '" + label + "'; add it to localities.csv with an id");
        String iso = req.iso2().toLowerCase(Locale.ROOT);
        List<String> tries = new ArrayList<>();
        boolean homonym = !known.byName(label, req.iso2()).isEmpty() || !known.byName(req.name(), req.iso2()).isEmpty();
        String area = PlaceNames.slug(req.adminArea());
        if (!homonym) tries.add(base);
        if (!area.isEmpty()) tries.add(base + "-" + area);
        tries.add(base + "-" + iso);
        for (String t : tries) {
            if (!taken(t)) return t;
        }
        for (int n = 2; ; n++) {
            if (!taken(base + "-" + iso + "-" + n)) return base + "-" + iso + "-" + n;
        }
    }

    private boolean taken(String id) {
        return known.idTaken(id) || ctx.registry().find("city", id).isPresent();
    }
}
