package org.w3id.cityrights.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.w3id.cityrights.store.Store;

import io.javalin.http.Context;

/** {@code GET /}: what this is, which data version is served, and a form to run a first query. */
public final class HomePage {
    private final Store store;
    private final String template;

    public HomePage(Store store) {
        this.store = store;
        try (InputStream in = HomePage.class.getResourceAsStream("/web/home.html")) {
            this.template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void handle(Context ctx) {
        String html = template.replace("{{version}}", Html.escape(store.info().datasetVersion()));
        ctx.contentType("text/html; charset=utf-8").result(html);
    }
}
