package org.w3id.cityrights.build;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.system.progress.MonitorOutput;
import org.w3id.cityrights.store.BuildInfo;
import org.w3id.cityrights.store.StoreLayout;
import org.w3id.cityrights.vocab.Ids;

/**
 * Loads prepared data into a fresh TDB2 database and makes it current only once it is complete.
 * If anything fails, the new folder is removed and the previous database stays in use.
 */
public final class StoreBuilder {
    private static final long REPORT_EVERY = 100_000;
    private final PrintStream log;
    private final AfterLoad afterLoad;

    /** Work on a loaded database before it becomes current; a failure here discards the database. */
    @FunctionalInterface
    public interface AfterLoad {
        void complete(Path db, BuildInfo info);
    }

    public StoreBuilder(PrintStream log) { this(log, (db, info) -> { }); }

    public StoreBuilder(PrintStream log, AfterLoad afterLoad) {
        this.log = log;
        this.afterLoad = afterLoad;
    }

    public BuildInfo load(Pipeline.Prepared prepared, Graph meta, StoreLayout store, Ids ids, String fingerprint, String datasetVersion) {
        Path db = store.newDatabaseDir();
        DatasetGraph dsg = null;
        boolean published = false;
        long t0 = System.nanoTime();
        try {
            dsg = DatabaseMgr.connectDatasetGraph(Location.create(db));
            MonitorOutput quiet = (fmt, args) -> { };
            DataLoader loader = LoaderFactory.parallelLoader(dsg, quiet);
            loader.startBulk();
            long n = 0;
            try {
                StreamRDF out = loader.stream();
                for (Iterator<Quad> it = prepared.data().quads(); it.hasNext(); ) n = send(out, it.next(), n, t0);
                Node inferred = NodeFactory.createURI(ids.graph(Pipeline.INFERRED));
                for (var it = prepared.inferred().find(); it.hasNext(); ) n = send(out, new Quad(inferred, it.next()), n, t0);
                Node metaGraph = NodeFactory.createURI(ids.graph("meta"));
                for (var it = meta.find(); it.hasNext(); ) n = send(out, new Quad(metaGraph, it.next()), n, t0);
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            double s = (System.nanoTime() - t0) / 1e9;
            log.printf("loaded %,d quads into %s in %.1f s (%,.0f quads/s)%n", n, db, s, n / Math.max(s, 1e-9));
            TDBInternal.expel(dsg);
            dsg = null;
            BuildInfo info = new BuildInfo(fingerprint, datasetVersion, ids.base(), Instant.now(), n);
            afterLoad.complete(db, info);
            store.publish(db, info);
            published = true;
            store.removeStale();
            return info;
        } finally {
            if (dsg != null) TDBInternal.expel(dsg);
            if (!published) StoreLayout.deleteTree(db);
        }
    }

    private long send(StreamRDF out, Quad q, long n, long t0) {
        out.quad(q);
        long count = n + 1;
        if (count % REPORT_EVERY == 0) {
            double s = (System.nanoTime() - t0) / 1e9;
            log.printf("  %,d quads (%,.0f quads/s)%n", count, count / Math.max(s, 1e-9));
        }
        return count;
    }
}
