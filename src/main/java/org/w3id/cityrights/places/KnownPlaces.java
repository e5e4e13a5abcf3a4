package org.w3id.cityrights.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cityrights.vocab.CR;
import org.w3id.cityrights.vocab.Vocab;

/** Every locality the graph holds so far, findable by Wikidata QID and by name in a country. */
public final class KnownPlaces {
    private final List<Place> places = new ArrayList<>();

    /** The localities of the curated table, as the localities importer published them. */
    public static KnownPlaces fromCurated(Graph localities, String idBase) {
        KnownPlaces known = new KnownPlaces();
        Model m = ModelFactory.createModelForGraph(localities);
        m.listSubjectsWithProperty(CR.country).forEachRemaining(city -> {
            String iri = city.getURI();
            if (iri == null || !iri.startsWith(idBase + "city/")) return;
            String country = city.getPropertyResourceValue(CR.country).getURI();
            String iso2 = country.substring(country.lastIndexOf('/') + 1).toUpperCase(Locale.ROOT);
            Statement admin = city.getProperty(CR.adminArea);
            String qid = "";
            for (Statement s : city.listProperties(OWL.sameAs).toList()) {
                String o = s.getResource().getURI();
                if (o.startsWith(Vocab.WIKIDATA)) qid = o.substring(Vocab.WIKIDATA.length());
            }
            Statement label = city.getProperty(RDFS.label);
            Place p = new Place(iri.substring((idBase + "city/").length()), label == null ? "" : label.getString(), city, iso2,
                    admin == null ? "" : admin.getString(), qid, true);
            for (Statement s : city.listProperties(RDFS.label).toList()) p.addName(s.getString());
            for (Statement s : city.listProperties(SKOS.altLabel).toList()) p.addName(s.getString());
            known.add(p);
        });
        return known;
    }

    void add(Place p) { places.add(p); }

    void remove(Place p) { places.remove(p); }

    public Optional<Place> byId(String id) { return places.stream().filter(p -> p.id().equals(id)).findFirst(); }

    Optional<Place> byQid(String qid) {
        return places.stream().filter(p -> !p.qid().isEmpty() && p.qid().equals(qid)).findFirst();
    }

    /** Places of the country that go by this name (any spelling). */
    List<Place> byName(String name, String iso2) {
        String key = PlaceNames.key(name);
        return places.stream().filter(p -> p.iso2().equals(iso2) && p.nameKeys().contains(key)).toList();
    }

    boolean idTaken(String id) { return places.stream().anyMatch(p -> p.id().equals(id)); }
}
