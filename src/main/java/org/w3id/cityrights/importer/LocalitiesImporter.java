package org.w3id.cityrights.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cityrights.vocab.CR;
import org.w3id.cityrights.vocab.Vocab;

/** {@code data/curated/localities*.csv}: cities and other local jurisdictions, linked through the gazetteer. */
public final class LocalitiesImporter implements Importer {
    public static final Map<String, Resource> KINDS = Map.of(
            "city", CR.City, "county", CR.County, "urban-district", CR.UrbanDistrict,
            "province", CR.Province, "community", CR.Community);

    @Override public String name() { return "localities"; }

    @Override
    public void run(ImportContext ctx) {
        Model m = ctx.newModel();
        Gazetteer gazetteer = new Gazetteer(ctx, ctx.layout().sourcesDir()
                .resolve("natural-earth-populated-places/ne_10m_populated_places_min.csv"));
        Resource activity = ctx.activity(m, name(),
                "Localities from the curated table, with Wikidata QID, GeoNames id and coordinates from the Natural Earth gazetteer.");
        Resource gazetteerFile = ctx.fileEntity(m, gazetteer.file());
        List<CsvRow> rows = CuratedFiles.rows(ctx, "localities");
        List<CsvRow> defined = new ArrayList<>();
        ctx.eachRow(rows, row -> {
            String id = Cells.id(row, "id");
            Resource city = ctx.ids().city(id).inModel(m);
            ctx.registry().define("city", id, city, row);
            defined.add(row);
        });
        ctx.eachRow(defined, row -> {
            Resource city = ctx.ids().city(row.get("id")).inModel(m);
            ctx.locate(city, row);
            String name = Cells.required(row, "name");
            city.addProperty(RDF.type, Cells.oneOf(row.get("kind"), KINDS, row, "kind"))
                .addProperty(RDFS.label, Cells.en(name))
                .addProperty(SKOS.prefLabel, Cells.en(name));
            for (String alt : row.list("alt_names")) city.addProperty(SKOS.altLabel, Cells.tagged(alt));
            String iso2 = Cells.required(row, "country");
            city.addProperty(CR.country, ctx.registry().require("country", iso2, row, "country").inModel(m));
            if (row.has("admin_area")) city.addProperty(CR.adminArea, row.get("admin_area"));
            if (row.has("part_of")) {
                String parent = row.get("part_of");
                if (parent.equals(row.get("id"))) throw row.error("part_of: a locality cannot be part of itself");
                city.addProperty(CR.partOf, ctx.registry().require("city", parent, row, "part_of").inModel(m));
            }
            if (row.has("gazetteer_qid")) {
                Gazetteer.Place p = gazetteer.find(row.get("gazetteer_qid"), iso2, name, row);
                GazetteerLink.link(m, city, p.qid(), p.geonameId(), p.latitude(), p.longitude(), gazetteerFile);
            }
            Cells.addSources(city, row, "sources", true);
            if (row.has("note")) city.addProperty(RDFS.comment, Cells.en(row.get("note")));
            city.addProperty(Vocab.provWasGeneratedBy, activity);
            city.addProperty(Vocab.provWasDerivedFrom, ctx.fileEntity(m, row.file()));
        });
        ctx.publish(name(), m);
    }
}
