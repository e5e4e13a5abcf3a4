package org.w3id.cityrights.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
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
    private final DatasetGraph dsg;
    private final BuildInfo info;
    private volatile boolean open = true;

    private Tdb2Store(DatasetGraph dsg, BuildInfo info) {
        this.dsg = dsg;
        this.info = info;
    }

    /** Opens the current database of a store folder; fails if none has been built. */
    public static Tdb2Store open(StoreLayout layout) {
        Path db = layout.current().orElseThrow(() ->
                new IllegalStateException("no built store in " + layout.root() + " (run: cityrights build)"));
        return new Tdb2Store(DatabaseMgr.connectDatasetGraph(Location.create(db)), StoreLayout.readInfo(db));
    }

    @Override
    public QueryOutcome query(Query query, List<String> defaultGraphs, List<String> namedGraphs, long timeoutMillis) {
        return Txn.calculateRead(dsg, () -> {
            DatasetGraph target = dsg;
            boolean union = true;
            if (!defaultGraphs.isEmpty() || !namedGraphs.isEmpty()) {
                target = DynamicDatasets.dynamicDataset(nodes(defaultGraphs), nodes(namedGraphs), dsg, false);
                union = false;
            }
            QueryExecDatasetBuilder b = QueryExec.newBuilder().dataset(target).query(query)
                    .timeout(timeoutMillis, TimeUnit.MILLISECONDS)
                    // No server-side fetching: SERVICE would let any client make the server open connections.
                    .set(ARQ.httpServiceAllowed, false);
            if (union) b.set(TDB2.symUnionDefaultGraph, true);
            try (QueryExec qe = b.build()) {
                return run(query, qe);
            } catch (QueryCancelledException e) {
                throw new QueryTimeoutException(timeoutMillis);
            }
        });
    }

    private static QueryOutcome run(Query query, QueryExec qe) {
        if (query.isSelectType()) {
            RowSet rs = qe.select();
            List<Var> vars = rs.getResultVars();
            List<Binding> rows = new ArrayList<>();
            // TDB2 bindings resolve their nodes lazily; copy them while the read transaction is open.
            rs.forEachRemaining(b -> {
                BindingBuilder copy = Binding.builder();
                b.forEach(copy::add);
                rows.add(copy.build());
            });
            return new QueryOutcome.Rows(vars, rows);
        }
        if (query.isAskType()) return new QueryOutcome.Bool(qe.ask());
        Graph g = GraphFactory.createDefaultGraph();
        if (query.isConstructType()) qe.construct(g);
        else if (query.isDescribeType()) qe.describe(g);
        else throw new IllegalArgumentException("unsupported query form");
        g.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
        return new QueryOutcome.Triples(g);
    }

    private static List<Node> nodes(List<String> iris) {
        return iris.stream().map(NodeFactory::createURI).toList();
    }

    @Override public boolean isOpen() { return open; }

    @Override public BuildInfo info() { return info; }

    @Override
    public void close() {
        if (open) {
            open = false;
            TDBInternal.expel(dsg);
        }
    }
}
