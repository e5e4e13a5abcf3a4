package org.w3id.cityrights.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** A copy of this checkout's ontology/ and data/ in a temporary folder, for tests that change the inputs. */
public final class ProjectCopy {
    private ProjectCopy() {}

    public static Path of(Path target) {
        copyTree(Path.of("ontology"), target.resolve("ontology"));
        copyTree(Path.of("data"), target.resolve("data"));
        return target;
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path src : s.sorted(Comparator.naturalOrder()).toList()) {
                Path dst = to.resolve(from.relativize(src).toString());
                if (Files.isDirectory(src)) Files.createDirectories(dst);
                else Files.copy(src, dst, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
