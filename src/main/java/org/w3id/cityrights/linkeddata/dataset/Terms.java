package org.w3id.cityrights.linkeddata.dataset;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of VoID, DCAT 3, SPARQL Service Description, SPDX and the W3C format registry used by the dataset descriptions. */
final class Terms {
    private Terms() {}

    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String SPDX = "http://spdx.org/rdf/terms#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String IANA = "https://www.iana.org/assignments/media-types/";

    static Resource r(String iri) { return ResourceFactory.createResource(iri); }
    static Property p(String iri) { return ResourceFactory.createProperty(iri); }

    static Property v(String local) { return p(VOID + local); }
    static Property dcat(String local) { return p(DCAT + local); }
    static Property sd(String local) { return p(SD + local); }
}
