package org.w3id.cityrights.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.w3id.cityrights.build.Builder;
import org.w3id.cityrights.build.ProjectLayout;
import org.w3id.cityrights.http.App;
import org.w3id.cityrights.http.ServerConfig;
import org.w3id.cityrights.store.StoreLayout;
import org.w3id.cityrights.store.SwitchableStore;
import org.w3id.cityrights.store.Tdb2Store;
import org.w3id.cityrights.support.TestProjects;
import org.w3id.cityrights.support.TestServer;
import org.w3id.cityrights.support.TestStore;
import org.w3id.cityrights.vocab.Ids;

/**
 * POST /admin/reload rebuilds and swaps the store while queries keep running: every query succeeds
 * and sees one consistent state; a broken data file fails the reload and the old data keeps serving.
 */
class ReloadTest {
    static final String TOKEN = "reload-test-token-0123456789";
    /** Two facts that change together in one reload: a mixed view would pair the old count with the new one. */
    static final String STATE = "SELECT (COUNT(DISTINCT ?c) AS ?cities) (COUNT(DISTINCT ?i) AS ?instruments) WHERE { "
            + "{ ?c a <https://w3id.org/cityrights/ontology#Locality> } UNION { ?i a <https://w3id.org/cityrights/ontology#Measure> } }";

    @Test
    void reloads_swap_data_atomically_under_load_and_a_broken_file_keeps_the_old_store() throws Exception {
        Path project = TestProjects.copy("reload");
        Path storeDir = project.resolve("store");
        Builder builder = new Builder(ProjectLayout.of(project), Ids.canonical(), TestStore.quiet());
        StoreLayout layout = new StoreLayout(storeDir);
        builder.build(layout);
        SwitchableStore store = new SwitchableStore(Tdb2Store.open(layout), retired -> StoreLayout.deleteTree(retired.location()));
        ServerConfig config = ServerConfig.local(0).withAdminToken(TOKEN);
        try (TestServer server = new TestServer(App.create(config, store, Optional.of(new Reloader(builder, layout, store)), org.w3id.cityrights.workbench.WorkbenchSettings.temporary()))) {
            String before = state(server);

            AtomicBoolean running = new AtomicBoolean(true);
            Set<String> seen = ConcurrentHashMap.newKeySet();
            List<String> failures = new CopyOnWriteArrayList<>();
            Thread[] readers = new Thread[3];
            for (int i = 0; i < readers.length; i++) {
                readers[i] = new Thread(() -> {
                    while (running.get()) {
                        HttpResponse<String> r = server.get("/sparql?query=" + TestServer.enc(STATE), "Accept", "text/csv");
                        if (r.statusCode() != 200) failures.add(r.statusCode() + " " + r.body());
                        else seen.add(r.body().strip().split("\r?\n")[1]);
                    }
                });
                readers[i].start();
            }

            assertEquals(401, server.post("/admin/reload", "text/plain", "", "Authorization", "Bearer wrong-token-000000000").statusCode());
            assertEquals(401, server.post("/admin/reload", "text/plain", "").statusCode());

            // 1. A good change: one more locality and one more instrument, in the same reload.
            addCityAndInstrument(project);
            HttpResponse<String> good = server.post("/admin/reload", "text/plain", "", "Authorization", "Bearer " + TOKEN);
            assertEquals(200, good.statusCode(), good.body());
            String after = state(server);
            String version = store.info().datasetVersion();
            assertTrue(server.get("/").body().contains(version), "the landing page follows the reload to " + version);
            assertTrue(server.get("/dumps/").body().contains(version), "the dumps follow the reload to " + version);
            assertTrue(server.get("/.well-known/void", "Accept", "text/turtle").body().contains(version),
                    "the dataset description follows the reload to " + version);
            assertEquals(200, server.get("/page/city/reload-test-town").statusCode(), "the new city has its page");

            // 2. A broken file: the reload fails with file, line and reason; the new data keeps serving.
            Files.writeString(project.resolve("data/dataset.ttl"), "\n<urn:a> <urn:b> \"broken .\n", StandardOpenOption.APPEND);
            HttpResponse<String> broken = server.post("/admin/reload", "text/plain", "", "Authorization", "Bearer " + TOKEN);
            assertEquals(422, broken.statusCode(), broken.body());
            assertTrue(broken.body().matches("(?s).*data/dataset\\.ttl:\\d+.*"), broken.body());
            assertEquals(after, state(server));

            running.set(false);
            for (Thread t : readers) t.join();
            assertEquals(List.of(), failures, "every query during the reloads succeeded");
            assertTrue(!before.equals(after), "the reload changed the data: " + before + " -> " + after);
            assertTrue(seen.stream().allMatch(s -> s.equals(before) || s.equals(after)), "a mixed state was seen: " + seen);
            try (var dirs = Files.list(storeDir)) {
                assertEquals(1, dirs.filter(d -> d.getFileName().toString().startsWith("db-")).count(), "the retired database was removed");
            }
        } finally {
            TestProjects.delete(project);
        }
    }

    static String state(TestServer server) {
        return server.get("/sparql?query=" + TestServer.enc(STATE), "Accept", "text/csv").body().strip().split("\r?\n")[1];
    }

    static void addCityAndInstrument(Path project) throws IOException {
        Files.writeString(project.resolve("data/curated/localities-reload-test.csv"),
                "id,name,alt_names,kind,country,admin_area,part_of,gazetteer_qid,sources,note\n"
                        + "reload-test-town,Reload Test Town,,city,AT,,,,https://example.org/reload-test,test data\n");
        Files.writeString(project.resolve("data/curated/instruments-reload-test.csv"),
                "id,locality,types,label,original_title,date,date_note,in_force,adopted_by,identifier,status,invokes,rights,domains,obligations,target_groups,sdg_targets,establishes,sources,note\n"
                        + "reload-test-resolution,reload-test-town,Resolution,Reload test resolution,,2020,,,,,adopted,,,,,,,,https://example.org/reload-test,test data\n");
    }
}
