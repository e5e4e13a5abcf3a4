package org.w3id.cityrights.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.cityrights.support.QueryFiles;
import org.w3id.cityrights.support.TestStore;

/**
 * The competency questions in queries/cq/ answer with their expected results against a store built
 * from this checkout. After a deliberate data change, regenerate the expected files with
 * {@code mvn test -Dtest=CompetencyQueriesTest -Dcityrights.updateExpected=true} and review the diff.
 */
class CompetencyQueriesTest {
    static final Path DIR = Path.of("queries/cq");

    @Test
    void there_are_at_least_ten_competency_queries_each_stating_its_question_and_expected_file() {
        List<Path> files = QueryFiles.list(DIR);
        assertTrue(files.size() >= 10, "expected at least 10 competency queries, found " + files.size());
        for (Path f : files) {
            assertTrue(QueryFiles.header(f, "Question").isPresent(), f + " has no '# Question:' header");
            String expected = QueryFiles.header(f, "Expected result").orElseThrow(() -> new AssertionError(f + " has no '# Expected result:' header"));
            assertTrue(Files.exists(DIR.resolve(expected)), f + " names " + expected + ", which does not exist");
        }
    }

    @TestFactory
    Stream<DynamicTest> each_query_returns_its_expected_result() {
        boolean update = Boolean.getBoolean("cityrights.updateExpected");
        return QueryFiles.list(DIR).stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Path expectedFile = DIR.resolve(QueryFiles.header(f, "Expected result").orElseThrow());
            String actual = QueryFiles.runCsv(TestStore.get(), f);
            if (update) Files.writeString(expectedFile, actual.replace("\r\n", "\n"), StandardCharsets.UTF_8);
            String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
            assertEquals(QueryFiles.canonical(expected, expectedFile.toString()), QueryFiles.canonical(actual, f.toString()),
                    () -> f + " no longer gives " + expectedFile + "; if the data changed on purpose, regenerate and review");
        }));
    }

    /** The essay's thesis, checked without the expected file: the graph must show US cities committing to CEDAW. */
    @Test
    void treaty_gap_lists_us_cedaw_ordinances_and_never_a_ratified_treaty() throws IOException {
        String csv = QueryFiles.runCsv(TestStore.get(), DIR.resolve("treaty-gap.rq"));
        assertTrue(csv.contains("San Francisco CEDAW ordinance (Administrative Code Chapter 33A)"), csv);
        assertTrue(csv.contains("Pittsburgh Gender Equity Commission ordinance"), csv);
        for (String line : csv.split("\r?\n")) {
            assertTrue(!line.endsWith(",state party"), "a ratified treaty in the gap list: " + line);
        }
        // Seoul's children's ordinance invokes the CRC, which the Republic of Korea has ratified.
        assertTrue(!csv.contains("Seoul"), "Seoul's CRC ordinance must not be in the gap list");
        // Not adopted (Prairie Village) and outcome unknown (Northfield) are not commitments.
        assertTrue(!csv.contains("Prairie Village") && !csv.contains("Northfield"), csv);
    }
}
