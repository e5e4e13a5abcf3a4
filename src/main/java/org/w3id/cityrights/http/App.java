package org.w3id.cityrights.http;

import java.util.Map;
import java.util.Optional;

import org.w3id.cityrights.admin.AdminHandler;
import org.w3id.cityrights.admin.Reloader;
import org.w3id.cityrights.cache.ResultCache;
import org.w3id.cityrights.coverage.CoveragePage;
import org.w3id.cityrights.limits.ClientBudget;
import org.w3id.cityrights.limits.QueryRunner;
import org.w3id.cityrights.limits.ServicePolicy;
import org.w3id.cityrights.linkeddata.LinkedDataSite;
import org.w3id.cityrights.sparql.QueryService;
import org.w3id.cityrights.sparql.SparqlHandler;
import org.w3id.cityrights.store.Store;
import org.w3id.cityrights.workbench.Workbench;
import org.w3id.cityrights.workbench.WorkbenchSettings;

import io.javalin.Javalin;
import io.javalin.http.Context;

/** The one bootstrap: builds an unstarted server with every route in one table. */
public final class App {
    private App() {}

    public static Server create(ServerConfig config, Store store) {
        return create(config, store, Optional.empty(), WorkbenchSettings.temporary());
    }

    public static Server create(ServerConfig config, Store store, WorkbenchSettings workbench) {
        return create(config, store, Optional.empty(), workbench);
    }

    public static Server create(ServerConfig config, Store store, Optional<Reloader> reloader, WorkbenchSettings workbench) {
        QueryRunner runner = new QueryRunner(config.limits().maxConcurrentQueries(), config.limits().queueWaitMillis());
        LinkedDataSite site = LinkedDataSite.create(store, config.limits().timeoutMillis(), runner);
        QueryService queries = new QueryService(store, config.limits(), runner,
                new ClientBudget(config.limits().clientBudgetMillis()), new ServicePolicy(config.serviceAllowList()));
        ResultCache cache = new ResultCache(config.cache().maxBytes(), config.cache().maxDiskBytes());
        SparqlHandler sparql = new SparqlHandler(queries, cache, config.cache(), site::serviceDescription);
        Workbench wb = Workbench.create(queries, workbench);
        HealthHandler health = new HealthHandler(store, runner, cache);
        AdminHandler admin = new AdminHandler(config.adminToken(), reloader);
        Javalin app = Javalin.create(cfg -> {
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            cfg.http.maxRequestSize = config.limits().maxBodyBytes();
            cfg.http.prefer405over404 = true;
            cfg.startup.showJavalinBanner = false;
            cfg.jetty.modifyServer(server -> server.setRequestLog(new AccessLog(config.accessLog())));

            cfg.routes.before(ctx -> RequestLimits.check(ctx, config.limits()));
            cfg.routes.get("/", site::landing);
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
            cfg.routes.get("/coverage", new CoveragePage(queries)::handle);
            cfg.routes.post("/admin/reload", admin::reload);
            cfg.routes.get("/id", site::identifiers);
            cfg.routes.get("/id/{kind}/{slug}", site::id);
            cfg.routes.get("/page/{kind}/{slug}", site::page);
            cfg.routes.get("/data/{kind}/{file}", site::data);
            cfg.routes.get("/search", site::search);
            cfg.routes.get("/lookup", site::lookup);
            cfg.routes.get("/ontology", site::ontology);
            cfg.routes.get("/ontology.{ext}", site::ontologyAs);
            cfg.routes.get("/ontology/{version}", site::ontologyVersion);
            cfg.routes.get("/.well-known/void", site::voidDescription);
            cfg.routes.get("/catalog", site::catalog);
            cfg.routes.get("/dumps", site::dumps);
            cfg.routes.get("/dumps/{file}", site::dumpFile);
            cfg.routes.get("/graph/<name>", site::graph);
            cfg.routes.after(SecurityHeaders::apply);

            cfg.routes.exception(HttpError.class, App::error);
            cfg.routes.exception(Exception.class, App::unexpected);
            cfg.routes.error(404, App::notFound);
            cfg.routes.error(405, App::methodNotAllowed);
        });
        // Cached answers in temporary files go with the server.
        return new Server(app, store, runner, config.graceMillis(), cache::clear);
    }

    private static void error(HttpError e, Context ctx) {
        e.headers().forEach(ctx::header);
        ctx.status(e.status()).contentType(e.contentType()).result(e.body());
    }

    private static void unexpected(Exception e, Context ctx) {
        org.slf4j.LoggerFactory.getLogger(App.class).error("unexpected error on " + ctx.method() + " " + AccessLog.clean(ctx.path()), e);
        plain(ctx, 500, "Internal server error. The error was logged.");
    }

    private static void notFound(Context ctx) {
        if (ctx.result() == null || ctx.result().isEmpty()) plain(ctx, 404, "Not found: " + ctx.path());
    }

    private static void methodNotAllowed(Context ctx) {
        ctx.header("Allow", ctx.path().equals("/sparql") ? "GET, POST, OPTIONS" : "GET");
        String reason = Map.of("PUT", 1, "DELETE", 1, "PATCH", 1).containsKey(ctx.method().name())
                ? "This service is read-only: " + ctx.method() + " is not accepted." : "Method " + ctx.method() + " is not allowed here.";
        plain(ctx, 405, reason);
    }

    static void plain(Context ctx, int status, String message) {
        ctx.status(status).contentType("text/plain; charset=utf-8").result(message + "\n");
    }
}
