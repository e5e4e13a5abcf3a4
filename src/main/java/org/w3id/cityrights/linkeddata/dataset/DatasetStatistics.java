package org.w3id.cityrights.linkeddata.dataset;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.cityrights.linkeddata.QueryFile;
import org.w3id.cityrights.linkeddata.SiteIris;
import org.w3id.cityrights.linkeddata.Sparql;

/** The counts the dataset descriptions publish, each computed by a query over the store the build just loaded. */
public record DatasetStatistics(long triples, long entities, long classes, long properties, long distinctSubjects,
                                long distinctObjects, List<Count> classPartitions, List<Count> propertyPartitions,
                                List<Link> linksets, List<String> examples) {

    /** How many of something there are, e.g. instances of a class or triples with a property. */
    public record Count(String iri, long n) {}

    /** Links into another dataset through one property. */
    public record Link(String target, String property, long n) {}

    static QueryFile q(String name) { return QueryFile.of(DatasetStatistics.class, name); }

    public static DatasetStatistics compute(Sparql sparql, SiteIris iris) {
        String idSpace = iris.idSpace();
        return new DatasetStatistics(
                sparql.count(q("count-triples.rq").query(), "n"),
                sparql.count(q("count-entities.rq").bind().literal("idSpace", idSpace).query(), "n"),
                sparql.count(q("count-classes.rq").query(), "n"),
                sparql.count(q("count-properties.rq").query(), "n"),
                sparql.count(q("count-subjects.rq").query(), "n"),
                sparql.count(q("count-objects.rq").query(), "n"),
                counts(sparql, q("class-partitions.rq"), "class"),
                counts(sparql, q("property-partitions.rq"), "property"),
                links(sparql, iris),
                examples(sparql, idSpace));
    }

    private static List<Count> counts(Sparql sparql, QueryFile file, String var) {
        List<Count> out = new ArrayList<>();
        for (Binding row : sparql.select(file.query())) out.add(new Count(Sparql.string(row, var), Sparql.number(row, "n")));
        return List.copyOf(out);
    }

    private static List<Link> links(Sparql sparql, SiteIris iris) {
        List<Link> out = new ArrayList<>();
        for (Binding row : sparql.select(q("linksets.rq").bind().literal("base", iris.base()).query())) {
            out.add(new Link(Sparql.string(row, "target"), Sparql.string(row, "property"), Sparql.number(row, "n")));
        }
        return List.copyOf(out);
    }

    private static List<String> examples(Sparql sparql, String idSpace) {
        List<String> out = new ArrayList<>();
        for (Binding row : sparql.select(q("example-resources.rq").bind().literal("idSpace", idSpace).query())) out.add(Sparql.string(row, "s"));
        return List.copyOf(out);
    }
}
