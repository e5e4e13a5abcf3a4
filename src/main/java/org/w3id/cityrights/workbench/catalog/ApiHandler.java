package org.w3id.cityrights.workbench.catalog;

import java.util.List;
import java.util.Optional;

import org.apache.jena.query.Query;
import org.w3id.cityrights.http.Cors;
import org.w3id.cityrights.http.HttpError;
import org.w3id.cityrights.workbench.results.QueryRunner;

import io.javalin.http.Context;

/**
 * {@code GET /api/{name}} and {@code /api/{name}.{ext}}: runs a saved query with the request's
 * parameters bound as typed terms and answers in the format the extension, {@code format=} or the
 * Accept header asks for.
 */
public final class ApiHandler {
    private final Catalog catalog;
    private final QueryRunner runner;

    public ApiHandler(Catalog catalog, QueryRunner runner) {
        this.catalog = catalog;
        this.runner = runner;
    }

    public void handle(Context ctx) {
        Cors.allowReads(ctx);
        ctx.header("Vary", "Accept");
        String raw = ctx.pathParam("name");
        int dot = raw.lastIndexOf('.');
        String name = dot > 0 ? raw.substring(0, dot) : raw;
        Optional<String> ext = dot > 0 ? Optional.of(raw.substring(dot + 1)) : Optional.empty();
        CatalogQuery q = find(catalog, name);
        List<String> format = ctx.queryParams("format");
        if (format.size() > 1) throw HttpError.badRequest("Give 'format' at most once.");
        Query bound = Binder.bind(q, ctx.queryParamMap());
        List<ApiFormats.Offer> offers = q.isGraphQuery() ? ApiFormats.FOR_GRAPHS : ApiFormats.FOR_RESULTS;
        ApiFormats.Offer offer = ApiFormats.choose(ext.or(() -> format.stream().findFirst()), ctx.header("Accept"), offers);
        byte[] body = offer.writer().apply(runner.run(bound, ctx));
        ctx.status(200).contentType(offer.contentType()).result(body);
    }

    public static CatalogQuery find(Catalog catalog, String name) {
        return catalog.byName(name).orElseThrow(() -> new HttpError(404,
                "No saved query named '" + name + "'. The catalogue is listed at /api (and /api/openapi.json)."));
    }
}
