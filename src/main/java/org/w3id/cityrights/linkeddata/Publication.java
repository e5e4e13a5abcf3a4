package org.w3id.cityrights.linkeddata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.w3id.cityrights.build.StoreBuilder;
import org.w3id.cityrights.linkeddata.dataset.CatalogDescription;
import org.w3id.cityrights.linkeddata.dataset.DatasetMetadata;
import org.w3id.cityrights.linkeddata.dataset.DatasetStatistics;
import org.w3id.cityrights.linkeddata.dataset.ServiceDescription;
import org.w3id.cityrights.linkeddata.dataset.VoidDescription;
import org.w3id.cityrights.linkeddata.dumps.DumpManifest;
import org.w3id.cityrights.linkeddata.dumps.DumpWriter;
import org.w3id.cityrights.store.BuildInfo;
import org.w3id.cityrights.store.Tdb2Store;

/**
 * The build's last step before a new database becomes current: from the loaded store, write the dumps
 * and the dataset descriptions (VoID, DCAT, SPARQL service description) with every count computed by a
 * query, into the database's own folder, so the atomic swap publishes data and descriptions together.
 */
public final class Publication implements StoreBuilder.AfterLoad {
    public static final String VOID = "void.ttl";
    public static final String CATALOG = "catalog.ttl";
    public static final String SERVICE = "service.ttl";
    public static final String DUMPS = "dumps";
    /** Queries over the whole dataset take well under a second; this bounds a build that would hang. */
    static final long BUILD_QUERY_TIMEOUT_MS = 600_000;

    private final PrintStream log;

    public Publication(PrintStream log) { this.log = log; }

    @Override
    public void complete(Path db, BuildInfo info) {
        long t0 = System.nanoTime();
        Path out = db.resolve(Tdb2Store.PUBLISHED);
        try (Tdb2Store store = Tdb2Store.openUnpublished(db, info)) {
            Files.createDirectories(out);
            Sparql sparql = new Sparql(store, BUILD_QUERY_TIMEOUT_MS);
            SiteIris iris = new SiteIris(info.baseIri());
            DumpManifest dumps = new DumpWriter(sparql, iris).write(out.resolve(DUMPS), info);
            DatasetStatistics stats = DatasetStatistics.compute(sparql, iris);
            DatasetMetadata meta = DatasetMetadata.read(sparql, iris);
            write(out.resolve(VOID), VoidDescription.of(iris, meta, stats, dumps, info));
            write(out.resolve(CATALOG), CatalogDescription.of(iris, meta, dumps, info));
            write(out.resolve(SERVICE), ServiceDescription.of(iris, meta, stats));
            log.printf("wrote dumps (%,d triples) and dataset descriptions in %.1f s%n", dumps.triples(), (System.nanoTime() - t0) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, Model m) throws IOException {
        try (OutputStream o = Files.newOutputStream(file)) {
            RDFDataMgr.write(o, m, RDFFormat.TURTLE_PRETTY);
        }
    }
}
