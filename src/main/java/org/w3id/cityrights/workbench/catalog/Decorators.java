package org.w3id.cityrights.workbench.catalog;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.w3id.cityrights.workbench.View;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The metadata of a saved query, written as YAML in its {@code #+} comment lines (as grlc does):
 * {@code summary}, {@code description}, {@code tags}, {@code view} and {@code params}, each parameter
 * with {@code name}, {@code type}, {@code description} and an optional {@code default}.
 */
public record Decorators(String summary, String description, List<String> tags, View view, List<Parameter> params) {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> KEYS = Set.of("summary", "description", "tags", "view", "params");
    private static final Set<String> PARAM_KEYS = Set.of("name", "type", "description", "default");

    /** Reads the decorators of a query file; a problem is reported with the file's name. */
    public static Decorators read(String file, String text) {
        StringBuilder yaml = new StringBuilder();
        for (String line : text.split("\r?\n")) {
            if (line.startsWith("#+")) yaml.append(line.length() > 2 && line.charAt(2) == ' ' ? line.substring(3) : line.substring(2)).append('\n');
        }
        JsonNode root;
        try {
            root = YAML.readTree(yaml.toString());
        } catch (JsonProcessingException e) {
            throw new CatalogException(file + ": the #+ decorators are not valid YAML: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) throw new CatalogException(file + ": no #+ decorators (summary, description, params ...)");
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYS.contains(k)) throw new CatalogException(file + ": unknown decorator '" + k + "' (known: " + KEYS + ")");
        }
        String summary = required(file, root, "summary");
        String description = root.path("description").asText("").strip();
        List<String> tags = new ArrayList<>();
        root.path("tags").forEach(t -> tags.add(t.asText()));
        View view = View.byKey(root.path("view").asText("table")).orElseThrow(() ->
                new CatalogException(file + ": view must be one of " + View.keys()));
        List<Parameter> params = new ArrayList<>();
        for (JsonNode p : root.path("params")) params.add(param(file, p));
        return new Decorators(summary, description, List.copyOf(tags), view, List.copyOf(params));
    }

    private static Parameter param(String file, JsonNode p) {
        for (Iterator<String> it = p.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!PARAM_KEYS.contains(k)) throw new CatalogException(file + ": unknown parameter field '" + k + "' (known: " + PARAM_KEYS + ")");
        }
        String name = required(file, p, "name");
        if (!name.matches("[a-z][a-zA-Z0-9]*")) throw new CatalogException(file + ": parameter name '" + name + "' must be letters and digits");
        String typeKey = required(file, p, "type");
        ParamType type = ParamType.byKey(typeKey).orElseThrow(() -> new CatalogException(
                file + ": parameter '" + name + "' has unknown type '" + typeKey + "'"));
        Optional<String> def = p.has("default") ? Optional.of(p.get("default").asText()) : Optional.empty();
        Parameter param = new Parameter(name, type, def, p.path("description").asText("").strip());
        def.ifPresent(d -> {
            try {
                type.toNode(name, d);
            } catch (InvalidParameterException e) {
                throw new CatalogException(file + ": default of " + e.getMessage());
            }
        });
        return param;
    }

    private static String required(String file, JsonNode node, String key) {
        String v = node.path(key).asText("").strip();
        if (v.isEmpty()) throw new CatalogException(file + ": decorator '" + key + "' is missing");
        return v;
    }
}
