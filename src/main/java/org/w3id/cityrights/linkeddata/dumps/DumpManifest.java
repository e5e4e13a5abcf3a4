package org.w3id.cityrights.linkeddata.dumps;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * What the build wrote into {@code dumps/}: the dataset version, the build time, the number of triples
 * and each file with its size and SHA-256. Kept as {@code manifest.json}, and as {@code SHA256SUMS}
 * for {@code sha256sum -c}.
 */
public record DumpManifest(String datasetVersion, Instant builtAt, long triples, List<DumpFile> files) {
    public static final String MANIFEST = "manifest.json";
    public static final String SUMS = "SHA256SUMS";

    public Optional<DumpFile> file(String name) { return files.stream().filter(f -> f.name().equals(name)).findFirst(); }

    public void write(Path dir) throws IOException {
        JsonObject o = new JsonObject();
        o.put("datasetVersion", datasetVersion);
        o.put("builtAt", builtAt.toString());
        o.put("triples", triples);
        JsonArray fs = new JsonArray();
        StringBuilder sums = new StringBuilder();
        for (DumpFile f : files) {
            JsonObject j = new JsonObject();
            j.put("name", f.name());
            j.put("mediaType", f.mediaType());
            j.put("gzipped", f.gzipped());
            j.put("format", f.displayName());
            j.put("bytes", f.bytes());
            j.put("sha256", f.sha256());
            fs.add(j);
            sums.append(f.sha256()).append("  ").append(f.name()).append('\n');
        }
        o.put("files", fs);
        Files.writeString(dir.resolve(MANIFEST), JSON.toString(o) + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(SUMS), sums.toString(), StandardCharsets.UTF_8);
    }

    public static Optional<DumpManifest> read(Path dir) {
        Path file = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try (InputStream in = Files.newInputStream(file)) {
            JsonObject o = JSON.parse(in);
            List<DumpFile> files = new ArrayList<>();
            for (JsonValue v : o.get("files").getAsArray()) {
                JsonObject j = v.getAsObject();
                files.add(new DumpFile(j.get("name").getAsString().value(), j.get("mediaType").getAsString().value(),
                        j.get("gzipped").getAsBoolean().value(), j.get("format").getAsString().value(),
                        j.get("bytes").getAsNumber().value().longValue(), j.get("sha256").getAsString().value()));
            }
            return Optional.of(new DumpManifest(o.get("datasetVersion").getAsString().value(),
                    Instant.parse(o.get("builtAt").getAsString().value()), o.get("triples").getAsNumber().value().longValue(), List.copyOf(files)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
