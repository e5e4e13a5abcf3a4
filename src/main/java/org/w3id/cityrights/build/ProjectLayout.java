package org.w3id.cityrights.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the inputs of a build live: {@code ontology/} and {@code data/} of a checkout. */
public record ProjectLayout(Path ontologyDir, Path dataDir) {

    public static ProjectLayout of(Path root) {
        return new ProjectLayout(root.resolve("ontology"), root.resolve("data"));
    }

    public Path ontologyFile() { return ontologyDir.resolve("cityrights.ttl"); }
    public Path schemesFile() { return ontologyDir.resolve("schemes.ttl"); }
    public Path shapesFile() { return ontologyDir.resolve("shapes.ttl"); }
    public Path curatedDir() { return dataDir.resolve("curated"); }
    public Path sourcesDir() { return dataDir.resolve("sources"); }

    /** Fails early, with the missing folder named, when the layout is not a cityrights checkout. */
    public void requireExists() {
        for (Path p : List.of(ontologyDir, dataDir)) {
            if (!Files.isDirectory(p)) {
                throw new BuildException("input folder not found: " + p.toAbsolutePath()
                        + " (run from a cityrights checkout, or pass --ontology and --data)");
            }
        }
    }

    /** Every regular file under both folders, sorted, for fingerprints. */
    public List<Path> allInputFiles() {
        try (Stream<Path> a = Files.walk(ontologyDir); Stream<Path> b = Files.walk(dataDir)) {
            return Stream.concat(a, b).filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path as users see it in messages: relative to the folder above ontology/ and data/. */
    public String display(Path p) {
        Path root = dataDir.toAbsolutePath().normalize().getParent();
        Path abs = p.toAbsolutePath().normalize();
        return root != null && abs.startsWith(root) ? root.relativize(abs).toString() : p.toString();
    }
}
