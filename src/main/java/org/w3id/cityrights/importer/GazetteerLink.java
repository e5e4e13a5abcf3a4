package org.w3id.cityrights.importer;

import java.math.BigDecimal;

import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cityrights.vocab.Vocab;

/** Identity and position of a locality from its gazetteer row, with the gazetteer named as their source. */
public final class GazetteerLink {
    private GazetteerLink() {}

    public static void link(Model m, Resource city, String qid, String geonameId, String latitude, String longitude, Resource gazetteerFile) {
        city.addProperty(OWL.sameAs, m.createResource(Vocab.WIKIDATA + qid));
        if (!geonameId.isEmpty() && !geonameId.startsWith("-") && !geonameId.equals("0")) {
            String gid = new BigDecimal(geonameId).toBigInteger().toString();
            city.addProperty(OWL.sameAs, m.createResource(Vocab.GEONAMES + gid + "/"));
        }
        BigDecimal lat = new BigDecimal(latitude), lon = new BigDecimal(longitude);
        city.addLiteral(Vocab.wgsLat, m.createTypedLiteral(lat.toPlainString(), XSDDatatype.XSDdecimal));
        city.addLiteral(Vocab.wgsLong, m.createTypedLiteral(lon.toPlainString(), XSDDatatype.XSDdecimal));
        Resource geometry = m.createResource(city.getURI() + "#geometry")
                .addProperty(RDF.type, Vocab.geoGeometry)
                .addLiteral(Vocab.geoAsWKT, m.createTypedLiteral("POINT(" + lon.toPlainString() + " " + lat.toPlainString() + ")",
                        new BaseDatatype(Vocab.geoWktLiteral)))
                .addProperty(Vocab.provWasDerivedFrom, gazetteerFile);
        city.addProperty(Vocab.geoHasGeometry, geometry);
        city.addProperty(Vocab.provWasDerivedFrom, gazetteerFile);
    }
}
