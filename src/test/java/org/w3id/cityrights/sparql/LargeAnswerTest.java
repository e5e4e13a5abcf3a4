package org.w3id.cityrights.sparql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.w3id.cityrights.support.TestServer;
import org.w3id.cityrights.support.TestStore;

/** Answers larger than the memory buffer go to a temporary file, are sent complete, and leave no file behind. */
class LargeAnswerTest {
    static long answerFiles() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("cityrights-answer-")).count();
        }
    }

    @Test
    void a_buffer_spills_to_disk_past_its_memory_limit_and_deletes_the_file_once_read() throws IOException {
        AnswerBuffer b = new AnswerBuffer(1000);
        byte[] data = new byte[2500];
        for (int i = 0; i < data.length; i++) data[i] = (byte) i;
        b.write(data, 0, 600);
        assertTrue(b.inMemory());
        b.write(data, 600, 1900);
        assertFalse(b.inMemory());
        assertEquals(2500, b.size());
        long files = answerFiles();
        try (InputStream in = b.openAndDelete()) {
            assertArrayEquals(data, in.readAllBytes());
        }
        assertEquals(files - 1, answerFiles(), "the temporary file must be deleted once read");
    }

    @Test
    void a_discarded_answer_leaves_no_file_and_takes_no_more_writes() throws IOException {
        long files = answerFiles();
        AnswerBuffer b = new AnswerBuffer(10);
        b.write(new byte[100], 0, 100);
        assertEquals(files + 1, answerFiles());
        b.discard();
        assertEquals(files, answerFiles());
        assertThrows(IOException.class, () -> b.write(new byte[1], 0, 1));
    }

    @Test
    void an_answer_larger_than_memory_is_sent_complete_from_disk_cached_there_and_removed_with_the_server() throws Exception {
        long files = answerFiles();
        String all = "/sparql?query=" + TestServer.enc("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }");
        try (TestServer server = new TestServer(TestStore.get())) {
            HttpResponse<String> r = server.get(all, "Accept", "text/tab-separated-values");
            assertEquals(200, r.statusCode());
            assertTrue(r.body().length() > AnswerBuffer.DEFAULT_MEMORY_LIMIT, "the test needs an answer over the memory limit: " + r.body().length());
            assertEquals(TestStore.get().info().quads() + 1, r.body().lines().count(), "every quad and the header line");
            assertTrue(r.headers().firstValue("ETag").isPresent());
            assertEquals(files + 1, answerFiles(), "the answer is kept in one file");

            HttpResponse<String> again = server.get(all, "Accept", "text/tab-separated-values");
            assertEquals(r.body(), again.body());
            assertTrue(server.get("/health").body().matches("(?s).*\"hits\" : [1-9].*"), "the second request must be a cache hit");
        }
        assertEquals(files, answerFiles(), "the server's cached files must go with it");
    }

    @Test
    void without_a_disk_cache_a_large_answer_leaves_no_file() throws Exception {
        long files = answerFiles();
        var config = org.w3id.cityrights.http.ServerConfig.local(0).withCache(new org.w3id.cityrights.cache.CacheSettings(64L << 20, 0, 60));
        try (TestServer server = new TestServer(TestStore.get(), config)) {
            HttpResponse<String> r = server.get("/sparql?query=" + TestServer.enc("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"), "Accept", "text/csv");
            assertEquals(200, r.statusCode());
            assertEquals(files, answerFiles(), "sent from a temporary file, deleted once sent");
        }
    }
}
