package org.w3id.cityrights.linkeddata.landing;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.cityrights.linkeddata.dataset.DatasetMetadata;
import org.w3id.cityrights.store.BuildInfo;

/** How to cite the version being served, as BibTeX and CSL-JSON, from the dataset's own description and the build. */
final class Citation {
    private Citation() {}

    static String bibtex(DatasetMetadata meta, BuildInfo info, String url) {
        ZonedDateTime built = info.builtAt().atZone(ZoneOffset.UTC);
        String key = "cityrights_" + info.datasetVersion().replaceAll("[^A-Za-z0-9]+", "_");
        return "@misc{" + key + ",\n"
                + "  title        = {" + bib(meta.label()) + "},\n"
                + "  author       = {{" + bib(meta.creator()) + "}},\n"
                + "  year         = {" + built.getYear() + "},\n"
                + "  month        = {" + built.getMonthValue() + "},\n"
                + "  version      = {" + bib(info.datasetVersion()) + "},\n"
                + "  howpublished = {Linked data, SPARQL endpoint and dumps},\n"
                + "  url          = {" + bib(url) + "},\n"
                + "  note         = {Dataset version " + bib(info.datasetVersion()) + ", licensed CC BY 4.0}\n"
                + "}";
    }

    static String cslJson(DatasetMetadata meta, BuildInfo info, String url) {
        ZonedDateTime built = info.builtAt().atZone(ZoneOffset.UTC);
        JsonObject item = new JsonObject();
        item.put("id", "cityrights-" + info.datasetVersion());
        item.put("type", "dataset");
        item.put("title", meta.label());
        JsonArray authors = new JsonArray();
        JsonObject author = new JsonObject();
        author.put("literal", meta.creator());
        authors.add(author);
        item.put("author", authors);
        JsonObject issued = new JsonObject();
        JsonArray parts = new JsonArray();
        JsonArray date = new JsonArray();
        date.add(built.getYear());
        date.add(built.getMonthValue());
        date.add(built.getDayOfMonth());
        parts.add(date);
        issued.put("date-parts", parts);
        item.put("issued", issued);
        item.put("version", info.datasetVersion());
        item.put("URL", url);
        item.put("medium", "Linked data, SPARQL endpoint and dumps");
        item.put("license", meta.license());
        JsonArray all = new JsonArray();
        all.add(item);
        return all.toString();
    }

    /** BibTeX treats braces, backslashes and a few characters specially; data text keeps none of them. */
    private static String bib(String s) { return s.replaceAll("[{}\\\\%#&]", ""); }
}
