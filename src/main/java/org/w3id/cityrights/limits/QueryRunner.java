package org.w3id.cityrights.limits;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.w3id.cityrights.store.QueryTimeoutException;

/**
 * Runs queries on a bounded set of worker threads. A query that finds no free slot waits a short,
 * bounded time and is then turned away (503 with Retry-After), so overload never becomes an endless
 * queue. The engine cancels a query at its time limit, but only where its operators check for
 * cancellation; so the caller also stops waiting shortly after the limit and answers 503 in time,
 * while the slot stays taken until the worker has really finished.
 */
public final class QueryRunner {
    /** How long past the time limit the caller waits for the engine's own cancellation. */
    static final long WATCHDOG_MARGIN_MILLIS = 500;

    private final Semaphore slots;
    private final int size;
    private final long waitMillis;
    private final AtomicInteger running = new AtomicInteger();
    private final ExecutorService workers;

    public QueryRunner(int slots, long waitMillis) {
        this.slots = new Semaphore(slots, true);
        this.size = slots;
        this.waitMillis = waitMillis;
        AtomicInteger n = new AtomicInteger();
        // Exactly as many workers as slots: a query holds its slot until its worker is free again.
        this.workers = Executors.newFixedThreadPool(slots, r -> {
            Thread t = new Thread(r, "cityrights-query-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public int slots() { return size; }

    /** Queries executing now. */
    public int running() { return running.get(); }

    /**
     * Runs {@code work} within {@code timeoutMillis}.
     * @throws BusyException          no slot became free in time
     * @throws QueryTimeoutException  the query did not end within its limit
     */
    public <T> T run(Callable<T> work, long timeoutMillis) {
        if (!acquire()) throw new BusyException();
        running.incrementAndGet();
        Future<T> f;
        try {
            f = workers.submit(() -> {
                try {
                    return work.call();
                } finally {
                    running.decrementAndGet();
                    slots.release();
                }
            });
        } catch (RuntimeException e) {
            running.decrementAndGet();
            slots.release();
            throw e;
        }
        try {
            return f.get(timeoutMillis + WATCHDOG_MARGIN_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new QueryTimeoutException(timeoutMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryTimeoutException(timeoutMillis);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }

    private boolean acquire() {
        try {
            return slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public void shutdown() { workers.shutdownNow(); }

    /** No slot became free in time. */
    public static final class BusyException extends RuntimeException {
        public BusyException() { super("all query slots are busy", null, false, false); }
    }
}
