package org.w3id.cityrights.store;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.apache.jena.query.Query;

/**
 * A store whose database can be replaced while it serves. Each query holds the database it started
 * on until it ends, so every query sees either the old or the new data, never a mix; the old
 * database is closed (and handed to {@code onRetired}) when its last query has finished.
 */
public final class SwitchableStore implements Store {
    private final AtomicReference<Holder> current;
    private final Consumer<Tdb2Store> onRetired;
    /** Odd while a swap is under way; see {@link Store#generation()}. */
    private final AtomicLong generation = new AtomicLong();

    private static final class Holder {
        final Tdb2Store store;
        final AtomicInteger users = new AtomicInteger();
        final AtomicBoolean retired = new AtomicBoolean();
        /** Replaced by a newer database (not merely closed at shutdown): only then is it handed to onRetired. */
        final AtomicBoolean replaced = new AtomicBoolean();
        final AtomicBoolean closed = new AtomicBoolean();
        Holder(Tdb2Store store) { this.store = store; }
    }

    public SwitchableStore(Tdb2Store initial, Consumer<Tdb2Store> onRetired) {
        this.current = new AtomicReference<>(new Holder(initial));
        this.onRetired = onRetired;
    }

    @Override
    public QueryOutcome query(Query query, List<String> defaultGraphs, List<String> namedGraphs, QueryOptions options) {
        Holder h = acquire();
        try {
            return h.store.query(query, defaultGraphs, namedGraphs, options);
        } finally {
            release(h);
        }
    }

    @Override
    public void answer(Query query, List<String> defaultGraphs, List<String> namedGraphs, QueryOptions options, AnswerSink sink) {
        Holder h = acquire();
        try {
            h.store.answer(query, defaultGraphs, namedGraphs, options, sink);
        } finally {
            release(h);
        }
    }

    private Holder acquire() {
        while (true) {
            Holder h = current.get();
            h.users.incrementAndGet();
            // Still current after registering as a user: the swap has not retired it, so it stays open.
            if (current.get() == h) return h;
            release(h);
        }
    }

    private void release(Holder h) {
        if (h.users.decrementAndGet() == 0 && h.retired.get()) closeOnce(h);
    }

    /** Makes {@code next} the store new queries use; the previous one closes when its queries are done. */
    public void swap(Tdb2Store next) {
        generation.incrementAndGet();
        Holder old = current.getAndSet(new Holder(next));
        generation.incrementAndGet();
        old.replaced.set(true);
        old.retired.set(true);
        if (old.users.get() == 0) closeOnce(old);
    }

    private void closeOnce(Holder h) {
        if (h.closed.compareAndSet(false, true)) {
            h.store.close();
            if (h.replaced.get()) onRetired.accept(h.store);
        }
    }

    /** The database in use now. */
    public Tdb2Store currentStore() { return current.get().store; }

    @Override public boolean isOpen() { return current.get().store.isOpen(); }

    @Override public long generation() { return generation.get(); }

    @Override public BuildInfo info() { return current.get().store.info(); }

    @Override public java.util.Optional<java.nio.file.Path> publishedFiles() { return current.get().store.publishedFiles(); }

    /** Closes the database in use at shutdown; it stays on disk as the current one. */
    @Override
    public void close() {
        Holder h = current.get();
        h.retired.set(true);
        closeOnce(h);
    }
}
