package org.w3id.cityrights.workbench.catalog;

import static org.w3id.cityrights.http.Html.escape;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.w3id.cityrights.http.Cors;
import org.w3id.cityrights.store.Store;
import org.w3id.cityrights.workbench.Json;
import org.w3id.cityrights.workbench.Page;

import io.javalin.http.Context;

/** {@code GET /api}: the catalogue as a page a researcher reads; {@code GET /api/openapi.json}: the same for machines. */
public final class ApiPages {
    private final Catalog catalog;
    private final Store store;

    public ApiPages(Catalog catalog, Store store) {
        this.catalog = catalog;
        this.store = store;
    }

    public void openApi(Context ctx) {
        Cors.allowReads(ctx);
        ctx.contentType("application/json").result(Json.write(OpenApi.document(catalog, store.info().datasetVersion())));
    }

    public void index(Context ctx) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>Saved queries</h1>\n<p>Each query of the catalogue is a Web API call: <code>GET /api/{name}</code> with its parameters ")
         .append("as URL parameters. Add <code>.csv</code>, <code>.json</code>, <code>.tsv</code>, <code>.xml</code>, <code>.ttl</code>, ")
         .append("<code>.md</code> or <code>.tex</code> to the name, or send an <code>Accept</code> header. Values are bound as typed RDF terms. ")
         .append("Machine-readable: <a href=\"/api/openapi.json\">OpenAPI 3</a>. Dataset version <code>")
         .append(escape(store.info().datasetVersion())).append("</code>.</p>\n<ul class=\"toc\">\n");
        for (CatalogQuery q : catalog.all()) {
            b.append("<li><a href=\"#").append(escape(q.name())).append("\">").append(escape(q.summary())).append("</a></li>\n");
        }
        b.append("</ul>\n");
        for (CatalogQuery q : catalog.all()) section(b, q);
        ctx.contentType("text/html; charset=utf-8").result(Page.render("Saved queries", b.toString()));
    }

    private static void section(StringBuilder b, CatalogQuery q) {
        String n = escape(q.name());
        b.append("<section class=\"query\" id=\"").append(n).append("\">\n<h2>").append(escape(q.summary())).append("</h2>\n");
        b.append("<p><code>GET /api/").append(n).append("</code>");
        if (!q.tags().isEmpty()) {
            b.append(" · tags: ");
            b.append(String.join(", ", q.tags().stream().map(t -> "<span class=\"tag\">" + escape(t) + "</span>").toList()));
        }
        b.append(" · default view: ").append(escape(q.view().key())).append("</p>\n");
        b.append("<p>").append(escape(q.description())).append("</p>\n");
        if (!q.params().isEmpty()) {
            b.append("<table><thead><tr><th>parameter</th><th>type</th><th>default</th><th>meaning</th></tr></thead><tbody>\n");
            for (Parameter p : q.params()) {
                b.append("<tr><td><code>").append(escape(p.name())).append("</code></td><td>").append(escape(p.type().key()))
                 .append("</td><td>").append(p.defaultValue().map(d -> "<code>" + escape(d) + "</code>").orElse("<em>any</em>"))
                 .append("</td><td>").append(escape(p.description())).append("</td></tr>\n");
            }
            b.append("</tbody></table>\n");
        }
        String enc = URLEncoder.encode(q.name(), StandardCharsets.UTF_8);
        b.append("<p>");
        for (String ext : q.isGraphQuery() ? new String[] {"ttl", "nt", "jsonld"} : new String[] {"csv", "json", "tsv", "md", "tex"}) {
            b.append("<a href=\"/api/").append(enc).append('.').append(ext).append("\">.").append(ext).append("</a> ");
        }
        b.append("· <a href=\"/query?catalog=").append(enc).append("\">open in the editor</a>");
        if (!q.isGraphQuery()) b.append(" · <a href=\"/embed/").append(enc).append("\">embed (").append(escape(q.view().key())).append(")</a>");
        b.append("</p>\n<details><summary>SPARQL</summary><pre>").append(escape(q.text())).append("</pre></details>\n</section>\n");
    }
}
