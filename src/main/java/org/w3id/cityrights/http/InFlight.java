package org.w3id.cityrights.http;

import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.server.Request;

import io.javalin.http.Context;

/** Requests being handled now, so that a shutdown can wait for them to finish. */
public final class InFlight {
    private final AtomicInteger count = new AtomicInteger();

    /**
     * Counts a request until Jetty has completed it, that is, until its response is fully written: the
     * after-handlers run before the body goes out, and a shutdown that stopped counting there could cut
     * off an answer that was already computed.
     */
    void enter(Context ctx) {
        count.incrementAndGet();
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
        if (request != null) Request.addCompletionListener(request, failure -> count.decrementAndGet());
        else ctx.attribute(LEAVE_AFTER, true);
    }

    /** For a request Jetty could not tell completion of (none in practice): counted until the after-handlers. */
    void leaveIfNotTracked(Context ctx) {
        if (Boolean.TRUE.equals(ctx.attribute(LEAVE_AFTER))) count.decrementAndGet();
    }

    private static final String LEAVE_AFTER = "cityrights.inflight.leaveAfter";

    public int count() { return count.get(); }

    /** Waits until no request is in flight or the deadline passes; true when all finished. */
    public boolean awaitIdle(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (count.get() > 0 && System.currentTimeMillis() < deadline) Thread.sleep(20);
        return count.get() == 0;
    }
}
