package org.w3id.cityrights.workbench.embed;

import java.util.List;

import org.apache.jena.query.Query;
import org.w3id.cityrights.http.HttpError;
import org.w3id.cityrights.store.QueryOutcome;
import org.w3id.cityrights.workbench.Links;
import org.w3id.cityrights.workbench.View;
import org.w3id.cityrights.workbench.catalog.ApiHandler;
import org.w3id.cityrights.workbench.catalog.Binder;
import org.w3id.cityrights.workbench.catalog.Catalog;
import org.w3id.cityrights.workbench.catalog.CatalogQuery;
import org.w3id.cityrights.workbench.results.QueryRunner;

import io.javalin.http.Context;

/**
 * {@code GET /embed?query=...&view=...} and {@code GET /embed/{name}?...}: a result as a page made to sit
 * in an {@code <iframe>}, drawn from files of this server only.
 */
public final class EmbedHandler {
    private final Catalog catalog;
    private final QueryRunner runner;

    public EmbedHandler(Catalog catalog, QueryRunner runner) {
        this.catalog = catalog;
        this.runner = runner;
    }

    public void query(Context ctx) {
        String text = single(ctx, "query");
        if (text == null) throw HttpError.badRequest("Missing 'query': /embed?query=SPARQL&view=" + View.keys().replace(", ", "|"));
        View view = view(ctx, View.TABLE);
        Query q = QueryRunner.parse(text);
        write(ctx, view, runner.run(q, ctx), Links.editor(text), null);
    }

    public void saved(Context ctx) {
        CatalogQuery q = ApiHandler.find(catalog, ctx.pathParam("name"));
        View view = view(ctx, q.view());
        Query bound = Binder.bind(q, ctx.queryParamMap());
        write(ctx, view, runner.run(bound, ctx), Links.editor(bound.serialize()), q.summary());
    }

    private void write(Context ctx, View view, QueryOutcome outcome, String editorLink, String title) {
        if (view != View.TABLE && !(outcome instanceof QueryOutcome.Rows)) {
            throw HttpError.badRequest("The " + view.key() + " view draws SELECT results; use view=table for this query.");
        }
        ctx.header("Content-Security-Policy", EmbedPage.CONTENT_SECURITY_POLICY);
        ctx.contentType("text/html; charset=utf-8")
           .result(EmbedPage.render(view, outcome, runner.store().info().datasetVersion(), editorLink, title));
    }

    private static View view(Context ctx, View fallback) {
        String v = single(ctx, "view");
        if (v == null) return fallback;
        return View.byKey(v).orElseThrow(() -> HttpError.badRequest("Unknown view '" + v + "'. Views: " + View.keys()));
    }

    private static String single(Context ctx, String name) {
        List<String> v = ctx.queryParams(name);
        if (v.size() > 1) throw HttpError.badRequest("Give '" + name + "' once.");
        return v.isEmpty() ? null : v.get(0);
    }
}
