package org.w3id.cityrights.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The embedded default: a TDB2 database built by {@code cityrights build}. Every input lives in its
 * own named graph; the default graph of a query is their union unless the request names graphs.
 */
public final class Tdb2Store implements Store {
    /** The folder, inside the database folder, of the files a build publishes beside the data. */
    public static final String PUBLISHED = "published";

    private final DatasetGraph dsg;
    private final BuildInfo info;
    private final Path location;
    private volatile boolean open = true;
    /** Databases this process has open: tdb.lock names only the last process that opened one. */
    private static final java.util.Set<Path> OPEN_HERE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private Tdb2Store(DatasetGraph dsg, BuildInfo info, Path location) {
        this.dsg = dsg;
        this.info = info;
        this.location = location;
    }

    /** Opens the current database of a store folder; fails if none has been built. */
    public static Tdb2Store open(StoreLayout layout) {
        Path db = layout.current().orElseThrow(() ->
                new IllegalStateException("no built store in " + layout.root() + " (run: cityrights build)"));
        Tdb2Store store = new Tdb2Store(DatabaseMgr.connectDatasetGraph(Location.create(db)), StoreLayout.readInfo(db), db);
        OPEN_HERE.add(db.toAbsolutePath().normalize());
        return store;
    }

    /** Opens a database folder that a build has loaded but not yet made current (for its publishing steps). */
    public static Tdb2Store openUnpublished(Path db, BuildInfo info) {
        Tdb2Store store = new Tdb2Store(DatabaseMgr.connectDatasetGraph(Location.create(db)), info, db);
        OPEN_HERE.add(db.toAbsolutePath().normalize());
        return store;
    }

    @Override
    public QueryOutcome query(Query query, List<String> defaultGraphs, List<String> namedGraphs, QueryOptions options) {
        return execute(query, defaultGraphs, namedGraphs, options, qe -> run(query, qe, options.maxRows()));
    }

    /** Writes rows to the sink as the engine produces them, inside the read transaction (TDB2 nodes resolve lazily). */
    @Override
    public void answer(Query query, List<String> defaultGraphs, List<String> namedGraphs, QueryOptions options, AnswerSink sink) {
        execute(query, defaultGraphs, namedGraphs, options, qe -> {
            if (query.isSelectType()) sink.rows(RowLimit.of(qe.select(), options.maxRows()));
            else AnswerSink.send(run(query, qe, options.maxRows()), sink);
            return null;
        });
    }

    private <T> T execute(Query query, List<String> defaultGraphs, List<String> namedGraphs, QueryOptions options,
                          java.util.function.Function<QueryExec, T> work) {
        return Txn.calculateRead(dsg, () -> {
            DatasetGraph target = dsg;
            boolean union = true;
            if (!defaultGraphs.isEmpty() || !namedGraphs.isEmpty()) {
                target = DynamicDatasets.dynamicDataset(nodes(defaultGraphs), nodes(namedGraphs), dsg, false);
                union = false;
            }
            QueryExecDatasetBuilder b = QueryExec.newBuilder().dataset(target).query(query)
                    .timeout(options.timeoutMillis(), TimeUnit.MILLISECONDS)
                    // No server-side fetching unless the caller checked every SERVICE endpoint against its allow-list.
                    .set(ARQ.httpServiceAllowed, options.allowService())
                    // Large sorts and groupings go to temporary files instead of filling the heap.
                    .set(ARQ.spillToDiskThreshold, SPILL_THRESHOLD);
            if (union) b.set(TDB2.symUnionDefaultGraph, true);
            long t0 = System.nanoTime();
            try (QueryExec qe = b.build()) {
                return work.apply(qe);
            } catch (QueryCancelledException e) {
                throw new QueryTimeoutException(options.timeoutMillis());
            } catch (ResultTooLargeException | QueryTimeoutException e) {
                throw e;
            } catch (RuntimeException e) {
                // Some operators fail while being cancelled instead of reporting the cancellation.
                if ((System.nanoTime() - t0) / 1_000_000 >= options.timeoutMillis()) throw new QueryTimeoutException(options.timeoutMillis());
                throw e;
            }
        });
    }

    private static QueryOutcome run(Query query, QueryExec qe, long maxRows) {
        if (query.isSelectType()) {
            RowSet rs = qe.select();
            List<Var> vars = rs.getResultVars();
            List<Binding> rows = new ArrayList<>();
            // TDB2 bindings resolve their nodes lazily; copy them while the read transaction is open.
            while (rs.hasNext()) {
                Binding b = rs.next();
                if (rows.size() >= maxRows) throw new ResultTooLargeException(maxRows);
                BindingBuilder copy = Binding.builder();
                b.forEach(copy::add);
                rows.add(copy.build());
            }
            return new QueryOutcome.Rows(vars, rows);
        }
        if (query.isAskType()) return new QueryOutcome.Bool(qe.ask());
        Iterator<Triple> triples;
        if (query.isConstructType()) triples = qe.constructTriples();
        else if (query.isDescribeType()) triples = qe.describeTriples();
        else throw new IllegalArgumentException("unsupported query form");
        Graph g = GraphFactory.createDefaultGraph();
        while (triples.hasNext()) {
            g.add(triples.next());
            if (g.size() > maxRows) throw new ResultTooLargeException(maxRows);
        }
        g.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
        return new QueryOutcome.Triples(g);
    }

    /** Rows a sort or grouping keeps in memory before spilling to temporary files. */
    private static final long SPILL_THRESHOLD = 100_000;

    private static List<Node> nodes(List<String> iris) {
        return iris.stream().map(NodeFactory::createURI).toList();
    }

    @Override public boolean isOpen() { return open; }

    /** Whether this process has the database in this folder open. */
    static boolean isOpenHere(Path db) { return OPEN_HERE.contains(db.toAbsolutePath().normalize()); }

    /** The database folder this store reads. */
    public Path location() { return location; }

    @Override public BuildInfo info() { return info; }

    @Override public Optional<Path> publishedFiles() { return Optional.of(location.resolve(PUBLISHED)); }

    @Override
    public void close() {
        if (open) {
            open = false;
            TDBInternal.expel(dsg);
            OPEN_HERE.remove(location.toAbsolutePath().normalize());
        }
    }
}
