package org.w3id.cityrights.importer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.rdf.model.Resource;

/**
 * The identifiers each importer has defined, by kind ({@code city}, {@code body}, {@code treaty} ...),
 * so that a later file's reference to an unknown id is reported at its row instead of becoming a
 * dangling IRI.
 */
public final class Registry {
    private final Map<String, Map<String, Resource>> byKind = new HashMap<>();
    private final Map<String, Map<String, String>> where = new HashMap<>();

    public void define(String kind, String id, Resource node, CsvRow row) {
        Map<String, Resource> ids = byKind.computeIfAbsent(kind, k -> new LinkedHashMap<>());
        Map<String, String> at = where.computeIfAbsent(kind, k -> new HashMap<>());
        if (ids.containsKey(id)) {
            throw row.error("duplicate " + kind + " id '" + id + "' (first defined at " + at.get(id) + ")");
        }
        ids.put(id, node);
        at.put(id, row.where());
    }

    public void define(String kind, String id, Resource node) {
        byKind.computeIfAbsent(kind, k -> new LinkedHashMap<>()).putIfAbsent(id, node);
    }

    public Optional<Resource> find(String kind, String id) {
        return Optional.ofNullable(byKind.getOrDefault(kind, Map.of()).get(id));
    }

    /** Looks an id up in the first of several kinds that defines it. */
    public Optional<Resource> findAny(String id, String... kinds) {
        for (String k : kinds) {
            Optional<Resource> r = find(k, id);
            if (r.isPresent()) return r;
        }
        return Optional.empty();
    }

    public Resource require(String kind, String id, CsvRow row, String column) {
        return find(kind, id).orElseThrow(() -> row.error(column + ": unknown " + kind + " '" + id + "'"));
    }

    public Set<String> ids(String kind) { return byKind.getOrDefault(kind, Map.of()).keySet(); }
}
