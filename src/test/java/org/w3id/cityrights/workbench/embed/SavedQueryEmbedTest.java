package org.w3id.cityrights.workbench.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cityrights.support.TestServer;
import org.w3id.cityrights.support.TestStore;

/** /embed/{name}: a saved query embedded in its default view, or another, with its parameters. */
class SavedQueryEmbedTest {
    static TestServer server;

    @BeforeAll static void start() { server = new TestServer(TestStore.get()); }
    @AfterAll static void stop() { server.close(); }

    @Test
    void a_saved_query_embeds_in_its_default_view_with_its_summary_as_title() {
        HttpResponse<String> r = server.get("/embed/city-timeline");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("data-view=\"timeline\""), r.body());
        assertTrue(r.body().contains("<h1>The timeline of one city&#39;s human-rights commitments</h1>"), r.body());
    }

    @Test
    void the_view_and_parameters_can_be_chosen() {
        HttpResponse<String> r = server.get("/embed/treaty-invocations?view=table&country=US");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("<td>CEDAW</td><td>30</td><td>23</td>"), r.body());
    }

    @Test
    void a_construct_query_cannot_be_drawn_as_a_chart() {
        assertEquals(400, server.get("/embed/city-graph?view=bar").statusCode());
        assertEquals(200, server.get("/embed/city-graph?view=table").statusCode());
    }

    @Test
    void get_unknown_saved_query_embed_returns_404() {
        assertEquals(404, server.get("/embed/nothing-here").statusCode());
    }
}
