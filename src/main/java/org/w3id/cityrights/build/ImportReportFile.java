package org.w3id.cityrights.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.w3id.cityrights.importer.ImportReport;
import org.w3id.cityrights.store.StoreLayout;

/** The import report of the current store, beside it as {@code import-report.txt}, where a curator finds it. */
public final class ImportReportFile {
    public static final String NAME = "import-report.txt";

    private ImportReportFile() {}

    /** Replaces the report in one rename, so a reader never sees half of it. */
    static Path write(StoreLayout store, ImportReport report) {
        Path target = store.root().resolve(NAME);
        Path tmp = store.root().resolve(NAME + ".tmp");
        try {
            Files.writeString(tmp, report.format(), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
