package org.w3id.cityrights.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.w3id.cityrights.importer.Csv;
import org.w3id.cityrights.importer.CsvRow;
import org.w3id.cityrights.store.QueryOutcome;
import org.w3id.cityrights.store.Store;

/** Query files of the repository: their header comments, and their results as comparable CSV. */
public final class QueryFiles {
    private static final Pattern HEADER = Pattern.compile("^#\\s*([A-Za-z ]+):\\s*(.*)$");

    private QueryFiles() {}

    public static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A header field such as "Question" or "Expected result" from the leading comment block. */
    public static Optional<String> header(Path file, String field) {
        for (String line : text(file).split("\n")) {
            if (!line.startsWith("#")) break;
            Matcher m = HEADER.matcher(line);
            if (m.matches() && m.group(1).trim().equalsIgnoreCase(field)) return Optional.of(m.group(2).trim());
        }
        return Optional.empty();
    }

    public static Query parse(Path file) { return QueryFactory.create(text(file)); }

    /** Runs a SELECT query file and returns its result as CSV text. */
    public static String runCsv(Store store, Path file) {
        QueryOutcome o = store.query(parse(file), 120_000);
        if (!(o instanceof QueryOutcome.Rows rows)) throw new IllegalArgumentException(file + " is not a SELECT query");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsWriter.create().lang(ResultSetLang.RS_CSV).write(out, rows.rowSet());
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Rows of CSV text in a form that does not depend on evaluation order: the header first, then the
     * rows sorted, with the parts of GROUP_CONCAT cells (" | ") sorted inside each cell.
     */
    public static List<String> canonical(String csv, String name) {
        List<CsvRow> rows = Csv.readText(csv.replace("\r\n", "\n"), name, ',');
        List<String> out = new ArrayList<>();
        out.add(csv.split("\r?\n", 2)[0]);
        List<String> body = new ArrayList<>();
        for (CsvRow r : rows) {
            List<String> cells = new ArrayList<>();
            for (String v : r.values().values()) {
                if (v.contains(" | ")) {
                    String[] parts = v.split(" \\| ");
                    Arrays.sort(parts);
                    v = String.join(" | ", parts);
                }
                cells.add(v);
            }
            body.add(String.join("\u241F", cells));
        }
        body.sort(null);
        out.addAll(body);
        return out;
    }
}
