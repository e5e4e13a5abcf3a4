package org.w3id.cityrights.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cityrights.cli.Main;
import org.w3id.cityrights.store.StoreLayout;
import org.w3id.cityrights.store.Tdb2Store;
import org.w3id.cityrights.support.ProjectCopy;
import org.w3id.cityrights.support.Sparql;

/**
 * A curator fills in the template and builds: good rows become commitments of new or known
 * localities, found through SPARQL; bad rows are reported with file, line and reason and skipped
 * whole, and the rest of the data imports. One build serves all the checks.
 */
class CuratorTemplateTest {
    static final String ID = "https://w3id.org/cityrights/id/";
    static final String FILE = "data/curated/commitments-test.csv";

    @TempDir static Path dir;
    static Path store;
    static Tdb2Store st;
    static int exitCode;
    static String log;

    @BeforeAll
    static void fillInTheTemplateAndBuild() throws IOException {
        Path project = ProjectCopy.of(dir.resolve("project"));
        String header = Files.readString(Path.of("data/templates/commitments.csv"), StandardCharsets.UTF_8).strip();
        List<String> rows = List.of(
                // line 2: a membership of a locality the graph does not know yet
                "membership,shelter-city,,Exampleton,FI,,,,member,2019,,,,,,,,,,https://example.org/exampleton/shelter-city,a test row",
                // line 3: an instrument of the same new locality
                "instrument,,,Exampleton,FI,,,,adopted,2020-05-04,,exampleton-test-declaration,Declaration,Exampleton test declaration,Resolution 12/2020,udhr,human-rights,,,https://example.org/exampleton/declaration,",
                // line 4: unknown country code
                "membership,icorn,,Nowhere,XX,,,,member,2019,,,,,,,,,,https://example.org/nowhere,",
                // line 5: impossible date
                "membership,icorn,,Exampleton,FI,,,,member,2021-02-30,,,,,,,,,,https://example.org/exampleton/icorn,",
                // line 6: no source
                "instrument,,graz,,,,,,adopted,2021,,graz-unsourced-example,Declaration,Graz unsourced example,,,,,,,",
                // line 7: after the bad rows, a good one for a curated locality, by its id
                "membership,icorn,graz,,,,,,candidate,,application seen in a test fixture,,,,,,,,,https://example.org/graz/icorn,");
        Files.writeString(project.resolve(FILE), header + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        // A bad row of another table: it fails half-way (after its types), so everything it added must be taken back.
        Path instruments = project.resolve("data/curated/instruments.csv");
        List<String> lines = Files.readAllLines(instruments, StandardCharsets.UTF_8);
        String broken = "broken-row-example,graz,Ordinance,A row that invokes an unknown treaty,,2021,,,,,adopted,no-such-treaty,,,,,,,https://example.org/x,";
        Files.writeString(instruments, String.join("\n", lines) + "\n" + broken + "\n", StandardCharsets.UTF_8);

        store = dir.resolve("store");
        PrintStream err = System.err;
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            exitCode = Main.execute("build", "--ontology", project.resolve("ontology").toString(), "--data", project.resolve("data").toString(),
                    "--store", store.toString());
        } finally {
            System.setErr(err);
        }
        log = e.toString(StandardCharsets.UTF_8);
        st = exitCode == 0 ? Tdb2Store.open(new StoreLayout(store)) : null;
        instrumentsLine = lines.size() + 1;
    }

    static int instrumentsLine;

    @AfterAll
    static void close() { if (st != null) st.close(); }

    @Test
    void bad_rows_do_not_stop_the_build() {
        assertEquals(0, exitCode, log);
    }

    @Test
    void a_city_added_through_the_template_is_found_through_sparql() {
        String city = "<" + ID + "city/exampleton>";
        assertTrue(Sparql.ask(st, city + " a cr:Locality ; rdfs:label \"Exampleton\"@en ; cr:country <" + ID + "country/fi> ;"
                + " dcterms:source <https://example.org/exampleton/shelter-city> , <https://example.org/exampleton/declaration>"));
        assertTrue(Sparql.ask(st, "<" + ID + "membership/shelter-city-exampleton> cr:member " + city + " ; cr:dateJoined \"2019\"^^xsd:gYear ;"
                + " a cr:Commitment ; cr:evidenceLevel <" + ID + "evidence/membership-or-pledge> ; cr:practice <" + ID + "practice/declaratory>"));
        assertTrue(Sparql.ask(st, "<" + ID + "instrument/exampleton-test-declaration> cr:locality " + city + " ; a cr:Declaration ;"
                + " cr:officialIdentifier \"Resolution 12/2020\" ; cr:invokes <" + ID + "framework/udhr> ;"
                + " cr:evidenceLevel <" + ID + "evidence/adopted-instrument>"));
        assertTrue(Sparql.ask(st, "<" + ID + "membership/icorn-graz> cr:member <" + ID + "city/graz> ;"
                + " cr:membershipStatus <" + ID + "membership-status/candidate> ; cr:dateNote \"application seen in a test fixture\""));
    }

    @Test
    void each_bad_row_is_reported_with_file_line_and_reason_where_a_curator_sees_it() throws IOException {
        List<String> expected = List.of(
                FILE + ":4: country: unknown country code 'XX' (write the ISO 3166-1 alpha-2 code, e.g. DE) (row skipped)",
                FILE + ":5: date: impossible date '2021-02-30' (row skipped)",
                FILE + ":6: sources: a source is required (row skipped)",
                "data/curated/instruments.csv:" + instrumentsLine + ": invokes: 'no-such-treaty' is neither a treaty nor a framework id (row skipped)");
        String report = Files.readString(store.resolve("import-report.txt"), StandardCharsets.UTF_8);
        for (String line : expected) {
            assertTrue(log.contains(line), "printed by build: " + line + "\n" + log);
            assertTrue(report.contains(line), "beside the store: " + line + "\n" + report);
        }
        assertEquals(4, Sparql.count(st, "SELECT (COUNT(?i) AS ?n) WHERE { ?i a cr:SkippedRow }"));
        assertTrue(Sparql.ask(st, "?i a cr:SkippedRow ; cr:sourceRow \"" + FILE + ":5\" ; cr:importReason \"date: impossible date '2021-02-30'\""));
    }

    @Test
    void a_template_file_that_cannot_be_parsed_stops_the_build_with_its_file_and_line() throws IOException {
        Path project = ProjectCopy.of(dir.resolve("unparseable"));
        String header = Files.readString(Path.of("data/templates/commitments.csv"), StandardCharsets.UTF_8).strip();
        Files.writeString(project.resolve("data/curated/commitments-broken.csv"),
                header + "\nmembership,icorn,graz,,,,,,member,2019,,,,,,,,,,\"https://example.org/never-closed,\n", StandardCharsets.UTF_8);
        PrintStream err = System.err;
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.execute("validate", "--ontology", project.resolve("ontology").toString(), "--data", project.resolve("data").toString());
        } finally {
            System.setErr(err);
        }
        assertEquals(1, code);
        assertTrue(e.toString(StandardCharsets.UTF_8).contains("data/curated/commitments-broken.csv:2: a quoted field is never closed"), e.toString(StandardCharsets.UTF_8));
    }

    @Test
    void a_skipped_row_leaves_nothing_behind() {
        assertFalse(Sparql.ask(st, "<" + ID + "instrument/broken-row-example> ?p ?o"));
        assertFalse(Sparql.ask(st, "?s ?p <" + ID + "instrument/broken-row-example>"));
        assertFalse(Sparql.ask(st, "<" + ID + "city/nowhere> ?p ?o"));
        assertFalse(Sparql.ask(st, "<" + ID + "instrument/graz-unsourced-example> ?p ?o"));
        assertFalse(Sparql.ask(st, "<" + ID + "membership/icorn-exampleton> ?p ?o"));
    }
}
