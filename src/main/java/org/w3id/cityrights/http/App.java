package org.w3id.cityrights.http;

import org.w3id.cityrights.sparql.SparqlHandler;
import org.w3id.cityrights.store.Store;
import org.w3id.cityrights.workbench.Workbench;
import org.w3id.cityrights.workbench.WorkbenchSettings;

import io.javalin.Javalin;
import io.javalin.http.Context;

/** The one bootstrap: builds an unstarted server with every route in one table. */
public final class App {
    private App() {}

    public static Javalin create(ServerConfig config, Store store) {
        return create(config, store, WorkbenchSettings.temporary());
    }

    public static Javalin create(ServerConfig config, Store store, WorkbenchSettings workbench) {
        Workbench wb = Workbench.create(store, config.timeoutMillis(), workbench);
        SparqlHandler sparql = new SparqlHandler(store, config.timeoutMillis());
        HealthHandler health = new HealthHandler(store);
        HomePage home = new HomePage(store);
        return Javalin.create(cfg -> {
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            cfg.http.maxRequestSize = config.maxRequestBytes();
            cfg.startup.showJavalinBanner = false;
            cfg.routes.get("/", home::handle);
            cfg.routes.get("/sparql", sparql::handle);
            cfg.routes.post("/sparql", sparql::handle);
            cfg.routes.options("/sparql", Cors::preflight);
            cfg.routes.get("/health", health::handle);
            cfg.routes.get("/query", wb.editor()::handle);
            cfg.routes.get("/assets/<path>", wb.assets()::handle);
            cfg.routes.get("/api", wb.apiPages()::index);
            cfg.routes.get("/api/openapi.json", wb.apiPages()::openApi);
            cfg.routes.get("/api/{name}", wb.api()::handle);
            cfg.routes.get("/embed", wb.embed()::query);
            cfg.routes.get("/embed/{name}", wb.embed()::saved);
            cfg.routes.post("/q", wb.permalinks()::create);
            cfg.routes.get("/q/{id}", wb.permalinks()::show);
            cfg.routes.get("/q/{id}/rerun", wb.permalinks()::rerun);
            cfg.routes.get("/q/{id}/results", wb.permalinks()::results);
            cfg.routes.get("/q/{id}/cite", wb.citations()::handle);
            cfg.routes.exception(HttpError.class, App::error);
            cfg.routes.exception(Exception.class, App::unexpected);
        });
    }

    private static void error(HttpError e, Context ctx) {
        e.headers().forEach(ctx::header);
        ctx.status(e.status()).contentType("text/plain; charset=utf-8").result(e.getMessage() + "\n");
    }

    private static void unexpected(Exception e, Context ctx) {
        org.slf4j.LoggerFactory.getLogger(App.class).error("unexpected error on " + ctx.method() + " " + ctx.path(), e);
        ctx.status(500).contentType("text/plain; charset=utf-8").result("Internal server error. The error was logged.\n");
    }
}
