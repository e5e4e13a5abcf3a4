package org.w3id.cityrights.vocab;

import java.util.Objects;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Mints the IRIs cityrights publishes: {@code {base}id/{kind}/{slug}} for things and
 * {@code {base}graph/{name}} for named graphs. The base is configurable so that a mirror can
 * publish under its own host; the canonical base is {@link #CANONICAL_BASE}.
 */
public final class Ids {
    public static final String CANONICAL_BASE = "https://w3id.org/cityrights/";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String base;

    public Ids(String base) {
        Objects.requireNonNull(base, "base");
        if (!base.matches("https?://[^\\s]+/")) {
            throw new IllegalArgumentException("base IRI must be an http(s) IRI ending in '/': " + base);
        }
        this.base = base;
    }

    public static Ids canonical() { return new Ids(CANONICAL_BASE); }

    public String base() { return base; }

    public String idBase() { return base + "id/"; }

    public static boolean isSlug(String s) { return s != null && SLUG.matcher(s).matches(); }

    public Resource thing(String kind, String slug) {
        if (!isSlug(kind) || !isSlug(slug)) {
            throw new IllegalArgumentException("not a slug: " + kind + "/" + slug);
        }
        return ResourceFactory.createResource(idBase() + kind + "/" + slug);
    }

    public Resource city(String slug) { return thing("city", slug); }
    public Resource country(String iso2) { return thing("country", iso2.toLowerCase(java.util.Locale.ROOT)); }
    public Resource body(String slug) { return thing("body", slug); }
    public Resource agent(String slug) { return thing("agent", slug); }
    public Resource instrument(String slug) { return thing("instrument", slug); }
    public Resource framework(String slug) { return thing("framework", slug); }
    public Resource treaty(String slug) { return thing("treaty", slug); }
    public Resource ratification(String iso2, String treaty) {
        return thing("ratification", iso2.toLowerCase(java.util.Locale.ROOT) + "-" + treaty);
    }
    public Resource concept(String kind, String slug) { return thing(kind, slug); }
    public Resource source(String slug) { return thing("source", slug); }

    public String graph(String name) { return base + "graph/" + name; }

    /**
     * Rewrites an IRI minted under the canonical base to this base (identity for the canonical base).
     * The ontology's IRIs stay as they are: its namespace is the same for every mirror.
     */
    public String rebase(String iri) {
        if (!base.equals(CANONICAL_BASE) && iri.startsWith(CANONICAL_BASE) && !iri.startsWith(CR.ONTOLOGY)) {
            return base + iri.substring(CANONICAL_BASE.length());
        }
        return iri;
    }
}
