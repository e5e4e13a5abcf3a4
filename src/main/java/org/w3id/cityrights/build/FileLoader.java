package org.w3id.cityrights.build;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.cityrights.store.BuildInfo;
import org.w3id.cityrights.store.StoreLayout;

/**
 * Loads RDF files as they are (N-Quads, TriG, N-Triples, Turtle, optionally gzipped) into a fresh
 * TDB2 database of a store folder and makes it current once complete, like a build does. It does
 * none of a build's other work: no import of CSV tables, no inference, no SHACL validation. It is for
 * data prepared elsewhere, such as the synthetic benchmark data, which carries its inferred triples
 * with it; the loading itself is Jena's TDB2 bulk loader, as in {@code tdb2.tdbloader}.
 */
public final class FileLoader {
    /** Jena's bulk loaders; {@code phased} is {@code tdb2.tdbloader}'s default. */
    public enum Kind { PHASED, PARALLEL, SEQUENTIAL, BASIC }

    private final PrintStream log;

    public FileLoader(PrintStream log) { this.log = log; }

    public BuildInfo load(StoreLayout store, List<Path> files, String datasetVersion, Kind kind) {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) throw new BuildException("no such file: " + f);
        }
        Path db = store.newDatabaseDir();
        DatasetGraph dsg = null;
        boolean published = false;
        long t0 = System.nanoTime();
        try {
            dsg = DatabaseMgr.connectDatasetGraph(Location.create(db));
            MonitorOutput quiet = (fmt, args) -> { };
            DataLoader loader = switch (kind) {
                case PHASED -> LoaderFactory.phasedLoader(dsg, quiet);
                case PARALLEL -> LoaderFactory.parallelLoader(dsg, quiet);
                case SEQUENTIAL -> LoaderFactory.sequentialLoader(dsg, quiet);
                case BASIC -> LoaderFactory.basicLoader(dsg, quiet);
            };
            loader.startBulk();
            try {
                loader.load(files.stream().map(Path::toString).toList());
                loader.finishBulk();
            } catch (RiotException e) {
                loader.finishException(e);
                throw new BuildException("cannot load " + files + ": " + e.getMessage());
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            long n = loader.countQuads() + loader.countTriples();
            double s = (System.nanoTime() - t0) / 1e9;
            log.printf(Locale.ROOT, "loaded %,d quads with the %s loader into %s in %.1f s (%,.0f quads/s)%n",
                    n, kind.name().toLowerCase(Locale.ROOT), db, s, n / Math.max(s, 1e-9));
            TDBInternal.expel(dsg);
            dsg = null;
            BuildInfo info = new BuildInfo("loaded:" + datasetVersion, datasetVersion, "", Instant.now(), n);
            store.publish(db, info);
            published = true;
            store.removeStale();
            return info;
        } finally {
            if (dsg != null) TDBInternal.expel(dsg);
            if (!published) StoreLayout.deleteTree(db);
        }
    }
}
