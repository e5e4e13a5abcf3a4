package org.w3id.cityrights.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** Copies of this checkout's ontology/ and data/ in temporary folders, for tests that change or rebuild them. */
public final class TestProjects {
    private TestProjects() {}

    public static Path copy(String name) {
        try {
            Path p = Files.createTempDirectory("cityrights-" + name);
            copyTree(Path.of("ontology"), p.resolve("ontology"));
            copyTree(Path.of("data"), p.resolve("data"));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path src : s.sorted(Comparator.naturalOrder()).toList()) {
                Path dst = to.resolve(from.relativize(src).toString());
                if (Files.isDirectory(src)) Files.createDirectories(dst);
                else Files.copy(src, dst, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    public static void delete(Path p) {
        if (p == null || !Files.exists(p)) return;
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
