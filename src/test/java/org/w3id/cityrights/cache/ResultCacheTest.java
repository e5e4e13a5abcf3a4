package org.w3id.cityrights.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ResultCacheTest {
    static CacheKey key(String query) {
        return new CacheKey("v1", CacheKey.Kind.NORMALISED, query, List.of(), List.of(), "application/sparql-results+json");
    }

    static CachedAnswer answer(int bytes) { return new CachedAnswer(new byte[bytes], "application/sparql-results+json", "W/\"x\""); }

    @Test
    void the_bound_is_counted_in_bytes_and_the_least_recently_used_answers_go_first() {
        ResultCache cache = new ResultCache(100_000);
        cache.observe(0);
        for (int i = 0; i < 10; i++) cache.put(0, key("q" + i), answer(10_000)); // each just over 10 kB with its key
        assertTrue(cache.stats().bytes() <= 100_000, "over the bound: " + cache.stats());
        assertTrue(cache.get(key("q0")).isEmpty(), "the oldest answer must have been evicted");
        assertTrue(cache.get(key("q9")).isPresent());
        assertTrue(cache.stats().evictions() >= 1);

        // Reading an answer makes it recent: the next eviction takes the oldest unread one instead.
        assertTrue(cache.get(key("q1")).isPresent());
        cache.put(0, key("new"), answer(10_000));
        assertTrue(cache.get(key("q1")).isPresent(), "q1 was read just now");
        assertTrue(cache.get(key("q2")).isEmpty(), "q2 was the least recently used");
    }

    @Test
    void an_answer_larger_than_an_eighth_of_the_bound_is_not_kept() {
        ResultCache cache = new ResultCache(80_000);
        cache.observe(0);
        cache.put(0, key("big"), answer(20_000));
        assertTrue(cache.get(key("big")).isEmpty());
        cache.put(0, key("small"), answer(5_000));
        assertTrue(cache.get(key("small")).isPresent());
    }

    @Test
    void a_new_data_generation_drops_every_answer() {
        ResultCache cache = new ResultCache(1_000_000);
        cache.observe(4);
        cache.put(4, key("q"), answer(100));
        assertTrue(cache.get(key("q")).isPresent());
        cache.observe(6);
        assertTrue(cache.get(key("q")).isEmpty());
        assertEquals(0, cache.stats().bytes());
    }

    @Test
    void an_answer_computed_across_a_change_of_data_is_not_kept() {
        ResultCache cache = new ResultCache(1_000_000);
        cache.observe(2);
        cache.put(0, key("started-before-the-swap"), answer(100));
        cache.put(3, key("computed-during-a-swap"), answer(100));
        assertTrue(cache.get(key("started-before-the-swap")).isEmpty());
        assertTrue(cache.get(key("computed-during-a-swap")).isEmpty());
        cache.put(2, key("current"), answer(100));
        assertTrue(cache.get(key("current")).isPresent());
    }

    @Test
    void a_cache_of_size_zero_keeps_nothing() {
        ResultCache cache = ResultCache.disabled();
        cache.observe(0);
        cache.put(0, key("q"), answer(10));
        assertFalse(cache.enabled());
        assertTrue(cache.get(key("q")).isEmpty());
    }

    @Test
    void weak_entity_tags_match_with_or_without_the_weak_prefix_and_in_lists() {
        String tag = EntityTags.of(key("SELECT * { ?s ?p ?o }"));
        assertTrue(tag.startsWith("W/\""));
        assertTrue(EntityTags.matches(tag, tag));
        assertTrue(EntityTags.matches("\"other\", " + tag.substring(2), tag));
        assertTrue(EntityTags.matches("*", tag));
        assertFalse(EntityTags.matches("W/\"other\"", tag));
        assertFalse(EntityTags.matches(null, tag));
        assertFalse(tag.equals(EntityTags.of(new CacheKey("v2", CacheKey.Kind.NORMALISED, "SELECT * { ?s ?p ?o }", List.of(), List.of(),
                "application/sparql-results+json"))), "another dataset version must give another tag");
    }

    @Test
    void queries_whose_answer_changes_from_run_to_run_are_recognised() {
        assertFalse(Determinism.isDeterministic("SELECT (NOW() AS ?t) WHERE { }"));
        assertFalse(Determinism.isDeterministic("SELECT ?x WHERE { BIND(rand () AS ?x) }"));
        assertFalse(Determinism.isDeterministic("SELECT ?x WHERE { BIND(STRUUID() AS ?x) }"));
        assertFalse(Determinism.isDeterministic("SELECT ?x WHERE { BIND(<http://jena.apache.org/ARQ/function#now>() AS ?x) }"));
        assertTrue(Determinism.isDeterministic("SELECT ?known WHERE { ?s <urn:p> ?known }"));
    }

    @Test
    void large_answers_live_in_files_within_the_disk_bound_and_the_files_go_with_their_last_key() throws Exception {
        ResultCache cache = new ResultCache(1_000_000, 80_000);
        cache.observe(0);
        java.nio.file.Path f1 = java.nio.file.Files.write(java.nio.file.Files.createTempFile("answer", ".tmp"), new byte[10_000]);
        CachedAnswer a = CachedAnswer.inFile(f1, 10_000, "text/csv", "W/\"a\"");
        assertTrue(cache.put(0, key("normalised"), a));
        assertTrue(cache.put(0, key("as sent"), a));
        assertEquals(10_000, cache.stats().diskBytes(), "one file, counted once");
        assertTrue(cache.stats().bytes() < 2_000, "a file costs the heap only its keys: " + cache.stats());
        try (var in = cache.get(key("as sent")).orElseThrow().open()) {
            assertEquals(10_000, in.readAllBytes().length);
        }

        java.nio.file.Path big = java.nio.file.Files.write(java.nio.file.Files.createTempFile("answer", ".tmp"), new byte[20_000]);
        assertFalse(cache.put(0, key("too big"), CachedAnswer.inFile(big, 20_000, "text/csv", "W/\"b\"")), "over an eighth of the disk bound");

        for (int i = 0; i < 8; i++) {
            java.nio.file.Path f = java.nio.file.Files.write(java.nio.file.Files.createTempFile("answer", ".tmp"), new byte[9_000]);
            cache.put(0, key("other" + i), CachedAnswer.inFile(f, 9_000, "text/csv", "W/\"o\""));
        }
        assertTrue(cache.stats().diskBytes() <= 80_000, cache.stats().toString());
        assertTrue(cache.get(key("normalised")).isEmpty() && cache.get(key("as sent")).isEmpty(), "the oldest file was evicted");
        assertFalse(java.nio.file.Files.exists(f1), "and deleted once no key refers to it");

        cache.clear();
        assertEquals(0, cache.stats().diskBytes());
        java.nio.file.Files.deleteIfExists(big);
    }
}
