package org.w3id.cityrights.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cityrights.store.QueryOutcome;
import org.w3id.cityrights.store.StoreLayout;
import org.w3id.cityrights.store.Tdb2Store;

/** The command line as scripts use it: names, exit codes, messages, and a store that survives a failed build. */
class CommandLineTest {
    @TempDir static Path project;

    record Run(int code, String out, String err) {}

    @BeforeAll
    static void copyCheckout() throws IOException {
        copyTree(Path.of("ontology"), project.resolve("ontology"));
        copyTree(Path.of("data"), project.resolve("data"));
    }

    static Run run(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int code = Main.execute(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    String[] inputs(String... more) {
        return Stream.concat(Stream.of("--ontology", project.resolve("ontology").toString(), "--data", project.resolve("data").toString()),
                Stream.of(more)).toArray(String[]::new);
    }

    @Test void help_on_every_command_exits_0() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"build", "--help"}, new String[] {"serve", "--help"}, new String[] {"validate", "--help"}, new String[] {"report", "--help"})) {
            Run r = run(args);
            assertEquals(0, r.code(), String.join(" ", args));
            assertTrue(r.out().contains("Usage:"), r.out());
        }
    }

    @Test void usage_errors_exit_2() {
        assertEquals(2, run().code(), "no command");
        assertEquals(2, run("build", "--no-such-option").code());
        assertEquals(2, run("serve", "--port", "not-a-number").code());
        assertEquals(2, run("serve", "--port", "70000").code());
        assertEquals(2, run("build", "--base", "ftp://example.org/").code());
    }

    @Test void validate_is_clean_on_the_shipped_data() {
        Run r = run(Stream.concat(Stream.of("validate"), Stream.of(inputs())).toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("no SHACL violations"), r.out());
    }

    @Test void a_mirror_base_iri_is_applied_to_every_published_identifier() throws IOException {
        Path store = project.resolveSibling(project.getFileName() + "-mirror-store");
        Run r = run(Stream.concat(Stream.of("build", "--store", store.toString(), "--base", "https://mirror.example.org/cr/"),
                Stream.of(inputs())).toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        try (Tdb2Store st = Tdb2Store.open(new StoreLayout(store))) {
            String ask = "ASK { <https://mirror.example.org/cr/id/instrument/pittsburgh-ordinance-34-2016> "
                    + "<https://w3id.org/cityrights/ontology#locality> <https://mirror.example.org/cr/id/city/pittsburgh> ; "
                    + "<https://w3id.org/cityrights/ontology#adoptionStatus> <https://mirror.example.org/cr/id/adoption-status/adopted> }";
            assertTrue(((QueryOutcome.Bool) st.query(QueryFactory.create(ask), 10_000)).value());
            String canonical = "ASK { ?s ?p ?o FILTER (isIRI(?s) && STRSTARTS(STR(?s), \"https://w3id.org/cityrights/id/\")) }";
            assertTrue(!((QueryOutcome.Bool) st.query(QueryFactory.create(canonical), 10_000)).value(), "no canonical identifiers left");
            String ontology = "ASK { <https://w3id.org/cityrights/ontology#locality> <http://www.w3.org/2000/01/rdf-schema#label> ?l }";
            assertTrue(((QueryOutcome.Bool) st.query(QueryFactory.create(ontology), 10_000)).value(), "the ontology keeps its own namespace");
            String voidFile = Files.readString(st.publishedFiles().orElseThrow().resolve("void.ttl"));
            assertTrue(voidFile.contains("\"https://mirror.example.org/cr/id/\""), "the mirror publishes its own identifier space");
        }
    }

    @Test void validate_reports_a_violation_with_focus_path_message_and_file() throws IOException {
        Path p = copyProject("shacl");
        Files.writeString(p.resolve("data/extra.ttl"), """
                @prefix cr: <https://w3id.org/cityrights/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <https://w3id.org/cityrights/id/instrument/unsourced-example> a cr:Ordinance ;
                    rdfs:label "An example ordinance without a source"@en ;
                    cr:adoptionDate "2020"^^<http://www.w3.org/2001/XMLSchema#gYear> ;
                    cr:locality <https://w3id.org/cityrights/id/city/graz> ;
                    cr:adoptionStatus <https://w3id.org/cityrights/id/adoption-status/adopted> .
                """);
        Run r = run("validate", "--ontology", p.resolve("ontology").toString(), "--data", p.resolve("data").toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("shapes:MeasureSource"), r.out());
        assertTrue(r.out().contains("unsourced-example"), r.out());
        assertTrue(r.out().contains("dcterms:source"), r.out());
        assertTrue(r.out().contains("A measure needs a source"), r.out());
        assertTrue(r.out().contains("data/extra.ttl"), r.out());
    }

    @Test void a_failed_build_names_the_file_and_line_and_keeps_the_previous_store() throws IOException {
        Path p = copyProject("broken");
        Path store = p.resolve("store");
        String[] build = {"build", "--ontology", p.resolve("ontology").toString(), "--data", p.resolve("data").toString(), "--store", store.toString()};
        Run first = run(build);
        assertEquals(0, first.code(), first.err());
        assertTrue(first.err().contains("quads/s"), "progress with a rate on stderr: " + first.err());
        StoreLayout layout = new StoreLayout(store);
        Path before = layout.current().orElseThrow();

        // A broken Turtle file: the build stops, naming file and line.
        Files.writeString(p.resolve("data/dataset.ttl"), "\n<urn:a> <urn:b> \"unterminated .\n", StandardOpenOption.APPEND);
        Run broken = run(build);
        assertEquals(1, broken.code());
        assertTrue(broken.err().matches("(?s).*data/dataset\\.ttl:\\d+.*"), broken.err());
        assertEquals(before, layout.current().orElseThrow(), "the previous database stays current");
        try (Stream<Path> dirs = Files.list(store)) {
            assertEquals(1, dirs.filter(d -> d.getFileName().toString().startsWith("db-")).count(), "no half-built database left behind");
        }
        try (Tdb2Store st = Tdb2Store.open(layout)) {
            QueryOutcome.Bool ok = (QueryOutcome.Bool) st.query(QueryFactory.create("ASK { ?s a <https://w3id.org/cityrights/ontology#CoreTreaty> }"), 10_000);
            assertTrue(ok.value(), "the previous store still answers");
        }
    }

    @Test void a_bad_csv_row_is_reported_with_file_line_and_reason() throws IOException {
        Path p = copyProject("badrow");
        Path csv = p.resolve("data/curated/instruments.csv");
        List<String> lines = Files.readAllLines(csv);
        int header = lines.get(0).split(",", -1).length;
        // An otherwise complete row whose date does not exist.
        String row = "bad-date-example,graz,Ordinance,An example with an impossible date,,2021-02-30,,,,,adopted,,,,,,,,https://example.org/x,";
        assertEquals(header, row.split(",", -1).length, "the test row has as many cells as the header");
        Files.writeString(csv, String.join("\n", lines) + "\n" + row + "\n");
        Run r = run("validate", "--ontology", p.resolve("ontology").toString(), "--data", p.resolve("data").toString());
        assertEquals(1, r.code());
        int line = lines.size() + 1;
        assertTrue(r.err().contains("data/curated/instruments.csv:" + line + ": date: impossible date '2021-02-30'"), r.err());
    }

    Path copyProject(String name) throws IOException {
        Path p = project.resolveSibling(project.getFileName() + "-" + name);
        copyTree(project.resolve("ontology"), p.resolve("ontology"));
        copyTree(project.resolve("data"), p.resolve("data"));
        return p;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path src : s.sorted(Comparator.naturalOrder()).toList()) {
                Path dst = to.resolve(from.relativize(src).toString());
                if (Files.isDirectory(src)) Files.createDirectories(dst);
                else Files.copy(src, dst, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
