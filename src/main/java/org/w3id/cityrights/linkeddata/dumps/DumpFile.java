package org.w3id.cityrights.linkeddata.dumps;

/** One dump as published: its file, what it holds, and how to check it. */
public record DumpFile(String name, String mediaType, boolean gzipped, String displayName, long bytes, String sha256) {
    /** The media type a download is served as: the archive's when compressed. */
    public String servedAs() { return gzipped ? "application/gzip" : mediaType; }
}
