package org.w3id.cityrights.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.w3id.cityrights.workbench.permalinks.PermalinkLimits;

/**
 * Where the workbench finds the saved-query catalogue and keeps permalinks, and its limits. A served
 * store keeps permalinks in {@code permalinks/} beside its databases, outside every {@code db-*}
 * folder, so they survive rebuilds.
 */
public record WorkbenchSettings(Path catalogDir, Path permalinkDir, PermalinkLimits limits) {
    public static final Path DEFAULT_CATALOG = Path.of("queries", "catalog");

    public WorkbenchSettings {
        Objects.requireNonNull(catalogDir, "catalogDir");
        Objects.requireNonNull(permalinkDir, "permalinkDir");
        Objects.requireNonNull(limits, "limits");
    }

    public static WorkbenchSettings forStore(Path storeRoot, Path catalogDir) {
        return new WorkbenchSettings(catalogDir, storeRoot.resolve("permalinks"), PermalinkLimits.DEFAULT);
    }

    /** Permalinks in a fresh temporary folder: for a server whose links need not outlive it, such as a test's. */
    public static WorkbenchSettings temporary() {
        try {
            return new WorkbenchSettings(DEFAULT_CATALOG, Files.createTempDirectory("cityrights-permalinks"), PermalinkLimits.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WorkbenchSettings withLimits(PermalinkLimits l) { return new WorkbenchSettings(catalogDir, permalinkDir, l); }

    public WorkbenchSettings withPermalinkDir(Path dir) { return new WorkbenchSettings(catalogDir, dir, limits); }
}
