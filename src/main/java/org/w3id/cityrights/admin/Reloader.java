package org.w3id.cityrights.admin;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.w3id.cityrights.build.Builder;
import org.w3id.cityrights.build.GraphStorePublisher;
import org.w3id.cityrights.store.BuildInfo;
import org.w3id.cityrights.store.RemoteStore;
import org.w3id.cityrights.store.StoreLayout;
import org.w3id.cityrights.store.SwitchableStore;
import org.w3id.cityrights.store.Tdb2Store;

/**
 * Rebuilds the store from ontology/ and data/ into a new database and swaps it in while the server
 * keeps answering from the old one. A build that fails leaves the old database serving.
 */
public final class Reloader {
    private final Supplier<BuildInfo> work;
    private final ReentrantLock lock = new ReentrantLock();

    public Reloader(Builder builder, StoreLayout layout, SwitchableStore store) {
        this(() -> {
            builder.build(layout);
            store.swap(Tdb2Store.open(layout));
            return store.info();
        });
    }

    private Reloader(Supplier<BuildInfo> work) { this.work = work; }

    /**
     * Over a remote service: builds locally (a failed build changes nothing), copies the result to the
     * service through the Graph Store Protocol, then reads the new version at once.
     */
    public static Reloader toService(Builder builder, StoreLayout staging, GraphStorePublisher publisher, RemoteStore remote) {
        return new Reloader(() -> {
            builder.build(staging);
            try (Tdb2Store built = Tdb2Store.open(staging)) {
                publisher.publish(built);
            }
            remote.refresh();
            return remote.info();
        });
    }

    /** @throws ReloadInProgressException when another reload is running */
    public BuildInfo reload() {
        if (!lock.tryLock()) throw new ReloadInProgressException();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** Only one reload runs at a time. */
    public static final class ReloadInProgressException extends RuntimeException {
        public ReloadInProgressException() { super("a reload is already running", null, false, false); }
    }
}
