package org.w3id.cityrights.workbench.permalinks;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.Query;
import org.w3id.cityrights.http.Conneg;
import org.w3id.cityrights.http.Cors;
import org.w3id.cityrights.http.HttpError;
import org.w3id.cityrights.store.QueryOutcome;
import org.w3id.cityrights.workbench.Json;
import org.w3id.cityrights.workbench.Links;
import org.w3id.cityrights.workbench.View;
import org.w3id.cityrights.workbench.catalog.ApiFormats;
import org.w3id.cityrights.workbench.citation.Citation;
import org.w3id.cityrights.workbench.citation.DatasetDescription;
import org.w3id.cityrights.workbench.results.CanonicalResult;
import org.w3id.cityrights.workbench.results.QueryRunner;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;

/**
 * {@code POST /q} saves a query run as a short link; {@code GET /q/{id}} shows it (HTML or JSON),
 * {@code /q/{id}/rerun} runs it again and compares, {@code /q/{id}/results} gives its rows now.
 */
public final class PermalinkHandler {
    private final PermalinkStore links;
    private final RateLimiter limiter;
    private final QueryRunner runner;

    public PermalinkHandler(PermalinkStore links, QueryRunner runner) {
        this.links = links;
        this.runner = runner;
        this.limiter = new RateLimiter(links.limits().perClientPerMinute());
    }

    public void create(Context ctx) {
        String query = single(ctx, "query").orElseThrow(() -> HttpError.badRequest("Missing 'query': send the SPARQL query as a form field."));
        links.checkSize(query);
        View view = single(ctx, "view").map(v -> View.byKey(v).orElseThrow(() ->
                HttpError.badRequest("Unknown view '" + v + "'. Views: " + View.keys()))).orElse(View.TABLE);
        long wait = limiter.acquire(ctx.ip());
        if (wait > 0) {
            throw new HttpError(429, "Too many new permalinks from this address: at most " + links.limits().perClientPerMinute()
                    + " a minute. Try again in " + wait + " s.", Map.of("Retry-After", Long.toString(wait)));
        }
        Query parsed = QueryRunner.parse(query);
        QueryOutcome outcome = runner.run(parsed, ctx);
        Permalink p = links.save(query, view.key(), runner.store().info().datasetVersion(),
                CanonicalResult.size(outcome), CanonicalResult.sha256(outcome));
        String location = "/q/" + p.id();
        ctx.header("Location", location);
        if (prefersHtml(ctx)) {
            ctx.redirect(location, io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        ObjectNode body = record(ctx, p);
        ctx.status(201).contentType("application/json").result(Json.write(body));
    }

    public void show(Context ctx) {
        Permalink p = find(ctx);
        ctx.header("Vary", "Accept");
        String type = Conneg.choose(ctx.header("Accept"), List.of("text/html", "application/json"))
                .orElseThrow(() -> HttpError.notAcceptable("A permalink is offered as text/html or application/json."));
        if (type.equals("application/json")) {
            Cors.allowReads(ctx);
            ctx.contentType("application/json").result(Json.write(record(ctx, p)));
            return;
        }
        QueryOutcome now = runner.run(p.query(), ctx);
        Citation citation = new Citation(DatasetDescription.of(runner.store()), p, Links.permalink(ctx, p.id()));
        ctx.contentType("text/html; charset=utf-8").result(PermalinkPage.render(citation, runner.store().info().datasetVersion(), now));
    }

    public void rerun(Context ctx) {
        Cors.allowReads(ctx);
        Permalink p = find(ctx);
        QueryOutcome now = runner.run(p.query(), ctx);
        String version = runner.store().info().datasetVersion();
        String sha = CanonicalResult.sha256(now);
        ObjectNode body = Json.object();
        body.put("id", p.id());
        body.set("recorded", Json.MAPPER.valueToTree(p));
        ObjectNode rerun = body.putObject("rerun");
        rerun.put("datasetVersion", version);
        rerun.put("rowCount", CanonicalResult.size(now));
        rerun.put("sha256", sha);
        body.put("sameDatasetVersion", version.equals(p.datasetVersion()));
        body.put("sameResult", sha.equals(p.sha256()));
        ctx.contentType("application/json").result(Json.write(body));
    }

    public void results(Context ctx) {
        Cors.allowReads(ctx);
        ctx.header("Vary", "Accept");
        Permalink p = find(ctx);
        Query q = QueryRunner.parse(p.query());
        List<ApiFormats.Offer> offers = q.isConstructType() || q.isDescribeType() ? ApiFormats.FOR_GRAPHS : ApiFormats.FOR_RESULTS;
        ApiFormats.Offer offer = ApiFormats.choose(single(ctx, "format"), ctx.header("Accept"), offers);
        ctx.contentType(offer.contentType()).result(offer.writer().apply(runner.run(q, ctx)));
    }

    public Permalink find(Context ctx) {
        String id = ctx.pathParam("id");
        return links.find(id).orElseThrow(() -> new HttpError(404, "No permalink '" + id + "' on this server."));
    }

    private ObjectNode record(Context ctx, Permalink p) {
        ObjectNode body = Json.MAPPER.valueToTree(p);
        body.put("url", Links.permalink(ctx, p.id()));
        body.put("currentDatasetVersion", runner.store().info().datasetVersion());
        return body;
    }

    private static boolean prefersHtml(Context ctx) {
        return Conneg.choose(ctx.header("Accept"), List.of("application/json", "text/html")).map("text/html"::equals).orElse(false);
    }

    private static Optional<String> single(Context ctx, String name) {
        List<String> v = ctx.formParams(name).isEmpty() ? ctx.queryParams(name) : ctx.formParams(name);
        if (v.size() > 1) throw HttpError.badRequest("Give '" + name + "' once.");
        return v.stream().findFirst();
    }
}
