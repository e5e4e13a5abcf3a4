package org.w3id.cityrights.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.json.JsonObject;
import org.w3id.cityrights.build.BuildException;
import org.w3id.cityrights.http.HttpError;
import org.w3id.cityrights.importer.DataFileException;

import io.javalin.http.Context;

/**
 * {@code POST /admin/reload}: only with the bearer token from the configuration; with none
 * configured, administration is switched off entirely.
 */
public final class AdminHandler {
    private final Optional<String> token;
    private final Optional<Reloader> reloader;

    public AdminHandler(Optional<String> token, Optional<Reloader> reloader) {
        this.token = token;
        this.reloader = reloader;
    }

    public void reload(Context ctx) {
        authorise(ctx);
        Reloader r = reloader.orElseThrow(() -> new HttpError(503, "Reloading is not available for this store."));
        try {
            var info = r.reload();
            JsonObject body = new JsonObject();
            body.put("status", "reloaded");
            body.put("datasetVersion", info.datasetVersion());
            body.put("quads", info.quads());
            ctx.status(200).contentType("application/json").result(body.toString() + "\n");
        } catch (Reloader.ReloadInProgressException e) {
            throw new HttpError(409, "A reload is already running; try again when it has finished.", Map.of("Retry-After", "10"));
        } catch (BuildException | DataFileException e) {
            throw new HttpError(422, "Reload failed; the previous data is still being served.\n" + e.getMessage());
        }
    }

    private void authorise(Context ctx) {
        if (token.isEmpty()) throw HttpError.forbidden("Administration is disabled: no admin token is configured.");
        String header = ctx.header("Authorization");
        String given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : "";
        // Constant-time comparison: the time taken must not reveal how much of the token matched.
        boolean ok = MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.get().getBytes(StandardCharsets.UTF_8));
        if (!ok) throw new HttpError(401, "A valid bearer token is required.", Map.of("WWW-Authenticate", "Bearer realm=\"cityrights admin\""));
    }
}
