package org.w3id.cityrights.linkeddata.dumps;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.cityrights.linkeddata.QueryFile;
import org.w3id.cityrights.linkeddata.SiteIris;
import org.w3id.cityrights.linkeddata.Sparql;
import org.w3id.cityrights.store.BuildInfo;
import org.w3id.cityrights.vocab.Vocab;

/**
 * Writes the whole dataset (the union of its graphs) as Turtle and N-Triples, gzipped, and JSON-LD,
 * each in the same sorted order, with a manifest of sizes and SHA-256 sums. Java's gzip header carries
 * no time stamp, so the same data gives byte-identical files.
 */
public final class DumpWriter {
    private static final QueryFile ALL = QueryFile.of(DumpWriter.class, "all-triples.rq");
    private static final QueryFile KINDS = QueryFile.of(DumpWriter.class, "id-kinds.rq");

    private final Sparql sparql;
    private final SiteIris iris;

    public DumpWriter(Sparql sparql, SiteIris iris) {
        this.sparql = sparql;
        this.iris = iris;
    }

    public DumpManifest write(Path dir, BuildInfo info) throws IOException {
        Files.createDirectories(dir);
        SortedTriples triples = SortedTriples.of(sparql.construct(ALL.query()));
        Map<String, String> prefixes = prefixes();
        List<DumpFile> files = new ArrayList<>();
        for (DumpFormat f : List.of(new TurtleDump(prefixes), new NTriplesDump(), new JsonLdDump(prefixes))) files.add(write(dir, f, triples));
        DumpManifest manifest = new DumpManifest(info.datasetVersion(), info.builtAt(), triples.size(), List.copyOf(files));
        manifest.write(dir);
        return manifest;
    }

    /** The project's prefixes, and one per kind of thing under the identifier space that does not clash with them. */
    Map<String, String> prefixes() {
        Map<String, String> p = new LinkedHashMap<>(Vocab.prefixes().getNsPrefixMap());
        for (Binding row : sparql.select(KINDS.bind().literal("idSpace", iris.idSpace()).query())) {
            String kind = Sparql.string(row, "kind");
            p.putIfAbsent(kind, iris.idSpace() + kind + "/");
        }
        return p;
    }

    private static DumpFile write(Path dir, DumpFormat format, SortedTriples triples) throws IOException {
        Path file = dir.resolve(format.fileName());
        MessageDigest sha = sha256();
        try (OutputStream raw = new DigestOutputStream(Files.newOutputStream(file), sha);
             OutputStream content = format.gzipped() ? new GZIPOutputStream(raw, 1 << 16) : raw;
             Writer w = new BufferedWriter(new OutputStreamWriter(content, StandardCharsets.UTF_8), 1 << 16)) {
            format.write(triples, w);
        }
        return new DumpFile(format.fileName(), format.mediaType(), format.gzipped(), format.displayName(),
                Files.size(file), HexFormat.of().formatHex(sha.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
