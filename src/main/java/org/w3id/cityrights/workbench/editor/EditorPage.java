package org.w3id.cityrights.workbench.editor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.w3id.cityrights.http.HttpError;
import org.w3id.cityrights.http.Html;
import org.w3id.cityrights.store.Store;
import org.w3id.cityrights.vocab.Vocab;
import org.w3id.cityrights.workbench.Json;
import org.w3id.cityrights.workbench.View;
import org.w3id.cityrights.workbench.catalog.ApiHandler;
import org.w3id.cityrights.workbench.catalog.Binder;
import org.w3id.cityrights.workbench.catalog.Catalog;
import org.w3id.cityrights.workbench.catalog.CatalogQuery;
import org.w3id.cityrights.workbench.results.ResultsJson;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;

/**
 * {@code GET /query}: the YASGUI editor over this server's endpoint, with the project's prefixes, the
 * catalogue's queries as one-click examples, and buttons for permalink, citation, embed and exports.
 * {@code ?query=} opens a query; {@code ?catalog=name} opens a saved query with its defaults bound.
 */
public final class EditorPage {
    private final Catalog catalog;
    private final Store store;
    private final String template;

    public EditorPage(Catalog catalog, Store store) {
        this.catalog = catalog;
        this.store = store;
        try (InputStream in = EditorPage.class.getResourceAsStream("/web/workbench/query.html")) {
            this.template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void handle(Context ctx) {
        String initial = initialQuery(ctx);
        ObjectNode config = Json.object();
        config.put("endpoint", "/sparql");
        config.put("datasetVersion", store.info().datasetVersion());
        ObjectNode prefixes = config.putObject("prefixes");
        Vocab.prefixes().getNsPrefixMap().forEach(prefixes::put);
        config.put("query", initial);
        ArrayNode examples = config.putArray("examples");
        for (CatalogQuery q : catalog.all()) {
            ObjectNode e = examples.addObject();
            e.put("name", q.name());
            e.put("summary", q.summary());
            e.put("view", q.view().key());
            e.put("query", exampleText(q));
        }
        ArrayNode views = config.putArray("views");
        for (View v : View.values()) views.add(v.key());
        String html = template
                .replace("{{version}}", Html.escape(store.info().datasetVersion()))
                .replace("{{config}}", ResultsJson.forScript(Json.write(config)));
        ctx.contentType("text/html; charset=utf-8").result(html);
    }

    private String initialQuery(Context ctx) {
        List<String> query = ctx.queryParams("query");
        List<String> name = ctx.queryParams("catalog");
        if (query.size() > 1 || name.size() > 1) throw HttpError.badRequest("Give one 'query' or one 'catalog'.");
        if (!query.isEmpty()) return query.get(0);
        if (!name.isEmpty()) return exampleText(ApiHandler.find(catalog, name.get(0)));
        return defaultQuery();
    }

    /** A saved query with its defaults bound, as text the editor can run and change. */
    static String exampleText(CatalogQuery q) {
        Query bound = Binder.bind(q, Map.of());
        StringBuilder b = new StringBuilder();
        b.append("# ").append(q.summary().replace('\n', ' ')).append('\n');
        b.append("# Saved query ").append(q.name()).append(": GET /api/").append(q.name());
        if (!q.params().isEmpty()) {
            b.append(" (parameters: ").append(String.join(", ", q.params().stream().map(p -> p.name()).toList())).append(')');
        }
        b.append("\n\n").append(bound.serialize());
        return b.toString();
    }

    private static String defaultQuery() {
        StringBuilder b = new StringBuilder();
        Vocab.prefixes().getNsPrefixMap().forEach((p, ns) -> b.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        b.append("\n# Localities and their adopted local instruments\nSELECT ?city ?instrument ?date WHERE {\n")
         .append("  ?i a cr:LocalInstrument ; rdfs:label ?instrument ; cr:locality/rdfs:label ?city ;\n")
         .append("     cr:adoptionStatus <https://w3id.org/cityrights/id/adoption-status/adopted> .\n")
         .append("  OPTIONAL { ?i cr:adoptionDate ?date }\n} ORDER BY ?city ?date\nLIMIT 100\n");
        return b.toString();
    }
}
