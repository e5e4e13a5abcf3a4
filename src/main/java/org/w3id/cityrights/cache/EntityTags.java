package org.w3id.cityrights.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.w3id.cityrights.store.BuildInfo;

/**
 * Entity tags of query answers. A tag names the dataset version, the normalised query, the graphs it
 * was asked over and the negotiated format; it is weak ({@code W/}) because two runs give equivalent
 * answers, not always the same bytes (blank node labels, the order of triples in a graph).
 */
public final class EntityTags {
    private EntityTags() {}

    /**
     * The version answers are keyed by: the dataset version and the time of the build, so that a rebuild
     * from the same inputs (same version, new meta graph) is a new version for caches too.
     */
    public static String datasetVersion(BuildInfo info) { return info.datasetVersion() + " " + info.builtAt(); }

    public static String of(CacheKey normalised) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, normalised.datasetVersion());
            update(sha, normalised.request());
            update(sha, String.join(" ", normalised.defaultGraphs()));
            update(sha, String.join(" ", normalised.namedGraphs()));
            update(sha, normalised.format());
            return "W/\"" + HexFormat.of().formatHex(sha.digest(), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    /**
     * Whether an {@code If-None-Match} header names this tag. Comparison is weak (RFC 9110, 13.1.2):
     * {@code W/} prefixes are ignored; {@code *} matches any current answer.
     */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) return false;
        String ours = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || opaque(c).equals(ours)) return true;
        }
        return false;
    }

    private static String opaque(String tag) { return tag.startsWith("W/") ? tag.substring(2) : tag; }
}
