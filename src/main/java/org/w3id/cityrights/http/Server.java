package org.w3id.cityrights.http;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnector;
import org.w3id.cityrights.limits.QueryRunner;
import org.w3id.cityrights.store.Store;

import io.javalin.Javalin;

/**
 * A running server and its orderly end: stop accepting connections, let the requests in flight
 * finish within the grace period, then stop and close the store cleanly.
 */
public final class Server implements AutoCloseable {
    private final Javalin app;
    private final InFlight inFlight;
    private final Store store;
    private final QueryRunner runner;
    private final long graceMillis;
    private final Runnable afterStop;

    Server(Javalin app, InFlight inFlight, Store store, QueryRunner runner, long graceMillis, Runnable afterStop) {
        this.app = app;
        this.inFlight = inFlight;
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
            drained = inFlight.awaitIdle(graceMillis);
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

    @Override public void close() { shutdown(); }
}
