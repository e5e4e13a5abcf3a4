package org.w3id.cityrights.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
    /** Ids defined since the current row began, so that a skipped row defines nothing. */
    private final List<String[]> sinceMark = new ArrayList<>();

    public void define(String kind, String id, Resource node, CsvRow row) {
        Map<String, Resource> ids = byKind.computeIfAbsent(kind, k -> new LinkedHashMap<>());
        Map<String, String> at = where.computeIfAbsent(kind, k -> new HashMap<>());
        if (ids.containsKey(id)) {
            throw row.error("duplicate " + kind + " id '" + id + "' (first defined at " + at.get(id) + ")");
        }
        ids.put(id, node);
        at.put(id, row.where());
        sinceMark.add(new String[] {kind, id});
    }

    public void define(String kind, String id, Resource node) {
        if (byKind.computeIfAbsent(kind, k -> new LinkedHashMap<>()).putIfAbsent(id, node) == null) sinceMark.add(new String[] {kind, id});
    }

    /** Forgets which ids were defined so far: a new row begins. */
    void mark() { sinceMark.clear(); }

    /**
     * Undefines what a skipped row defined: the ids defined since the mark, and those an earlier pass
     * over the same row defined (importers that read a file twice define ids first, describe them next).
     */
    void rollback(String rowWhere) {
        for (String[] k : sinceMark) {
            byKind.getOrDefault(k[0], new HashMap<>()).remove(k[1]);
            where.getOrDefault(k[0], new HashMap<>()).remove(k[1]);
        }
        sinceMark.clear();
        for (Map.Entry<String, Map<String, String>> kind : where.entrySet()) {
            kind.getValue().entrySet().removeIf(e -> {
                boolean same = e.getValue().equals(rowWhere);
                if (same) byKind.getOrDefault(kind.getKey(), new HashMap<>()).remove(e.getKey());
                return same;
            });
        }
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
