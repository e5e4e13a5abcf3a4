package org.w3id.cityrights.cache;

import java.util.List;

/**
 * What an answer depends on. {@code request} is either the query as the client sent it together with
 * the {@code format} parameter and {@code Accept} header (a lookup that needs no parsing), or the
 * normalised query (Jena's serialisation of the parsed query) with the negotiated media type, so that
 * queries differing only in spacing, comments or Accept spelling share one answer.
 */
public record CacheKey(String datasetVersion, Kind kind, String request, List<String> defaultGraphs, List<String> namedGraphs,
                       String format) {

    public enum Kind { AS_SENT, NORMALISED }

    public CacheKey {
        defaultGraphs = List.copyOf(defaultGraphs);
        namedGraphs = List.copyOf(namedGraphs);
    }

    /** Java strings take up to two bytes per character; lists of graph IRIs are short. */
    long approximateBytes() {
        long chars = datasetVersion.length() + request.length() + format.length();
        for (String g : defaultGraphs) chars += g.length();
        for (String g : namedGraphs) chars += g.length();
        return 2 * chars;
    }
}
