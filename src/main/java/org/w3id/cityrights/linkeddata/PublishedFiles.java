package org.w3id.cityrights.linkeddata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.cityrights.http.HttpError;
import org.w3id.cityrights.linkeddata.dumps.DumpManifest;
import org.w3id.cityrights.store.Store;

/** The files the build published beside the database in use: dataset descriptions, read once, and the dumps. */
public final class PublishedFiles {
    private final Optional<Path> dir;
    private final Map<String, Graph> graphs = new ConcurrentHashMap<>();

    public PublishedFiles(Store store) { this.dir = store.publishedFiles(); }

    /** A dataset description (e.g. {@link Publication#VOID}) as a graph. */
    public Graph description(String fileName) {
        return graphs.computeIfAbsent(fileName, f -> RDFDataMgr.loadGraph(require(f).toString()));
    }

    public Path dumpsDir() { return require(Publication.DUMPS); }

    public DumpManifest dumps() {
        return DumpManifest.read(dumpsDir()).orElseThrow(PublishedFiles::missing);
    }

    private Path require(String name) {
        Path p = dir.map(d -> d.resolve(name)).filter(Files::exists).orElseThrow(PublishedFiles::missing);
        return p;
    }

    private static HttpError missing() {
        return new HttpError(503, "This store was built without its dumps and dataset descriptions; rebuild it (cityrights build).");
    }
}
