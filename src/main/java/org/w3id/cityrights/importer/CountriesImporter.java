package org.w3id.cityrights.importer;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cityrights.vocab.CR;
import org.w3id.cityrights.vocab.Vocab;

/**
 * Countries: every UN member state of the ratification dataset, plus any other country a curated
 * row names. Names and regions come from the UN M49 table, Wikidata QIDs from Our World in Data.
 */
public final class CountriesImporter implements Importer {
    static final String M49_URL = "https://unstats.un.org/unsd/methodology/m49/overview/";
    static final String QID_URL = "https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts";

    private final Set<String> otherCodes;

    public CountriesImporter() { this(Set.of()); }

    /** @param otherCodes codes that other inputs (member lists, curator templates) name; unknown ones are left to those rows' checks */
    public CountriesImporter(Set<String> otherCodes) { this.otherCodes = Set.copyOf(otherCodes); }

    @Override public String name() { return "countries"; }

    @Override
    public void run(ImportContext ctx) {
        Model m = ctx.newModel();
        Path sources = ctx.layout().sourcesDir();
        Path m49File = sources.resolve("un-m49/m49.csv");
        Path qidFile = sources.resolve("country-wikidata/owid-extract.tsv");
        Resource activity = ctx.activity(m, name(),
                "Countries: UN member states of the ratification dataset and countries named by curated rows; names and regions from UN M49, Wikidata QIDs from Our World in Data.");
        Resource m49Entity = ctx.fileEntity(m, m49File), qidEntity = ctx.fileEntity(m, qidFile);

        Map<String, CsvRow> m49 = new HashMap<>();
        for (CsvRow r : ctx.readCsv(m49File)) m49.put(r.get("iso2"), r);
        Map<String, CsvRow> qids = new HashMap<>();
        for (CsvRow r : Csv.read(qidFile, ctx.display(qidFile), '\t')) {
            if (!r.get("iso_alpha2").isEmpty()) qids.put(r.get("iso_alpha2"), r);
        }
        WpdMembers members = WpdMembers.read(ctx);

        TreeSet<String> wanted = new TreeSet<>(members.names().keySet());
        for (String kind : new String[] {"localities", "agents"}) {
            for (CsvRow r : CuratedFiles.rows(ctx, kind)) {
                if (r.values().containsKey("country") && r.has("country")) wanted.add(r.get("country"));
            }
        }
        TreeSet<String> all = new TreeSet<>(wanted);
        all.addAll(otherCodes);
        for (String iso2 : all) {
            if (!iso2.matches("[A-Z]{2}")) continue; // reported by the row's own importer
            CsvRow region = m49.get(iso2), qid = qids.get(iso2);
            String label = region != null ? region.get("country_or_area") : qid != null ? qid.get("name") : null;
            // An unknown code in a curated row or member list: that row is skipped and reported by its importer.
            if (label == null && !members.names().containsKey(iso2)) continue;
            if (label == null) {
                ctx.problems().add(new DataFileException(ctx.display(m49File), 0, "no name for country code " + iso2 + " in M49 or the QID table"));
                continue;
            }
            Resource c = ctx.ids().country(iso2).inModel(m);
            ctx.registry().define("country", iso2, c);
            c.addProperty(RDF.type, CR.Country)
             .addProperty(RDFS.label, Cells.en(label))
             .addProperty(SKOS.prefLabel, Cells.en(label))
             .addProperty(CR.isoCode, iso2);
            String wpdName = members.names().get(iso2);
            if (wpdName != null && !wpdName.equals(label)) c.addProperty(SKOS.altLabel, Cells.en(wpdName));
            if (region != null) {
                c.addProperty(CR.m49Code, region.get("m49_code"));
                Resource continent = region(m, ctx, region.get("region"), region.get("region_code"), null);
                c.addProperty(CR.continent, continent);
                if (!region.get("sub_region").isEmpty()) {
                    Resource sub = region(m, ctx, region.get("sub_region"), region.get("sub_region_code"), continent);
                    c.addProperty(CR.subRegion, sub);
                    if (!region.get("intermediate_region").isEmpty()) {
                        c.addProperty(CR.subRegion, region(m, ctx, region.get("intermediate_region"), region.get("intermediate_region_code"), sub));
                    }
                }
                c.addProperty(DCTerms.source, m.createResource(M49_URL)).addProperty(Vocab.provWasDerivedFrom, m49Entity);
            }
            if (qid != null && qid.get("wikidata_uri").startsWith(Vocab.WIKIDATA)) {
                c.addProperty(OWL.sameAs, m.createResource(qid.get("wikidata_uri")));
                c.addProperty(DCTerms.source, m.createResource(QID_URL)).addProperty(Vocab.provWasDerivedFrom, qidEntity);
            }
            c.addProperty(Vocab.provWasGeneratedBy, activity);
        }
        ctx.publish(name(), m);
    }

    /** An M49 region as a concept, e.g. …/id/region/latin-america-and-the-caribbean. */
    private static Resource region(Model m, ImportContext ctx, String name, String code, Resource broader) {
        String slug = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        Resource scheme = ctx.ids().thing("scheme", "regions").inModel(m);
        if (!m.contains(scheme, RDF.type)) {
            scheme.addProperty(RDF.type, SKOS.ConceptScheme)
                  .addProperty(SKOS.prefLabel, Cells.en("UN M49 regions"))
                  .addProperty(DCTerms.source, m.createResource(M49_URL));
        }
        Resource r = ctx.ids().thing("region", slug).inModel(m);
        if (!m.contains(r, RDF.type)) {
            r.addProperty(RDF.type, SKOS.Concept)
             .addProperty(SKOS.prefLabel, Cells.en(name))
             .addProperty(SKOS.notation, code)
             .addProperty(SKOS.inScheme, scheme)
             .addProperty(DCTerms.source, m.createResource(M49_URL));
            if (broader == null) r.addProperty(SKOS.topConceptOf, scheme);
            else r.addProperty(SKOS.broader, broader);
        }
        return r;
    }
}
