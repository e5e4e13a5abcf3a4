package org.w3id.cityrights.http;

import org.apache.jena.atlas.json.JsonObject;
import org.w3id.cityrights.cache.ResultCache;
import org.w3id.cityrights.limits.QueryRunner;
import org.w3id.cityrights.store.Store;

import io.javalin.http.Context;

/**
 * {@code GET /health}: 200 while the store is open, 503 otherwise; the body says which data is
 * served and how many queries are running.
 */
public final class HealthHandler {
    private final Store store;
    private final QueryRunner runner;
    private final ResultCache cache;

    public HealthHandler(Store store, QueryRunner runner, ResultCache cache) {
        this.store = store;
        this.runner = runner;
        this.cache = cache;
    }

    public void handle(Context ctx) {
        ctx.contentType("application/json");
        if (!store.isOpen()) {
            ctx.status(503).result("{\"status\":\"unavailable\"}\n");
            return;
        }
        var info = store.info();
        JsonObject body = new JsonObject();
        body.put("status", "ok");
        body.put("datasetVersion", info.datasetVersion());
        body.put("builtAt", info.builtAt().toString());
        body.put("quads", info.quads());
        body.put("runningQueries", runner.running());
        body.put("querySlots", runner.slots());
        ResultCache.Stats c = cache.stats();
        JsonObject rc = new JsonObject();
        rc.put("entries", c.entries());
        rc.put("bytes", c.bytes());
        rc.put("maxBytes", c.maxBytes());
        rc.put("diskBytes", c.diskBytes());
        rc.put("maxDiskBytes", c.maxDiskBytes());
        rc.put("hits", c.hits());
        rc.put("misses", c.misses());
        rc.put("evictions", c.evictions());
        body.put("resultCache", rc);
        ctx.status(200).result(body.toString() + "\n");
    }
}
