package org.w3id.cityrights.places;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.rdf.model.Resource;

/**
 * A locality as the resolver knows it: its id, the keys of the names it goes by, its country and
 * first-level division, and its Wikidata QID when the gazetteer (or a curator) gave one.
 */
public final class Place {
    private final String id;
    private final String label;
    private final Resource node;
    private final String iso2;
    private final Set<String> nameKeys = new LinkedHashSet<>();
    private final boolean curated;
    private String adminArea;
    private final String qid;

    Place(String id, String label, Resource node, String iso2, String adminArea, String qid, boolean curated) {
        this.id = id;
        this.label = label;
        this.node = node;
        this.iso2 = iso2;
        this.adminArea = adminArea == null ? "" : adminArea;
        this.qid = qid == null ? "" : qid;
        this.curated = curated;
    }

    public String id() { return id; }
    /** The locality's name as the graph labels it. */
    public String label() { return label; }
    public Resource node() { return node; }
    public String iso2() { return iso2; }
    public String adminArea() { return adminArea; }
    public String qid() { return qid; }
    /** Whether the place comes from the curated localities table (and is not to be changed by an import). */
    public boolean curated() { return curated; }

    Set<String> nameKeys() { return nameKeys; }

    void addName(String name) {
        String k = PlaceNames.key(name);
        if (!k.isEmpty()) nameKeys.add(k);
    }

    void adminArea(String area) { adminArea = area == null ? "" : area; }
}
