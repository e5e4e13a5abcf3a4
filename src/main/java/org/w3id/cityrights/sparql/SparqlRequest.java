package org.w3id.cityrights.sparql;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.w3id.cityrights.http.HttpError;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * A query request as the SPARQL 1.1 Protocol defines it (section 2.1): GET with parameters, POST of a
 * URL-encoded form, or POST of the query itself as {@code application/sparql-query}. Anything else is
 * refused with the reason; updates are refused because the endpoint is read-only.
 */
public record SparqlRequest(String query, List<String> defaultGraphs, List<String> namedGraphs, Optional<String> format) {

    static final String FORM = "application/x-www-form-urlencoded";
    static final String SPARQL_QUERY = "application/sparql-query";
    static final String SPARQL_UPDATE = "application/sparql-update";
    static final String READ_ONLY = QueryService.READ_ONLY;

    /** A GET without any parameter asks what the endpoint is (SPARQL 1.1 Service Description, section 2). */
    public static boolean isServiceDescriptionRequest(Context ctx) {
        return ctx.method() == HandlerType.GET && ctx.queryParamMap().isEmpty();
    }

    public static SparqlRequest from(Context ctx) {
        if (ctx.method() == HandlerType.GET) return fromParams(ctx.queryParamMap(), ctx.queryParamMap());
        String type = mediaType(ctx.contentType());
        return switch (type) {
            case FORM -> { requireUtf8(ctx.contentType()); yield fromParams(ctx.formParamMap(), ctx.queryParamMap()); }
            case SPARQL_QUERY -> {
                requireUtf8(ctx.contentType());
                rejectUpdate(ctx.queryParamMap());
                if (!ctx.queryParams("query").isEmpty()) {
                    throw HttpError.badRequest("A query sent as application/sparql-query must not also have a 'query' parameter.");
                }
                String body = new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8);
                if (body.isBlank()) throw HttpError.badRequest("The request body is empty: it must hold the SPARQL query.");
                yield new SparqlRequest(body, ctx.queryParams("default-graph-uri"), ctx.queryParams("named-graph-uri"), single(ctx.queryParamMap(), "format"));
            }
            case SPARQL_UPDATE -> throw HttpError.forbidden(READ_ONLY);
            case "" -> throw HttpError.unsupportedMediaType("A POST needs a Content-Type: " + FORM + " or " + SPARQL_QUERY + ".");
            default -> throw HttpError.unsupportedMediaType("Content-Type '" + type + "' is not accepted: use " + FORM + " or " + SPARQL_QUERY + ".");
        };
    }

    private static SparqlRequest fromParams(Map<String, List<String>> params, Map<String, List<String>> urlParams) {
        rejectUpdate(params);
        List<String> queries = params.getOrDefault("query", List.of());
        if (queries.isEmpty()) throw HttpError.badRequest("Missing 'query' parameter: send a SPARQL query as ?query=...");
        if (queries.size() > 1) throw HttpError.badRequest("The request has " + queries.size() + " 'query' parameters; send exactly one.");
        if (queries.get(0).isBlank()) throw HttpError.badRequest("The 'query' parameter is empty.");
        Optional<String> format = single(params, "format").or(() -> single(urlParams, "format"));
        return new SparqlRequest(queries.get(0), params.getOrDefault("default-graph-uri", List.of()),
                params.getOrDefault("named-graph-uri", List.of()), format);
    }

    private static void rejectUpdate(Map<String, List<String>> params) {
        if (params.containsKey("update")) throw HttpError.forbidden(READ_ONLY);
    }

    private static Optional<String> single(Map<String, List<String>> params, String name) {
        List<String> v = params.getOrDefault(name, List.of());
        if (v.size() > 1) throw HttpError.badRequest("The request has " + v.size() + " '" + name + "' parameters; send at most one.");
        return v.stream().findFirst();
    }

    static String mediaType(String contentType) {
        if (contentType == null) return "";
        return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    /** The protocol's text is UTF-8; a request declaring another charset would be misread, so it is refused. */
    private static void requireUtf8(String contentType) {
        for (String param : contentType.split(";")) {
            String[] kv = param.strip().split("=", 2);
            if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
                String cs = kv[1].strip().replace("\"", "");
                if (!cs.equalsIgnoreCase("utf-8") && !cs.equalsIgnoreCase("utf8")) {
                    throw HttpError.unsupportedMediaType("Charset '" + cs + "' is not accepted: send UTF-8.");
                }
            }
        }
    }
}
