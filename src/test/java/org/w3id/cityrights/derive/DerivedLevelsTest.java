package org.w3id.cityrights.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.w3id.cityrights.store.Tdb2Store;
import org.w3id.cityrights.support.Sparql;
import org.w3id.cityrights.support.TestStore;

/** The evidence and practice levels the build derives, checked on cases the sources make plain. */
class DerivedLevelsTest {
    static final String ID = "https://w3id.org/cityrights/id/";
    final Tdb2Store store = TestStore.get();

    String levels(String node, String property) {
        return String.join(" ", new TreeSet<>(Sparql.column(store, "SELECT ?v WHERE { <" + ID + node + "> cr:" + property + " ?l . ?l skos:prefLabel ?v }")));
    }

    @Test
    void an_ordinance_with_its_number_is_normative_and_the_strongest_evidence() {
        assertEquals("adopted instrument with identifier", levels("instrument/san-francisco-cedaw-ordinance-1998", "evidenceLevel"));
        assertEquals("normative", levels("instrument/san-francisco-cedaw-ordinance-1998", "practice"));
    }

    @Test
    void a_claimed_declaration_is_words_reported_only() {
        assertEquals("reported or implied", levels("instrument/accra-human-rights-city-claim", "evidenceLevel"));
        assertEquals("declaratory", levels("instrument/accra-human-rights-city-claim", "practice"));
    }

    @Test
    void a_membership_joined_by_a_numbered_council_decision_takes_the_decisions_evidence() {
        String m = "membership/european-charter-signatories-salzburg";
        assertTrue(Sparql.ask(store, "<" + ID + m + "> cr:joiningAct <" + ID + "instrument/salzburg-european-charter-decision-2008>"));
        assertEquals("adopted instrument with identifier", levels(m, "evidenceLevel"));
        assertEquals("declaratory", levels(m, "practice"));
    }

    @Test
    void a_programme_that_sets_up_nothing_but_runs_is_institutional_unless_it_is_a_campaign_pledge() {
        assertEquals("institutional", levels("instrument/the-hague-shelter-city-2012", "practice"));
        assertEquals("declaratory", levels("instrument/amsterdam-uclg-campaign-2022", "practice"));
        assertEquals("membership or pledge", levels("instrument/amsterdam-uclg-campaign-2022", "evidenceLevel"));
    }

    @Test
    void candidates_and_proposals_are_not_commitments_and_get_no_levels() {
        assertFalse(Sparql.ask(store, "?x cr:evidenceLevel ?e FILTER NOT EXISTS { ?x a cr:Commitment }"));
        assertFalse(Sparql.ask(store, "?x a cr:Commitment ; cr:adoptionStatus <" + ID + "adoption-status/proposed>"));
    }

    @Test
    void every_commitment_has_one_evidence_level_and_one_assessment() {
        assertEquals(0, Sparql.count(store, """
                SELECT (COUNT(?c) AS ?n) WHERE {
                  ?c a cr:Commitment .
                  { SELECT ?c (COUNT(?e) AS ?levels) WHERE { ?c a cr:Commitment . OPTIONAL { ?c cr:evidenceLevel ?e } } GROUP BY ?c }
                  FILTER (?levels != 1)
                }"""));
        assertEquals(Sparql.count(store, "SELECT (COUNT(?c) AS ?n) WHERE { ?c a cr:Commitment }"),
                Sparql.count(store, "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?a a cr:CommitmentAssessment ; cr:assesses ?c }"));
    }

    /** The rules are published with their queries; run against the store, each practice rule gives back what it assigned. */
    @Test
    void each_published_practice_rule_query_reproduces_the_practice_it_assigned() {
        for (String level : List.of("declaratory", "normative", "institutional", "budgetary", "monitoring")) {
            String query = Sparql.column(store, "SELECT ?q WHERE { <" + ID + "rule/practice-" + level + "> cr:ruleQuery ?q }").get(0);
            TreeSet<String> selected = new TreeSet<>(Sparql.column(store, query.replaceFirst("(?s)^.*?PREFIX", "PREFIX")));
            TreeSet<String> assigned = new TreeSet<>(Sparql.column(store, "SELECT ?c WHERE { ?c cr:practice <" + ID + "practice/" + level + "> }"));
            assertEquals(assigned, selected, level);
        }
    }
}
