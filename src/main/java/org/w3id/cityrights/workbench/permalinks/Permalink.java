package org.w3id.cityrights.workbench.permalinks;

/**
 * A saved query run: the query text, the view it was shown in, on which dataset version,
 * when it ran (an ISO 8601 instant, UTC), how many rows it gave and the SHA-256 of its canonical result.
 */
public record Permalink(String id, String query, String view, String createdAt, String datasetVersion, long rowCount, String sha256) {}
