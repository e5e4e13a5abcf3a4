package org.w3id.cityrights.importer;

import java.nio.file.Path;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cityrights.vocab.CR;
import org.w3id.cityrights.vocab.Vocab;

/**
 * One ratification record per (UN member state, treaty) from the World Politics Datalab files, with
 * their known defects handled (see {@code corrections.csv}); ICESCR status and full dates come from
 * the official OHCHR export, and where the two disagree the other reading is kept as a disagreement.
 */
public final class RatificationsImporter implements Importer {
    static final String WPD_REPO = "https://github.com/world-politics-datalab/humanrights-treaties-ratification-status/blob/fdb779e6a4a121c3024b4a72e72833a448a2b62d/";
    static final String OHCHR_URL = "https://indicators.ohchr.org/";
    /** The dataset's currency: its last commit is of 2022-08 and it reads "as of ~May 2022". */
    static final int WPD_LAST_YEAR = 2022;
    static final Map<String, String> STATUS = Map.of(
            "state party", "party", "signatory state", "signatory", "no action", "no-action", "denounced", "denounced");

    @Override public String name() { return "ratifications"; }

    @Override
    public void run(ImportContext ctx) {
        Model m = ctx.newModel();
        Resource activity = ctx.activity(m, name(),
                "Ratification status of the UN core treaties and optional protocols for every UN member state, from the World Politics Datalab files with documented corrections, and ICESCR dates from the OHCHR dashboard export.");
        WpdMembers wpd = WpdMembers.read(ctx);
        Map<String, String[]> treaties = treatyFacts(ctx);
        Map<String, String> countryNames = new HashMap<>();
        for (CsvRow r : ctx.readCsv(ctx.layout().sourcesDir().resolve("un-m49/m49.csv"))) countryNames.put(r.get("iso2"), r.get("country_or_area"));
        Map<String, OhchrStatusExport.Entry> icescr = ohchrByIso(ctx, countryNames);

        for (Map.Entry<String, String> t : TreatiesImporter.ratificationFiles(ctx).entrySet()) {
            String treatyId = t.getKey(), file = t.getValue();
            Resource treaty = ctx.registry().find("treaty", treatyId).orElseThrow().inModel(m);
            String abbr = treaties.get(treatyId)[0];
            int adoptedYear = Integer.parseInt(treaties.get(treatyId)[1].substring(0, 4));
            Resource fileEntity = ctx.fileEntity(m, WpdMembers.dir(ctx).resolve(file));
            for (WpdMembers.Row row : wpd.rows(ctx, file)) {
                try {
                    Resource country = ctx.registry().require("country", row.iso2(), row.raw(), "iso2").inModel(m);
                    Resource r = ctx.ids().ratification(row.iso2(), treatyId).inModel(m);
                    ctx.locate(r, row.raw());
                    r.addProperty(RDF.type, CR.Ratification)
                     .addProperty(RDFS.label, Cells.en(countryNames.getOrDefault(row.iso2(), row.member()) + " – " + abbr))
                     .addProperty(CR.state, country)
                     .addProperty(CR.treaty, treaty)
                     .addProperty(Vocab.provWasGeneratedBy, activity);
                    String status = Cells.oneOf(row.status(), STATUS, row.raw(), "status");
                    String year = row.year();
                    for (WpdMembers.Correction c : row.applied()) r.addProperty(SKOS.editorialNote, "Corrected from the source row (" + c.correction() + "): " + c.reason());
                    wpd.flagsConflict(row).ifPresent(n -> r.addProperty(SKOS.editorialNote, n));
                    if (!year.isEmpty() && (!year.matches("\\d{4}") || Integer.parseInt(year) < adoptedYear || Integer.parseInt(year) > WPD_LAST_YEAR)) {
                        r.addProperty(SKOS.editorialNote, "The source's year " + year + " is impossible for this treaty (adopted " + adoptedYear + ") and is not published.");
                        year = "";
                    }
                    if (!row.note().isEmpty()) r.addProperty(RDFS.comment, Cells.en("Source note: " + row.note()));
                    if (treatyId.equals("icescr") && icescr.containsKey(row.iso2())) {
                        official(m, ctx, r, icescr.get(row.iso2()), status, year);
                    } else {
                        r.addProperty(CR.ratificationStatus, ctx.registry().require("ratification-status", status, row.raw(), "status").inModel(m));
                        if (!year.isEmpty() && (status.equals("party") || status.equals("denounced"))) {
                            r.addLiteral(CR.ratificationDate, m.createTypedLiteral(year, XSDDatatype.XSDgYear));
                        }
                        r.addProperty(DCTerms.source, m.createResource(WPD_REPO + file));
                        r.addProperty(Vocab.provWasDerivedFrom, fileEntity);
                    }
                } catch (DataFileException e) {
                    ctx.problems().add(e);
                }
            }
        }
        ctx.publish(name(), m);
    }

    /** ICESCR from the official export; the dataset's reading is kept only where it differs. */
    private void official(Model m, ImportContext ctx, Resource r, OhchrStatusExport.Entry e, String wpdStatus, String wpdYear) {
        String status = e.ratification() != null ? "party" : e.signature() != null ? "signatory" : "no-action";
        r.addProperty(CR.ratificationStatus, ctx.ids().concept("ratification-status", status).inModel(m));
        if (e.signature() != null) r.addLiteral(CR.signatureDate, m.createTypedLiteral(e.signature().toString(), XSDDatatype.XSDdate));
        if (e.ratification() != null) r.addLiteral(CR.ratificationDate, m.createTypedLiteral(e.ratification().toString(), XSDDatatype.XSDdate));
        r.addProperty(DCTerms.source, m.createResource(OHCHR_URL));
        Path xls = ctx.layout().sourcesDir().resolve(ICESCR_XLS);
        r.addProperty(Vocab.provWasDerivedFrom, ctx.fileEntity(m, xls));
        String ohchrYear = e.ratification() == null ? "" : Integer.toString(Year.from(e.ratification()).getValue());
        boolean differs = !status.equals(wpdStatus) || (status.equals("party") && !wpdYear.isEmpty() && !wpdYear.equals(ohchrYear));
        if (differs) {
            String iso = r.getURI().substring(r.getURI().lastIndexOf('/') + 1);
            Resource d = ctx.ids().thing("disagreement", "ratification-" + iso).inModel(m);
            d.addProperty(RDF.type, CR.SourceDisagreement)
             .addProperty(CR.aboutProperty, CR.ratificationStatus)
             .addProperty(CR.alternativeValue, wpdStatus + (wpdYear.isEmpty() ? "" : " (" + wpdYear + ")"))
             .addProperty(DCTerms.source, m.createResource(WPD_REPO + "hr_status_icescr.csv"))
             .addProperty(RDFS.comment, Cells.en("The World Politics Datalab file (as of about May 2022) reads this; the OHCHR export (updated 10 Oct 2025) is recorded on the node."));
            r.addProperty(CR.disagreement, d);
        }
    }

    static final String ICESCR_XLS = "ohchr-icescr-status/UnderlyingData_ICESCR_OHCHR_02_07_2026.xls";

    private static Map<String, OhchrStatusExport.Entry> ohchrByIso(ImportContext ctx, Map<String, String> m49Names) {
        Path dir = ctx.layout().sourcesDir().resolve("ohchr-icescr-status");
        Map<String, String> byName = new HashMap<>();
        m49Names.forEach((iso, name) -> byName.put(name, iso));
        Map<String, String> crosswalk = new HashMap<>();
        for (CsvRow r : ctx.readCsv(dir.resolve("name-crosswalk.csv"))) crosswalk.put(r.get("ohchr_name"), r.get("iso2"));
        Map<String, OhchrStatusExport.Entry> out = new HashMap<>();
        Path xls = ctx.layout().sourcesDir().resolve(ICESCR_XLS);
        for (OhchrStatusExport.Entry e : OhchrStatusExport.read(xls, ctx.display(xls))) {
            String iso = crosswalk.containsKey(e.country()) ? crosswalk.get(e.country()) : byName.get(e.country());
            if (iso == null) {
                ctx.problems().add(new DataFileException(ctx.display(xls), e.line(), "state '" + e.country() + "' matches no M49 name; add it to name-crosswalk.csv"));
                continue;
            }
            if (!iso.isEmpty()) out.put(iso, e);
        }
        return out;
    }

    /** Abbreviation and adoption date of each treaty, for labels and year checks. */
    private static Map<String, String[]> treatyFacts(ImportContext ctx) {
        Map<String, String[]> out = new HashMap<>();
        for (CsvRow r : CuratedFiles.rows(ctx, "treaties")) out.put(r.get("id"), new String[] {r.get("abbreviation"), r.get("adopted")});
        return out;
    }

}
