package org.w3id.cityrights.http;

import java.util.concurrent.atomic.AtomicInteger;

/** Requests being handled now, so that a shutdown can wait for them to finish. */
public final class InFlight {
    private final AtomicInteger count = new AtomicInteger();

    void enter() { count.incrementAndGet(); }
    void leave() { count.decrementAndGet(); }

    public int count() { return count.get(); }

    /** Waits until no request is in flight or the deadline passes; true when all finished. */
    public boolean awaitIdle(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (count.get() > 0 && System.currentTimeMillis() < deadline) Thread.sleep(20);
        return count.get() == 0;
    }
}
