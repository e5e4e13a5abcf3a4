package org.w3id.cityrights.workbench.permalinks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.w3id.cityrights.http.HttpError;
import org.w3id.cityrights.workbench.Json;

/**
 * Permalinks on disk, one small JSON file per link in a folder of their own beside the databases (not
 * inside a {@code db-*} folder, so links outlive every rebuild). A link's id is derived from its query,
 * view and dataset version, so saving the same run twice gives the same link; each file is written
 * aside and renamed into place, so a crash never leaves half a link.
 */
public final class PermalinkStore {
    private static final Pattern ID = Pattern.compile("[a-z2-7]{10,52}");
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private final Path dir;
    private final PermalinkLimits limits;
    private int count;

    public PermalinkStore(Path dir, PermalinkLimits limits) {
        this.dir = dir.toAbsolutePath().normalize();
        this.limits = Objects.requireNonNull(limits);
        try {
            Files.createDirectories(this.dir);
            try (Stream<Path> files = Files.list(this.dir)) {
                count = (int) files.filter(p -> p.getFileName().toString().endsWith(".json")).count();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the permalink folder " + this.dir, e);
        }
    }

    public Path dir() { return dir; }

    public PermalinkLimits limits() { return limits; }

    /** Refuses a query longer than the limit before any work is done on it. */
    public void checkSize(String query) {
        int bytes = query.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > limits.maxQueryBytes()) {
            throw new HttpError(413, "The query is " + bytes + " bytes; a permalink holds at most " + limits.maxQueryBytes() + " bytes.");
        }
    }

    /** Saves a run, or returns the link already saved for the same query, view and dataset version. */
    public synchronized Permalink save(String query, String view, String datasetVersion, long rowCount, String sha256) {
        checkSize(query);
        String digest = digest(query + "\n" + view + "\n" + datasetVersion);
        for (int len = 10; len <= digest.length(); len += 4) {
            String id = digest.substring(0, len);
            Optional<Permalink> existing = find(id);
            if (existing.isPresent()) {
                Permalink e = existing.get();
                if (e.query().equals(query) && e.view().equals(view) && e.datasetVersion().equals(datasetVersion)) return e;
                continue; // another run shares this prefix: take a longer id
            }
            if (count >= limits.maxLinks()) {
                throw new HttpError(507, "This server keeps at most " + limits.maxLinks() + " permalinks and has no room for more.");
            }
            Permalink p = new Permalink(id, query, view, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), datasetVersion, rowCount, sha256);
            write(p);
            count++;
            return p;
        }
        throw new IllegalStateException("no free permalink id for this digest");
    }

    public Optional<Permalink> find(String id) {
        if (id == null || !ID.matcher(id).matches()) return Optional.empty();
        Path f = dir.resolve(id + ".json");
        if (!Files.isRegularFile(f)) return Optional.empty();
        try {
            return Optional.of(Json.MAPPER.readValue(Files.readString(f, StandardCharsets.UTF_8), Permalink.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read permalink " + f, e);
        }
    }

    private void write(Permalink p) {
        Path tmp = dir.resolve(".tmp-" + UUID.randomUUID());
        try {
            Files.writeString(tmp, Json.write(p), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, dir.resolve(p.id() + ".json"), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir.resolve(p.id() + ".json"));
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the write already failed; that is the error to report
            }
            throw new UncheckedIOException("cannot save permalink in " + dir, e);
        }
    }

    private static String digest(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder();
            int buffer = 0, bits = 0;
            for (byte x : d) {
                buffer = (buffer << 8) | (x & 0xff);
                bits += 8;
                while (bits >= 5) {
                    b.append(BASE32[(buffer >> (bits - 5)) & 31]);
                    bits -= 5;
                }
            }
            return b.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
