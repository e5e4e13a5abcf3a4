package org.w3id.cityrights.linkeddata.dataset;

import static org.w3id.cityrights.linkeddata.dataset.Terms.dcat;
import static org.w3id.cityrights.linkeddata.dataset.Terms.p;
import static org.w3id.cityrights.linkeddata.dataset.Terms.r;

import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
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

/** The DCAT 3 catalogue served at {@code /catalog}: the dataset, its dump distributions with size and checksum, and the SPARQL service. */
public final class CatalogDescription {
    public static final String PATH = "catalog";

    private CatalogDescription() {}

    public static Model of(SiteIris iris, DatasetMetadata meta, DumpManifest dumps, BuildInfo info) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Vocab.prefixes());
        m.setNsPrefix("dcat", Terms.DCAT);
        m.setNsPrefix("spdx", Terms.SPDX);
        m.setNsPrefix("foaf", Terms.FOAF);
        String catalogIri = iris.published(PATH);
        Literal built = m.createTypedLiteral(info.builtAt().toString(), XSDDatatype.XSDdateTime);
        Resource license = r(meta.license());
        Resource creator = m.createResource(catalogIri + "#creator").addProperty(RDF.type, r(Terms.FOAF + "Agent"))
                .addProperty(p(Terms.FOAF + "name"), meta.creator());
        Resource service = ServiceDescription.serviceIn(m, iris);
        service.addProperty(RDF.type, r(Terms.DCAT + "DataService"))
                .addProperty(DCTerms.title, "SPARQL 1.1 endpoint of " + meta.title(), "en")
                .addProperty(dcat("endpointURL"), r(iris.published("sparql")))
                .addProperty(dcat("endpointDescription"), r(iris.published("sparql")))
                .addProperty(DCTerms.conformsTo, r("https://www.w3.org/TR/sparql11-protocol/"))
                .addProperty(DCTerms.license, license);
        Resource ds = m.createResource(meta.iri()).addProperty(RDF.type, r(Terms.DCAT + "Dataset"))
                .addProperty(DCTerms.title, meta.title(), "en")
                .addProperty(DCTerms.description, meta.description(), "en")
                .addProperty(DCTerms.identifier, meta.iri())
                .addProperty(dcat("version"), info.datasetVersion())
                .addLiteral(DCTerms.modified, built)
                .addProperty(DCTerms.license, license)
                .addProperty(DCTerms.creator, creator)
                .addProperty(DCTerms.publisher, creator)
                .addProperty(DCTerms.conformsTo, r(CR.ONTOLOGY))
                .addProperty(dcat("landingPage"), r(iris.base()));
        for (String k : List.of("human rights", "human rights cities", "local government", "UN treaties", "ratification", "linked data")) {
            ds.addProperty(dcat("keyword"), k, "en");
        }
        service.addProperty(dcat("servesDataset"), ds);
        for (DumpFile f : dumps.files()) {
            Resource dist = m.createResource(catalogIri + "#dump-" + f.name().replaceAll("[^a-z0-9]+", "-"))
                    .addProperty(RDF.type, r(Terms.DCAT + "Distribution"))
                    .addProperty(DCTerms.title, "Whole dataset, " + f.displayName(), "en")
                    .addProperty(dcat("downloadURL"), r(iris.published("dumps/" + f.name())))
                    .addProperty(dcat("accessURL"), r(iris.published("dumps/")))
                    .addProperty(dcat("mediaType"), r(Terms.IANA + f.mediaType()))
                    .addLiteral(dcat("byteSize"), m.createTypedLiteral(Long.toString(f.bytes()), XSDDatatype.XSDnonNegativeInteger))
                    .addProperty(DCTerms.license, license)
                    .addLiteral(DCTerms.issued, built)
                    .addProperty(p(Terms.SPDX + "checksum"), m.createResource()
                            .addProperty(RDF.type, r(Terms.SPDX + "Checksum"))
                            .addProperty(p(Terms.SPDX + "algorithm"), r(Terms.SPDX + "checksumAlgorithm_sha256"))
                            .addLiteral(p(Terms.SPDX + "checksumValue"), m.createTypedLiteral(f.sha256(), XSDDatatype.XSDhexBinary)));
            if (f.gzipped()) dist.addProperty(dcat("compressFormat"), r(Terms.IANA + "application/gzip"));
            ds.addProperty(dcat("distribution"), dist);
        }
        Resource sparqlDist = m.createResource(catalogIri + "#sparql").addProperty(RDF.type, r(Terms.DCAT + "Distribution"))
                .addProperty(DCTerms.title, "SPARQL 1.1 endpoint", "en")
                .addProperty(dcat("accessURL"), r(iris.published("sparql")))
                .addProperty(dcat("accessService"), service)
                .addProperty(DCTerms.license, license);
        ds.addProperty(dcat("distribution"), sparqlDist);
        m.createResource(catalogIri).addProperty(RDF.type, r(Terms.DCAT + "Catalog"))
                .addProperty(DCTerms.title, "Catalogue of " + meta.title(), "en")
                .addProperty(DCTerms.description, "The cityrights dataset, its downloads and its SPARQL service.", "en")
                .addProperty(DCTerms.license, license)
                .addProperty(DCTerms.publisher, creator)
                .addLiteral(DCTerms.modified, built)
                .addProperty(p(Terms.FOAF + "homepage"), r(iris.base()))
                .addProperty(dcat("dataset"), ds)
                .addProperty(dcat("service"), service);
        return m;
    }
}
