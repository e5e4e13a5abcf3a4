package org.w3id.cityrights.workbench.catalog;

import java.util.List;

import org.w3id.cityrights.workbench.Json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The OpenAPI 3 description of the saved-query API: one GET operation per catalogue query. */
public final class OpenApi {
    private OpenApi() {}

    public static ObjectNode document(Catalog catalog, String datasetVersion) {
        ObjectNode doc = Json.object();
        doc.put("openapi", "3.0.3");
        ObjectNode info = doc.putObject("info");
        info.put("title", "cityrights saved queries");
        info.put("version", datasetVersion);
        info.put("description", "Saved SPARQL queries over the cityrights knowledge graph, each a GET operation. "
                + "Parameters are bound as typed RDF terms, never spliced into the query text. A file extension "
                + "(.json, .csv, .tsv, .xml, .ttl, .md, .tex) or format= overrides the Accept header.");
        info.putObject("license").put("name", "Data: CC BY 4.0").put("url", "https://creativecommons.org/licenses/by/4.0/");
        doc.putArray("servers").addObject().put("url", "/");
        ObjectNode paths = doc.putObject("paths");
        for (CatalogQuery q : catalog.all()) paths.set("/api/" + q.name(), operation(q));
        return doc;
    }

    private static ObjectNode operation(CatalogQuery q) {
        ObjectNode path = Json.object();
        ObjectNode get = path.putObject("get");
        get.put("operationId", q.name());
        get.put("summary", q.summary());
        get.put("description", q.description());
        ArrayNode tags = get.putArray("tags");
        q.tags().forEach(tags::add);
        ArrayNode params = get.putArray("parameters");
        for (Parameter p : q.params()) {
            ObjectNode param = params.addObject();
            param.put("name", p.name());
            param.put("in", "query");
            param.put("required", false);
            param.put("description", p.description() + (p.defaultValue().isEmpty() ? " (leave out for any)" : ""));
            ObjectNode schema = param.putObject("schema");
            schema.put("type", p.type().jsonType());
            p.type().jsonFormat().ifPresent(f -> schema.put("format", f));
            p.defaultValue().ifPresent(d -> {
                if (p.type() == ParamType.INTEGER) schema.put("default", Long.parseLong(d));
                else if (p.type() == ParamType.BOOLEAN) schema.put("default", Boolean.parseBoolean(d));
                else schema.put("default", d);
            });
        }
        ObjectNode responses = get.putObject("responses");
        ObjectNode ok = responses.putObject("200");
        ok.put("description", q.isGraphQuery() ? "The graph the query constructs" : "The query's results");
        ObjectNode content = ok.putObject("content");
        List<ApiFormats.Offer> offers = q.isGraphQuery() ? ApiFormats.FOR_GRAPHS : ApiFormats.FOR_RESULTS;
        offers.forEach(o -> content.putObject(o.mediaType()).putObject("schema").put("type", "string"));
        responses.putObject("400").put("description", "A parameter is unknown or not of its type");
        responses.putObject("406").put("description", "No offered format matches the Accept header or extension");
        responses.putObject("503").put("description", "The query ran past the server's time limit");
        return path;
    }
}
