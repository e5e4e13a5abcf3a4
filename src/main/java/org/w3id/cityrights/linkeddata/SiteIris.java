package org.w3id.cityrights.linkeddata;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.cityrights.vocab.CR;

/**
 * Maps the published IRIs to this server's own paths and back. The server answers for the base IRI
 * the store was built with (the canonical one, or a mirror's): its root is the base, so a request for
 * {@code /id/city/graz} on any host is about {@code {base}id/city/graz}, and every link on a page points
 * at the server that rendered it, which keeps links working on a laptop as on the public host.
 */
public final class SiteIris {
    private static final Pattern THING = Pattern.compile("id/([a-z0-9]+(?:-[a-z0-9]+)*)/([a-z0-9]+(?:-[a-z0-9]+)*)");
    private final String base;

    public SiteIris(String base) {
        if (base == null || !base.endsWith("/")) throw new IllegalArgumentException("base IRI must end in '/': " + base);
        this.base = base;
    }

    public String base() { return base; }

    /** The IRI of a thing: {@code {base}id/{kind}/{slug}}. */
    public String thing(String kind, String slug) { return base + "id/" + kind + "/" + slug; }

    /** The prefix of every thing's IRI (VoID's uriSpace). */
    public String idSpace() { return base + "id/"; }

    /** A graph of the store, e.g. {@code inferred}. */
    public String graph(String name) { return base + "graph/" + name; }

    /** A path of this server under the base, e.g. {@code sparql} gives {@code {base}sparql}. */
    public String published(String path) { return base + path; }

    public boolean isOurs(String iri) { return iri.startsWith(base) || iri.startsWith(CR.ONTOLOGY); }

    /** The local path (with fragment) that serves an IRI of ours, e.g. {@code /id/city/graz#geometry}. */
    public Optional<String> localPath(String iri) {
        if (iri.startsWith(CR.ONTOLOGY)) return Optional.of("/ontology" + iri.substring(CR.ONTOLOGY.length()));
        if (iri.startsWith(base)) return Optional.of("/" + iri.substring(base.length()));
        return Optional.empty();
    }

    /** Where a link to an IRI should point: our own server for our IRIs, the IRI itself otherwise. */
    public String href(String iri) { return localPath(iri).orElse(iri); }

    /** Kind and slug of a thing's IRI (without fragment), when it is one of ours. */
    public Optional<String[]> kindAndSlug(String iri) {
        if (!iri.startsWith(base)) return Optional.empty();
        String rest = iri.substring(base.length());
        int hash = rest.indexOf('#');
        if (hash >= 0) rest = rest.substring(0, hash);
        Matcher m = THING.matcher(rest);
        return m.matches() ? Optional.of(new String[] {m.group(1), m.group(2)}) : Optional.empty();
    }

    /** The page of a thing, e.g. {@code /page/city/graz}. */
    public static String pagePath(String kind, String slug) { return "/page/" + kind + "/" + slug; }

    /** The RDF of a thing in one syntax, e.g. {@code /data/city/graz.ttl}. */
    public static String dataPath(String kind, String slug, RdfSyntax syntax) {
        return "/data/" + kind + "/" + slug + "." + syntax.extension();
    }
}
