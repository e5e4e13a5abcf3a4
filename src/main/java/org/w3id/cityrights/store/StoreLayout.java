package org.w3id.cityrights.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The folder a store lives in. Each build writes a complete TDB2 database into a fresh
 * {@code db-*} folder; the one-line file {@code CURRENT} names the database in use and is replaced
 * by an atomic rename only after the new database is complete. A build that fails or is killed
 * leaves {@code CURRENT} pointing at the previous database, so a half-built store is never used.
 */
public final class StoreLayout {
    static final String CURRENT = "CURRENT";
    static final String BUILD_INFO = "build-info.properties";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);

    private final Path root;

    public StoreLayout(Path root) { this.root = root.toAbsolutePath().normalize(); }

    public Path root() { return root; }

    /** The database folder in use, if a build has completed. */
    public Optional<Path> current() {
        Path pointer = root.resolve(CURRENT);
        if (!Files.isRegularFile(pointer)) return Optional.empty();
        try {
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            Path db = root.resolve(name);
            if (!name.startsWith("db-") || !Files.isDirectory(db) || !Files.isRegularFile(db.resolve(BUILD_INFO))) {
                return Optional.empty();
            }
            return Optional.of(db);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<BuildInfo> currentInfo() { return current().map(StoreLayout::readInfo); }

    /** A new, empty folder for a database being built. */
    public Path newDatabaseDir() {
        try {
            Files.createDirectories(root);
            Path db = root.resolve("db-" + STAMP.format(Instant.now()) + "-" + UUID.randomUUID().toString().substring(0, 8));
            Files.createDirectory(db);
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes a completed database the current one: write the pointer aside, then rename it over. */
    public void publish(Path db, BuildInfo info) {
        try {
            writeInfo(db, info);
            Path tmp = root.resolve(CURRENT + ".tmp-" + UUID.randomUUID());
            Files.writeString(tmp, db.getFileName().toString() + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes database folders that are neither current nor {@code keep}, nor held open by a live process. */
    public void removeStale(Path... keep) {
        Optional<Path> current = current();
        List<Path> keepList = Stream.concat(current.stream(), Stream.of(keep)).map(Path::normalize).toList();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path p : dirs.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(CURRENT + ".tmp-")) Files.deleteIfExists(p);
                if (!name.startsWith("db-") || keepList.contains(p.normalize()) || heldByLiveProcess(p)) continue;
                deleteTree(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * TDB2 writes the pid of the process that opened a database into tdb.lock (and leaves the file
     * behind). A database whose last opener is another live process may still be in use and must
     * not be deleted; for this process, the stores it has open say.
     */
    private static boolean heldByLiveProcess(Path db) {
        Path lock = db.resolve("tdb.lock");
        if (!Files.isRegularFile(lock)) return false;
        try {
            long pid = Long.parseLong(Files.readString(lock).strip());
            if (pid == ProcessHandle.current().pid()) return Tdb2Store.isOpenHere(db);
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    public static void deleteTree(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeInfo(Path db, BuildInfo info) throws IOException {
        Properties p = info.toProperties();
        try (var out = Files.newBufferedWriter(db.resolve(BUILD_INFO), StandardCharsets.UTF_8)) {
            p.store(out, "cityrights build");
        }
    }

    static BuildInfo readInfo(Path db) {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(db.resolve(BUILD_INFO), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return BuildInfo.fromProperties(p);
    }
}
