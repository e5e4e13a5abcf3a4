package org.w3id.cityrights.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.cityrights.store.BuildInfo;
import org.w3id.cityrights.store.StoreLayout;
import org.w3id.cityrights.store.Tdb2Store;

/**
 * A small real TDB2 store in a temporary folder, loaded from test data whose labels try to break out
 * of HTML and other formats. Each call to {@link #build} publishes a new database with its own
 * dataset version into the folder, as a rebuild would.
 */
public final class HostileStore {
    public static final Path DATA = Path.of("src/test/resources/workbench/hostile.trig");

    private HostileStore() {}

    public static Path newRoot() {
        try {
            return Files.createTempDirectory("cityrights-hostile-store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the test data into a fresh database of the folder, makes it current and opens it. */
    public static Tdb2Store build(Path root, String datasetVersion) {
        StoreLayout layout = new StoreLayout(root);
        Path db = layout.newDatabaseDir();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(db));
        Txn.executeWrite(dsg, () -> RDFDataMgr.read(dsg, DATA.toString()));
        long quads = Txn.calculateRead(dsg, () -> dsg.stream().count());
        TDBInternal.expel(dsg);
        layout.publish(db, new BuildInfo("test", datasetVersion, "https://example.org/test/", Instant.now(), quads));
        return Tdb2Store.open(layout);
    }
}
