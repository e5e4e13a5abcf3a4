package org.w3id.cityrights.cache;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An answer exactly as sent: its body, Content-Type and the entity tag that names it. A small body is
 * held in memory; a large one stays in the temporary file it was written to, which the cache deletes
 * when no key refers to it any more (an open stream keeps reading it even then).
 */
public final class CachedAnswer {
    private final byte[] body;
    private final Path file;
    private final long size;
    private final String contentType;
    private final String etag;
    /** Keys of the cache that refer to this answer; a file is deleted when the last one goes. */
    final AtomicInteger references = new AtomicInteger();

    public CachedAnswer(byte[] body, String contentType, String etag) {
        this(body, null, body.length, contentType, etag);
    }

    private CachedAnswer(byte[] body, Path file, long size, String contentType, String etag) {
        this.body = body;
        this.file = file;
        this.size = size;
        this.contentType = contentType;
        this.etag = etag;
    }

    /** An answer kept in a file of {@code size} bytes, which the cache then owns. */
    public static CachedAnswer inFile(Path file, long size, String contentType, String etag) {
        return new CachedAnswer(null, file, size, contentType, etag);
    }

    public boolean inMemory() { return file == null; }

    /** The body, for an answer in memory. */
    public byte[] body() {
        if (body == null) throw new IllegalStateException("the answer is in a file");
        return body;
    }

    public long size() { return size; }

    public String contentType() { return contentType; }

    public String etag() { return etag; }

    /** The body as a stream; for a file, fails if the cache has deleted it meanwhile. */
    public InputStream open() throws IOException {
        return file == null ? new ByteArrayInputStream(body) : Files.newInputStream(file);
    }

    void deleteFile() {
        if (file == null) return;
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
