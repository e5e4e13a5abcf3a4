package org.w3id.cityrights.commitments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.w3id.cityrights.build.ProjectLayout;
import org.w3id.cityrights.importer.Csv;
import org.w3id.cityrights.importer.CsvRow;
import org.w3id.cityrights.importer.DataFileException;

/**
 * The tabular inputs of commitments: member lists of city networks under
 * {@code data/sources/city-networks/}, and curators' filled-in templates
 * {@code data/curated/commitments*.csv}.
 */
public final class CommitmentSources {
    static final String NETWORK_FOLDER = "city-networks";
    static final List<String> NETWORK_COLUMNS = List.of("network", "city", "country", "iso2", "admin_area", "date_joined",
            "role_or_status", "source_url", "notes");

    private CommitmentSources() {}

    public static List<Path> networkFiles(ProjectLayout layout) {
        Path dir = layout.sourcesDir().resolve(NETWORK_FOLDER);
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Path> templateFiles(ProjectLayout layout) {
        Path dir = layout.curatedDir();
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String f = p.getFileName().toString();
                return f.equals("commitments.csv") || (f.startsWith("commitments-") && f.endsWith(".csv"));
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The country codes these inputs name, so that the countries they need are in the graph before they are read. */
    public static Set<String> countryCodes(ProjectLayout layout) {
        Set<String> codes = new TreeSet<>();
        collect(networkFiles(layout), "iso2", layout, codes);
        collect(templateFiles(layout), "country", layout, codes);
        return codes;
    }

    private static void collect(List<Path> files, String column, ProjectLayout layout, Set<String> codes) {
        for (Path f : files) {
            try {
                for (CsvRow r : Csv.read(f, layout.display(f))) {
                    if (r.values().containsKey(column) && r.has(column)) codes.add(r.get(column));
                }
            } catch (DataFileException e) {
                // reported when the file is imported
            }
        }
    }
}
