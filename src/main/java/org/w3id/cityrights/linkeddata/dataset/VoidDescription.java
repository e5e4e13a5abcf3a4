package org.w3id.cityrights.linkeddata.dataset;

import static org.w3id.cityrights.linkeddata.dataset.Terms.r;
import static org.w3id.cityrights.linkeddata.dataset.Terms.v;

import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cityrights.linkeddata.SiteIris;
import org.w3id.cityrights.linkeddata.dumps.DumpFile;
import org.w3id.cityrights.linkeddata.dumps.DumpManifest;
import org.w3id.cityrights.store.BuildInfo;
import org.w3id.cityrights.vocab.CR;
import org.w3id.cityrights.vocab.Vocab;

/** The VoID description served at {@code /.well-known/void}: sizes, identifier space, access points and linksets. */
public final class VoidDescription {
    public static final String PATH = ".well-known/void";

    /** The datasets we link to, by the name the linkset query gives them. */
    record Target(String title, String homepage, String uriSpace) {}

    static final Map<String, Target> TARGETS = Map.of(
            "wikidata", new Target("Wikidata", "https://www.wikidata.org/", Vocab.WIKIDATA),
            "geonames", new Target("GeoNames", "https://www.geonames.org/", Vocab.GEONAMES),
            "sdg", new Target("UN Sustainable Development Goals (SDG) knowledge organisation system", "http://metadata.un.org/sdg/", Vocab.SDG),
            "unbis", new Target("UNBIS Thesaurus", "http://metadata.un.org/thesaurus/", Vocab.UNBIS));

    private VoidDescription() {}

    public static Model of(SiteIris iris, DatasetMetadata meta, DatasetStatistics stats, DumpManifest dumps, BuildInfo info) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Vocab.prefixes());
        m.setNsPrefix("void", Terms.VOID);
        m.setNsPrefix("foaf", Terms.FOAF);
        String doc = iris.published(PATH);
        Resource ds = m.createResource(meta.iri());
        m.createResource(doc).addProperty(RDF.type, r(Terms.VOID + "DatasetDescription"))
                .addProperty(DCTerms.title, "VoID description of " + meta.title(), "en")
                .addProperty(Terms.p(Terms.FOAF + "primaryTopic"), ds);
        ds.addProperty(RDF.type, r(Terms.VOID + "Dataset"))
                .addProperty(DCTerms.title, meta.title(), "en")
                .addProperty(DCTerms.description, meta.description(), "en")
                .addProperty(DCTerms.license, r(meta.license()))
                .addProperty(DCTerms.hasVersion, info.datasetVersion())
                .addLiteral(DCTerms.modified, m.createTypedLiteral(info.builtAt().toString(), XSDDatatype.XSDdateTime))
                .addProperty(Terms.p(Terms.FOAF + "homepage"), r(iris.base()))
                .addProperty(v("uriSpace"), iris.idSpace())
                .addProperty(v("sparqlEndpoint"), r(iris.published("sparql")))
                .addProperty(v("rootResource"), r(meta.iri()));
        for (DumpFile f : dumps.files()) ds.addProperty(v("dataDump"), r(iris.published("dumps/" + f.name())));
        for (String f : List.of("Turtle", "N-Triples", "JSON-LD", "RDF_XML")) ds.addProperty(v("feature"), r(Terms.FORMATS + f));
        for (String voc : List.of(CR.NAMESPACE, "http://www.w3.org/2004/02/skos/core#", "http://purl.org/dc/terms/", Vocab.PROV,
                Vocab.ELI, Vocab.ORG, Vocab.GEO, Vocab.WGS84, Vocab.SCHEMA)) {
            ds.addProperty(v("vocabulary"), r(voc));
        }
        count(ds, "triples", stats.triples());
        count(ds, "entities", stats.entities());
        count(ds, "classes", stats.classes());
        count(ds, "properties", stats.properties());
        count(ds, "distinctSubjects", stats.distinctSubjects());
        count(ds, "distinctObjects", stats.distinctObjects());
        for (String e : stats.examples()) ds.addProperty(v("exampleResource"), r(e));
        for (DatasetStatistics.Count c : stats.classPartitions()) {
            Resource part = m.createResource().addProperty(v("class"), r(c.iri()));
            count(part, "entities", c.n());
            ds.addProperty(v("classPartition"), part);
        }
        for (DatasetStatistics.Count c : stats.propertyPartitions()) {
            Resource part = m.createResource().addProperty(v("property"), r(c.iri()));
            count(part, "triples", c.n());
            ds.addProperty(v("propertyPartition"), part);
        }
        for (String key : stats.linksets().stream().map(DatasetStatistics.Link::target).distinct().sorted().toList()) {
            Target t = TARGETS.get(key);
            m.createResource(doc + "#" + key).addProperty(RDF.type, r(Terms.VOID + "Dataset"))
                    .addProperty(DCTerms.title, t.title(), "en")
                    .addProperty(Terms.p(Terms.FOAF + "homepage"), r(t.homepage()))
                    .addProperty(v("uriSpace"), t.uriSpace());
        }
        for (DatasetStatistics.Link l : stats.linksets()) {
            Resource ls = m.createResource(doc + "#links-" + l.target() + "-" + localName(l.property()))
                    .addProperty(RDF.type, r(Terms.VOID + "Linkset"))
                    .addProperty(v("subjectsTarget"), ds)
                    .addProperty(v("objectsTarget"), m.createResource(doc + "#" + l.target()))
                    .addProperty(v("linkPredicate"), r(l.property()));
            count(ls, "triples", l.n());
            ds.addProperty(v("subset"), ls);
        }
        return m;
    }

    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(cut + 1).replaceAll("[^A-Za-z0-9]+", "-");
    }

    private static void count(Resource r, String property, long n) {
        r.addLiteral(v(property), r.getModel().createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger));
    }
}
