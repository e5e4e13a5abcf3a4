package org.w3id.cityrights.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;

/** The external vocabularies cityrights aligns with, and the prefixes it publishes. */
public final class Vocab {
    public static final String ELI = "http://data.europa.eu/eli/ontology#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String GEO = "http://www.opengis.net/ont/geosparql#";
    public static final String WGS84 = "http://www.w3.org/2003/01/geo/wgs84_pos#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String VANN = "http://purl.org/vocab/vann/";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";
    public static final String GEONAMES = "https://sws.geonames.org/";
    public static final String SDG = "http://metadata.un.org/sdg/";
    public static final String UNBIS = "http://metadata.un.org/thesaurus/";

    private Vocab() {}

    public static final Property provWasDerivedFrom = ResourceFactory.createProperty(PROV + "wasDerivedFrom");
    public static final Property provWasGeneratedBy = ResourceFactory.createProperty(PROV + "wasGeneratedBy");
    public static final Property provUsed = ResourceFactory.createProperty(PROV + "used");
    public static final Property provStartedAtTime = ResourceFactory.createProperty(PROV + "startedAtTime");
    public static final Resource provActivity = ResourceFactory.createResource(PROV + "Activity");
    public static final Resource provEntity = ResourceFactory.createResource(PROV + "Entity");

    public static final Property geoHasGeometry = ResourceFactory.createProperty(GEO + "hasGeometry");
    public static final Property geoAsWKT = ResourceFactory.createProperty(GEO + "asWKT");
    public static final Resource geoGeometry = ResourceFactory.createResource(GEO + "Geometry");
    public static final String geoWktLiteral = GEO + "wktLiteral";
    public static final Property wgsLat = ResourceFactory.createProperty(WGS84 + "lat");
    public static final Property wgsLong = ResourceFactory.createProperty(WGS84 + "long");

    /** Prefixes used in every serialisation and preloaded for queries. */
    public static PrefixMapping prefixes() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix(CR.PREFIX, CR.NAMESPACE);
        pm.setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        pm.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        pm.setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");
        pm.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        pm.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        pm.setNsPrefix("dcterms", "http://purl.org/dc/terms/");
        pm.setNsPrefix("prov", PROV);
        pm.setNsPrefix("eli", ELI);
        pm.setNsPrefix("org", ORG);
        pm.setNsPrefix("schema", SCHEMA);
        pm.setNsPrefix("geo", GEO);
        pm.setNsPrefix("wgs", WGS84);
        pm.setNsPrefix("wd", WIKIDATA);
        pm.setNsPrefix("sdg", SDG);
        pm.setNsPrefix("unbis", UNBIS);
        return pm;
    }
}
