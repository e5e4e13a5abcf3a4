package org.w3id.cityrights.support;

import java.io.PrintStream;
import java.io.OutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.w3id.cityrights.build.Builder;
import org.w3id.cityrights.build.ProjectLayout;
import org.w3id.cityrights.store.StoreLayout;
import org.w3id.cityrights.store.Tdb2Store;
import org.w3id.cityrights.vocab.Ids;

/**
 * One real TDB2 store, built once per test run from this checkout's ontology/ and data/ into a
 * temporary folder, shared by the tests that query it (building takes seconds, not milliseconds).
 */
public final class TestStore {
    private static Tdb2Store store;
    private static Path root;

    private TestStore() {}

    public static synchronized Tdb2Store get() {
        if (store == null) {
            try {
                root = Files.createTempDirectory("cityrights-test-store");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            StoreLayout layout = new StoreLayout(root);
            new Builder(ProjectLayout.of(Path.of(".")), Ids.canonical(), quiet()).build(layout);
            store = Tdb2Store.open(layout);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                store.close();
                StoreLayout.deleteTree(root);
            }));
        }
        return store;
    }

    /** The folder of the shared store (built on first use), for tests that run a command against it. */
    public static synchronized Path root() {
        get();
        return root;
    }

    public static PrintStream quiet() {
        return new PrintStream(OutputStream.nullOutputStream());
    }
}
