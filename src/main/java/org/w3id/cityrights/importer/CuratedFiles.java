package org.w3id.cityrights.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The curated CSV files of one kind: {@code data/curated/<name>.csv} and any {@code <name>-*.csv}. */
public final class CuratedFiles {
    private CuratedFiles() {}

    public static List<Path> of(ImportContext ctx, String name) {
        Path dir = ctx.layout().curatedDir();
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String f = p.getFileName().toString();
                return f.equals(name + ".csv") || (f.startsWith(name + "-") && f.endsWith(".csv"));
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All rows of all files of a kind, in file order. A file that cannot be parsed is one problem. */
    public static List<CsvRow> rows(ImportContext ctx, String name) {
        List<CsvRow> rows = new ArrayList<>();
        for (Path p : of(ctx, name)) {
            try {
                rows.addAll(ctx.readCsv(p));
            } catch (DataFileException e) {
                ctx.problems().add(e);
            }
        }
        return rows;
    }
}
