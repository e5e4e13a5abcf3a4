package org.w3id.cityrights.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.junit.jupiter.api.Test;
import org.w3id.cityrights.store.QueryOutcome;
import org.w3id.cityrights.support.QueryFiles;
import org.w3id.cityrights.support.TestStore;

/** The benchmark's mix: every request of the unique mix is new to the server, and answers exactly what the query answers. */
class QueryMixTest {
    static final QueryMix MIX = QueryMix.load(Path.of("queries/cq"), Path.of("queries/catalog"));

    @Test
    void the_mix_holds_every_competency_and_saved_query() {
        assertEquals(QueryFiles.list(Path.of("queries/cq")).size() + QueryFiles.list(Path.of("queries/catalog")).size(), MIX.entries().size());
    }

    @Test
    void unique_requests_differ_from_each_other_and_repeated_ones_do_not() {
        Set<String> unique = new HashSet<>();
        for (long n = 0; n < 100; n++) unique.add(MIX.text(QueryMix.Kind.UNIQUE, 0, n));
        assertEquals(100, unique.size());
        assertEquals(MIX.text(QueryMix.Kind.REPEATED, 3, 1), MIX.text(QueryMix.Kind.REPEATED, 3, 2));
        assertNotEquals(QueryFactory.create(MIX.text(QueryMix.Kind.UNIQUE, 3, 1)).serialize(),
                QueryFactory.create(MIX.text(QueryMix.Kind.UNIQUE, 3, 2)).serialize(), "a normalising cache must not see them as one");
    }

    @Test
    void a_unique_request_answers_the_same_rows_as_the_query_itself() {
        for (int i = 0; i < MIX.entries().size(); i++) {
            String plain = answer(MIX.text(QueryMix.Kind.REPEATED, i, 0));
            String unique = answer(MIX.text(QueryMix.Kind.UNIQUE, i, 12345));
            assertEquals(plain, unique, MIX.entries().get(i).name());
        }
    }

    @Test
    void the_load_driver_refuses_any_host_but_this_machine() {
        assertThrows(IllegalArgumentException.class, () -> Loopback.require("http://example.org/sparql"));
        assertEquals("127.0.0.1", Loopback.require("http://127.0.0.1:3030/ds/sparql").getHost());
        assertEquals("localhost", Loopback.require("http://localhost:8080/sparql").getHost());
    }

    @Test
    void percentiles_are_nearest_rank() {
        Latencies l = new Latencies();
        for (int i = 1; i <= 100; i++) l.add(i * 1_000_000L, 0);
        assertEquals(50.0, l.percentileMillis(50));
        assertEquals(99.0, l.percentileMillis(99));
        assertEquals(100.0, l.percentileMillis(100));
        assertTrue(Double.isNaN(new Latencies().percentileMillis(50)));
    }

    private static String answer(String text) {
        QueryOutcome o = TestStore.get().query(QueryFactory.create(text), 120_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (o instanceof QueryOutcome.Triples t) {
            RDFDataMgr.write(out, t.graph(), Lang.NTRIPLES);
            return out.toString(StandardCharsets.UTF_8).lines().sorted().reduce("", (a, b) -> a + b + "\n");
        }
        ResultsWriter.create().lang(ResultSetLang.RS_CSV).write(out, ((QueryOutcome.Rows) o).rowSet());
        return String.join("\n", QueryFiles.canonical(out.toString(StandardCharsets.UTF_8), "answer"));
    }
}
