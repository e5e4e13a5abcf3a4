package org.w3id.cityrights.workbench.editor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Pattern;

import org.w3id.cityrights.http.HttpError;

import io.javalin.http.Context;

/**
 * {@code GET /assets/...}: the workbench's own scripts and styles ({@code /assets/workbench/}) and the
 * files the build installed from npm ({@code /assets/vendor/}, see web/package.json), from the classpath.
 * Nothing is fetched from elsewhere at run time.
 */
public final class Assets {
    private static final Pattern SAFE = Pattern.compile("(workbench|vendor)/[A-Za-z0-9@._/-]+");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png",
            "woff2", "font/woff2");

    public void handle(Context ctx) {
        String path = ctx.pathParam("path");
        if (!SAFE.matcher(path).matches() || path.contains("..")) throw new HttpError(404, "No such asset.");
        String ext = path.substring(path.lastIndexOf('.') + 1);
        String type = TYPES.get(ext);
        if (type == null) throw new HttpError(404, "No such asset.");
        try (InputStream in = Assets.class.getResourceAsStream("/web/" + path)) {
            if (in == null) throw new HttpError(404, "No such asset: " + path + (path.startsWith("vendor/") ? " (was the build's npm step run?)" : ""));
            ctx.header("Cache-Control", "public, max-age=3600");
            ctx.contentType(type).result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
