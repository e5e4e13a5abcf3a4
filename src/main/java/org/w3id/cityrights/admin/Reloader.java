package org.w3id.cityrights.admin;

import java.util.concurrent.locks.ReentrantLock;

import org.w3id.cityrights.build.Builder;
import org.w3id.cityrights.store.BuildInfo;
import org.w3id.cityrights.store.StoreLayout;
import org.w3id.cityrights.store.SwitchableStore;
import org.w3id.cityrights.store.Tdb2Store;

/**
 * Rebuilds the store from ontology/ and data/ into a new database and swaps it in while the server
 * keeps answering from the old one. A build that fails leaves the old database serving.
 */
public final class Reloader {
    private final Builder builder;
    private final StoreLayout layout;
    private final SwitchableStore store;
    private final ReentrantLock lock = new ReentrantLock();

    public Reloader(Builder builder, StoreLayout layout, SwitchableStore store) {
        this.builder = builder;
        this.layout = layout;
        this.store = store;
    }

    /** @throws ReloadInProgressException when another reload is running */
    public BuildInfo reload() {
        if (!lock.tryLock()) throw new ReloadInProgressException();
        try {
            builder.build(layout);
            store.swap(Tdb2Store.open(layout));
            return store.info();
        } finally {
            lock.unlock();
        }
    }

    /** Only one reload runs at a time. */
    public static final class ReloadInProgressException extends RuntimeException {
        public ReloadInProgressException() { super("a reload is already running", null, false, false); }
    }
}
