package org.w3id.cityrights.linkeddata.dataset;

import java.util.List;

import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.cityrights.linkeddata.QueryFile;
import org.w3id.cityrights.linkeddata.SiteIris;
import org.w3id.cityrights.linkeddata.Sparql;

/** What data/dataset.ttl states about the dataset as a whole, read from the store. */
public record DatasetMetadata(String iri, String title, String label, String description, String release, String license, String creator) {
    private static final QueryFile QUERY = QueryFile.of(DatasetMetadata.class, "dataset-metadata.rq");

    public static String datasetIri(SiteIris iris) { return iris.thing("dataset", "cityrights"); }

    public static DatasetMetadata read(Sparql sparql, SiteIris iris) {
        String iri = datasetIri(iris);
        List<Binding> rows = sparql.select(QUERY.bind().iri("dataset", iri).query());
        Binding r = rows.isEmpty() ? null : rows.get(0);
        return new DatasetMetadata(iri, get(r, "title", "cityrights"), get(r, "label", "cityrights"), get(r, "description", ""),
                get(r, "release", "0"), get(r, "license", "https://creativecommons.org/licenses/by/4.0/"), get(r, "creator", "cityrights contributors"));
    }

    private static String get(Binding row, String var, String fallback) {
        String v = row == null ? "" : Sparql.string(row, var);
        return v.isEmpty() ? fallback : v.strip();
    }
}
