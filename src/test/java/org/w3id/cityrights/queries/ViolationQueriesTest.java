package org.w3id.cityrights.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.cityrights.store.QueryOutcome;
import org.w3id.cityrights.support.QueryFiles;
import org.w3id.cityrights.support.TestStore;

/** The *-violation.rq checks return no rows on the shipped data, and do find the faults they look for. */
class ViolationQueriesTest {
    static final Path DIR = Path.of("queries/violations");

    /** A small graph with one fault of each kind the violation queries look for. */
    static final String FAULTY = """
            @prefix cr: <https://w3id.org/cityrights/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            <https://w3id.org/cityrights/id/instrument/unsourced> a cr:Ordinance , cr:LocalInstrument , cr:Measure ;
                rdfs:label "An ordinance without a source" ;
                cr:locality <https://w3id.org/cityrights/id/city/nowhere-typo> .
            <https://w3id.org/cityrights/id/ratification/xx-cedaw> a cr:Ratification ; rdfs:label "XX – CEDAW" .
            """;

    @Test
    void the_violation_checks_include_the_missing_source_check() {
        assertTrue(QueryFiles.list(DIR).contains(DIR.resolve("missing-source-violation.rq")));
    }

    @TestFactory
    Stream<DynamicTest> each_violation_query_returns_no_rows_on_the_shipped_data() {
        return QueryFiles.list(DIR).stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            QueryOutcome.Rows rows = (QueryOutcome.Rows) TestStore.get().query(QueryFiles.parse(f), 120_000);
            assertEquals(List.of(), rows.rows(), () -> f + " found violations: " + QueryFiles.runCsv(TestStore.get(), f));
        }));
    }

    @TestFactory
    Stream<DynamicTest> each_violation_query_finds_a_planted_fault() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(FAULTY, Lang.TURTLE).parse(g);
        return QueryFiles.list(DIR).stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            RowSetRewindable rs = QueryExec.graph(g).query(QueryFiles.parse(f)).select().rewindable();
            assertFalse(rs.size() == 0, f + " did not find the planted fault");
        }));
    }
}
