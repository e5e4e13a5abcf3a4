package org.w3id.cityrights.build;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.w3id.cityrights.store.QueryOutcome;
import org.w3id.cityrights.support.TestStore;

/** What a plain query finds without a reasoner, because the build materialised it. */
class MaterializedInferenceTest {
    static boolean ask(String q) {
        return ((QueryOutcome.Bool) TestStore.get().query(QueryFactory.create(
                "PREFIX cr: <https://w3id.org/cityrights/ontology#> PREFIX eli: <http://data.europa.eu/eli/ontology#> "
                        + "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> " + q), 30_000)).value();
    }

    @Test void a_query_for_a_superclass_finds_instances_of_subclasses() {
        assertTrue(ask("ASK { <https://w3id.org/cityrights/id/instrument/pittsburgh-ordinance-34-2016> a cr:LocalInstrument , cr:Measure , eli:LegalResource }"));
    }

    @Test void a_query_for_a_superproperty_finds_subproperty_statements() {
        assertTrue(ask("ASK { <https://w3id.org/cityrights/id/instrument/pittsburgh-ordinance-34-2016> eli:cites <https://w3id.org/cityrights/id/treaty/cedaw> }"));
    }

    @Test void declared_inverses_are_materialised() {
        assertTrue(ask("ASK { <https://w3id.org/cityrights/id/treaty/cedaw> cr:invokedBy <https://w3id.org/cityrights/id/instrument/pittsburgh-ordinance-34-2016> }"));
        assertTrue(ask("ASK { <https://w3id.org/cityrights/id/country/us> cr:hasRatification <https://w3id.org/cityrights/id/ratification/us-cedaw> }"));
    }

    @Test void mirror_sources_are_also_sources() {
        assertTrue(ask("ASK { ?x cr:mirrorSource ?m . ?x dcterms:source ?m }"));
    }

    @Test void the_united_states_signed_but_never_ratified_cedaw() {
        assertTrue(ask("ASK { <https://w3id.org/cityrights/id/ratification/us-cedaw> cr:ratificationStatus <https://w3id.org/cityrights/id/ratification-status/signatory> }"));
    }
}
