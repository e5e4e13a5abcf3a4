package org.w3id.cityrights.sparql;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Holds an answer while it is written, so that nothing reaches the client before the answer is known
 * to be complete. Small answers stay in memory (and may be cached); once an answer outgrows
 * {@code memoryLimit} it continues in a temporary file, so that a few large answers at once cannot
 * exhaust the heap. The file is deleted when the response has been sent, or when the answer is discarded.
 */
final class AnswerBuffer extends OutputStream {
    /** In memory up to this; beyond, on disk. Also the largest answer the result cache can be offered. */
    static final int DEFAULT_MEMORY_LIMIT = 8 * 1024 * 1024;

    private final int memoryLimit;
    private byte[] buf = new byte[16 * 1024];
    private int count;
    private Path file;
    private OutputStream fileOut;
    private long size;
    private boolean closed;

    AnswerBuffer(int memoryLimit) { this.memoryLimit = memoryLimit; }

    @Override
    public synchronized void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        if (closed) throw new IOException("the answer was discarded");
        if (fileOut == null && (long) count + len > memoryLimit) spill();
        if (fileOut != null) {
            fileOut.write(b, off, len);
        } else {
            if (count + len > buf.length) buf = Arrays.copyOf(buf, Math.max(count + len, Math.min(memoryLimit, buf.length * 2)));
            System.arraycopy(b, off, buf, count, len);
            count += len;
        }
        size += len;
    }

    private void spill() throws IOException {
        file = Files.createTempFile("cityrights-answer-", ".tmp");
        fileOut = new BufferedOutputStream(Files.newOutputStream(file), 256 * 1024);
        fileOut.write(buf, 0, count);
        buf = null;
        count = 0;
    }

    synchronized boolean inMemory() { return fileOut == null; }

    synchronized long size() { return size; }

    /** The answer, when it stayed in memory. */
    synchronized byte[] bytes() {
        if (fileOut != null) throw new IllegalStateException("the answer is on disk");
        return Arrays.copyOf(buf, count);
    }

    /** The answer from disk; the file is deleted when the stream is closed. */
    synchronized InputStream openAndDelete() {
        try {
            fileOut.close();
            closed = true;
            return Files.newInputStream(file, StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hands the file over (to the result cache): the buffer no longer deletes it. */
    synchronized Path keepFile() {
        try {
            fileOut.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        closed = true;
        Path kept = file;
        file = null;
        return kept;
    }

    /** Drops the answer (it failed, or nobody waits for it any more). */
    synchronized void discard() {
        closed = true;
        buf = null;
        if (file != null) {
            try {
                fileOut.close();
            } catch (IOException e) {
                // deleting it is what matters
            }
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
