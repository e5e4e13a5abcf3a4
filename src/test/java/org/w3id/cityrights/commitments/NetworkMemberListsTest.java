package org.w3id.cityrights.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.cityrights.build.ProjectLayout;
import org.w3id.cityrights.importer.Csv;
import org.w3id.cityrights.importer.CsvRow;
import org.w3id.cityrights.store.Tdb2Store;
import org.w3id.cityrights.support.Sparql;
import org.w3id.cityrights.support.TestStore;

/** The member lists of city networks in the shipped data, as the graph holds them. */
class NetworkMemberListsTest {
    static final String ID = "https://w3id.org/cityrights/id/";
    final Tdb2Store store = TestStore.get();

    static List<CsvRow> memberListRows() {
        ProjectLayout layout = ProjectLayout.of(Path.of("."));
        List<CsvRow> rows = new ArrayList<>();
        for (Path f : CommitmentSources.networkFiles(layout)) rows.addAll(Csv.read(f, layout.display(f)));
        return rows;
    }

    @Test
    void the_shipped_member_lists_hold_292_rows_in_nine_files() {
        assertEquals(9, CommitmentSources.networkFiles(ProjectLayout.of(Path.of("."))).size());
        assertEquals(292, memberListRows().size());
    }

    @Test
    void every_member_list_row_is_in_the_graph_with_its_source_or_in_the_import_report_with_its_reason() {
        List<String> missing = new ArrayList<>();
        for (CsvRow row : memberListRows()) {
            String where = row.where().replace("\"", "\\\"");
            boolean held = Sparql.ask(store, "?m a cr:NetworkMembership ; cr:sourceRow \"" + where + "\" ; dcterms:source <" + row.get("source_url") + "> ;"
                    + " cr:statusAsStated \"" + row.get("role_or_status").replace("\"", "\\\"") + "\"");
            boolean reported = Sparql.ask(store, "?i a cr:SkippedRow ; cr:sourceRow \"" + where + "\" ; cr:importReason ?why");
            if (!held && !reported) missing.add(row.where());
        }
        assertEquals(List.of(), missing, "rows neither in the graph nor in the import report");
    }

    @Test
    void the_shipped_data_skips_no_row() {
        // Every member-list row has a reading (statuses, places, dates); were one to be left out, its reason would
        // have to be documented in data/sources/city-networks/SOURCE.md first, and this test adjusted with it.
        assertEquals(List.of(), Sparql.column(store, "SELECT ?r WHERE { ?i a cr:SkippedRow ; cr:sourceRow ?r }"));
    }

    @Test
    void weak_statuses_stay_visible_as_such_and_are_not_commitments() {
        String[][] cases = {
                {"cities-for-cedaw-prairie-village", "not-adopted", "NOT adopted (CEDAW reference removed)"},
                {"cities-for-cedaw-northfield", "outcome-unknown", "request for resolution of support - outcome not seen"},
                {"eccar-palermo", "candidate", "candidate (admission to be voted at General Assembly, Barcelona)"},
                {"icorn-gavle", "annulled", "decision to join ICORN ruled unlawful by the regional court of Falun"},
        };
        for (String[] c : cases) {
            String m = "<" + ID + "membership/" + c[0] + ">";
            assertTrue(Sparql.ask(store, m + " cr:membershipStatus <" + ID + "membership-status/" + c[1] + "> ; cr:statusAsStated \"" + c[2] + "\""), c[0]);
            assertFalse(Sparql.ask(store, m + " a cr:Commitment"), c[0] + " is not a commitment");
        }
        // Implied memberships are commitments at the weakest evidence level.
        String brasilia = "<" + ID + "membership/coalicion-lac-brasilia>";
        assertTrue(Sparql.ask(store, brasilia + " cr:membershipStatus <" + ID + "membership-status/implied> ; a cr:Commitment ;"
                + " cr:evidenceLevel <" + ID + "evidence/reported-or-implied>"));
    }

    @Test
    void the_same_place_from_several_sources_is_one_locality_that_keeps_every_source() {
        // "Nürnberg" (ECCAR) and "Nuremberg" (European Charter) are the curated locality nuremberg, by its gazetteer QID.
        String nuremberg = "<" + ID + "city/nuremberg>";
        assertEquals(3, Sparql.count(store, "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m cr:member " + nuremberg + " }"));
        assertTrue(Sparql.ask(store, nuremberg + " dcterms:source <https://uclg-cisdp.org/en/news/latest-news/csipdhr-carries-out-monitoring-process-follow-european-charter-human-rights-city-20>"));
        // "Den Haag" is the-hague through the curators' spelling table; "Köln" is the gazetteer's Cologne in ECCAR and CFCI.
        assertTrue(Sparql.ask(store, "<" + ID + "membership/shelter-city-the-hague> cr:member <" + ID + "city/the-hague>"));
        assertEquals(2, Sparql.count(store, "SELECT (COUNT(?m) AS ?n) WHERE { ?m cr:member <" + ID + "city/cologne> }"));
        // One locality per name and country, unless the state tells two apart.
        assertEquals(List.of(), Sparql.column(store, """
                SELECT ?a WHERE {
                  ?a a cr:Locality ; rdfs:label ?name ; cr:country ?k .
                  ?b a cr:Locality ; rdfs:label ?name ; cr:country ?k .
                  FILTER (STR(?a) < STR(?b))
                  FILTER NOT EXISTS { ?a cr:adminArea ?x . ?b cr:adminArea ?y . FILTER (?x != ?y) }
                }"""));
        assertTrue(Sparql.ask(store, "<" + ID + "membership/cities-for-cedaw-louisville-co> cr:member/cr:adminArea \"Colorado\""));
        assertTrue(Sparql.ask(store, "<" + ID + "membership/cities-for-cedaw-louisville-kentucky> cr:member/cr:adminArea \"Kentucky\""));
    }

    @Test
    void a_place_the_gazetteer_cannot_tell_is_matched_by_name_and_reported() {
        assertFalse(Sparql.ask(store, "<" + ID + "city/decatur> <http://www.w3.org/2002/07/owl#sameAs> ?wd"), "no guessed QID");
        assertTrue(Sparql.ask(store, "?i a cr:ImportNotice ; cr:sourceRow \"data/sources/city-networks/unicef-cfci-members.csv:67\" ;"
                + " cr:importReason ?why FILTER (CONTAINS(?why, \"Decatur\"))"));
    }

    @Test
    void rows_of_one_membership_keep_the_earliest_date_and_record_the_other_as_a_disagreement() {
        String saarbruecken = "<" + ID + "membership/eccar-saarbrucken>";
        assertTrue(Sparql.ask(store, saarbruecken + " cr:dateJoined \"2006-03-14\"^^xsd:date ; cr:sourceRow ?r1 , ?r2 FILTER (?r1 != ?r2)"));
        assertTrue(Sparql.ask(store, saarbruecken + " cr:disagreement [ cr:aboutProperty cr:dateJoined ; cr:alternativeValue \"2009-01-01\" ; dcterms:source ?s ]"));
        // A date with words dates another event: kept as written, not as the date joined.
        String oslo = "<" + ID + "membership/intercultural-cities-oslo>";
        assertFalse(Sparql.ask(store, oslo + " cr:dateJoined ?d"));
        assertTrue(Sparql.ask(store, oslo + " cr:dateNote ?n FILTER (CONTAINS(?n, \"by 2017-11\"))"));
    }

    @Test
    void a_membership_implies_its_network_treaty_apart_from_the_citys_own_acts() {
        String houston = "<" + ID + "membership/cfci-houston>";
        assertTrue(Sparql.ask(store, houston + " cr:impliesCommitmentTo <" + ID + "treaty/crc>"));
        assertFalse(Sparql.ask(store, "?act cr:locality <" + ID + "city/houston> ; cr:invokes <" + ID + "treaty/crc>"), "Houston has no act of its own invoking the CRC");
        assertFalse(Sparql.ask(store, "?m a cr:NetworkMembership ; cr:invokes ?t"), "memberships never use cr:invokes");
        // The derivation is traced: which rule, by which activity, from which network.
        assertTrue(Sparql.ask(store, "?a cr:assesses " + houston + " ; cr:appliedRule <" + ID + "rule/link-implied-commitment> ;"
                + " prov:wasGeneratedBy <" + ID + "activity/derive-commitments> ; prov:wasDerivedFrom <" + ID + "network/cfci>"));
    }

    @Test
    void the_lead_cities_of_table_c_are_memberships_with_their_pages() {
        assertTrue(Sparql.ask(store, "?m cr:network <" + ID + "network/african-coalition-against-racism> ; cr:member <" + ID + "city/nairobi> ;"
                + " cr:membershipStatus <" + ID + "membership-status/board> ; dcterms:source <http://www.unesco.org/new/en/social-and-human-sciences/themes/fight-against-discrimination/coalition-of-cities/africa/launch-of-the-coalition-of-african-cities/>"));
        assertEquals(13, Sparql.count(store, "SELECT (COUNT(?m) AS ?n) WHERE { ?m cr:network <" + ID + "network/korea-human-rights-cities-council> }"));
    }
}
