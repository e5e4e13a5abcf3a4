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

/**
 * The files the build published beside the database in use: dataset descriptions, read once per
 * database, and the dumps. The folder is asked of the store on every call, since a reload moves the
 * store to a new database (and the old one's folder goes).
 */
public final class PublishedFiles {
    private final Store store;
    private final Map<Path, Graph> graphs = new ConcurrentHashMap<>();

    public PublishedFiles(Store store) { this.store = store; }

    /** A dataset description (e.g. {@link Publication#VOID}) as a graph. */
    public Graph description(String fileName) {
        Path file = require(fileName);
        // Descriptions of databases no longer in use are dropped: there is one current database at a time.
        graphs.keySet().removeIf(k -> !k.startsWith(file.getParent()));
        return graphs.computeIfAbsent(file, f -> RDFDataMgr.loadGraph(f.toString()));
    }

    public Path dumpsDir() { return require(Publication.DUMPS); }

    public DumpManifest dumps() {
        return DumpManifest.read(dumpsDir()).orElseThrow(PublishedFiles::missing);
    }

    private Path require(String name) {
        Optional<Path> dir = store.publishedFiles();
        if (dir.isEmpty()) {
            throw new HttpError(404, "This server answers from a remote SPARQL service and keeps no files of its own: the dumps and "
                    + "dataset descriptions are published by the server that holds the built store.");
        }
        return Optional.of(dir.get().resolve(name)).filter(Files::exists).orElseThrow(PublishedFiles::missing);
    }

    private static HttpError missing() {
        return new HttpError(503, "This store was built without its dumps and dataset descriptions; rebuild it (cityrights build).");
    }
}
