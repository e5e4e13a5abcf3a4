package org.w3id.cityrights.http;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.handler.StatisticsHandler;
import org.w3id.cityrights.limits.QueryRunner;
import org.w3id.cityrights.store.Store;

import io.javalin.Javalin;

/**
 * A running server and its orderly end: stop accepting connections, let the requests in flight
 * finish within the grace period, then stop and close the store cleanly.
 */
public final class Server implements AutoCloseable {
    private final Javalin app;
    private final Store store;
    private final QueryRunner runner;
    private final long graceMillis;
    private final Runnable afterStop;

    Server(Javalin app, Store store, QueryRunner runner, long graceMillis, Runnable afterStop) {
        this.app = app;
        this.store = store;
        this.runner = runner;
        this.graceMillis = graceMillis;
        this.afterStop = afterStop;
    }

    public Server start() {
        app.start();
        return this;
    }

    public int port() { return app.port(); }

    public Javalin javalin() { return app; }

    /** Graceful stop; returns true when every request in flight finished within the grace period. */
    public boolean shutdown() {
        boolean drained = true;
        try {
            for (Connector c : app.jettyServer().server().getConnectors()) {
                if (c instanceof NetworkConnector nc) nc.close(); // no new connections from here on
            }
            drained = awaitIdle(graceMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            drained = false;
        } finally {
            app.stop();
            runner.shutdown();
            store.close();
            afterStop.run();
        }
        return drained;
    }

    /**
     * Waits until no request is active, counting as Jetty does: a request ends when its response has
     * been written, not when its handler returns (stopping in between would cut the answer off).
     */
    private boolean awaitIdle(long millis) throws InterruptedException {
        StatisticsHandler stats = app.jettyServer().server().getDescendant(StatisticsHandler.class);
        if (stats == null) throw new IllegalStateException("no request statistics in the server's handlers");
        long deadline = System.currentTimeMillis() + millis;
        while (stats.getRequestsActive() > 0 && System.currentTimeMillis() < deadline) Thread.sleep(20);
        return stats.getRequestsActive() == 0;
    }

    @Override public void close() { shutdown(); }
}
