package org.w3id.cityrights.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cityrights.support.ProjectCopy;
import org.w3id.cityrights.support.Sparql;
import org.w3id.cityrights.support.TestStore;

/** {@code report} prints the coverage tables of a current store without rebuilding it. */
class ReportCommandTest {
    @TempDir Path copy;

    @Test
    void report_prints_the_coverage_tables_with_sparql_counts() {
        // A copy of the shared store: the command closes the store it opens, and the other tests still use theirs.
        ProjectCopy.copyTree(TestStore.root(), copy.resolve("store"));
        try (var files = java.nio.file.Files.walk(copy.resolve("store"))) {
            for (Path lock : files.filter(p -> p.getFileName().toString().equals("tdb.lock")).toList()) java.nio.file.Files.delete(lock);
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        String storeDir = copy.resolve("store").toString();
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.execute("report", "--store", storeDir);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String text = o.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, e.toString(StandardCharsets.UTF_8));
        assertTrue(e.toString(StandardCharsets.UTF_8).isEmpty(), "the store is current, nothing is rebuilt: " + e);
        for (String section : new String[] {"Localities per continent", "Localities per country", "Commitments per type", "Evidence of commitments",
                "Practice behind commitments", "City networks: rows held against sizes claimed", "Facts without a precise date",
                "Count claims seen in sources", "Rows the import skipped or remarked on"}) {
            assertTrue(text.contains(section), section);
        }
        Matcher europe = Pattern.compile("(?m)^Europe\\s+(\\d+)\\s+\\d+$").matcher(text);
        assertTrue(europe.find(), text);
        long expected = Sparql.count(TestStore.get(), "SELECT (COUNT(DISTINCT ?l) AS ?n) WHERE { ?l a cr:Locality ; cr:country/cr:continent/skos:prefLabel \"Europe\"@en }");
        assertEquals(expected, Long.parseLong(europe.group(1)));
    }
}
