package org.w3id.cityrights.linkeddata.dumps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.w3id.cityrights.http.Cors;
import org.w3id.cityrights.http.HttpError;
import org.w3id.cityrights.linkeddata.Layout;
import org.w3id.cityrights.linkeddata.Markup;
import org.w3id.cityrights.linkeddata.PublishedFiles;
import org.w3id.cityrights.linkeddata.Template;

import io.javalin.http.Context;

/** {@code /dumps/}: the list of dumps with size, checksum, version and build date; {@code /dumps/{file}}: a download. */
public final class DumpsHandler {
    private static final Template PAGE = Template.of(DumpsHandler.class, "dumps.html");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final PublishedFiles files;
    private final Layout layout;

    public DumpsHandler(PublishedFiles files, Layout layout) {
        this.files = files;
        this.layout = layout;
    }

    public void index(Context ctx) {
        DumpManifest m = files.dumps();
        List<Markup> rows = new ArrayList<>();
        for (DumpFile f : m.files()) {
            rows.add(Markup.concat(Markup.raw("<tr><td>"), Markup.link("/dumps/" + f.name(), f.name()), Markup.raw("</td><td>"),
                    Markup.text(f.displayName() + " (" + f.mediaType() + ")"), Markup.raw("</td><td>"), Markup.text(size(f.bytes())),
                    Markup.raw("</td><td><code>"), Markup.text(f.sha256()), Markup.raw("</code></td></tr>")));
        }
        Markup body = Markup.raw(PAGE.render(Map.of("triples", Markup.text(String.format(Locale.ROOT, "%,d", m.triples())),
                "version", Markup.text(m.datasetVersion()), "built", Markup.text(WHEN.format(m.builtAt())), "rows", Markup.join(rows, "\n"))));
        layout.send(ctx, 200, "Dumps", Markup.EMPTY, body);
    }

    public void file(Context ctx) {
        String name = ctx.pathParam("file");
        DumpManifest m = files.dumps();
        Path dir = files.dumpsDir();
        Cors.allowReads(ctx);
        switch (name) {
            case DumpManifest.MANIFEST -> send(ctx, dir.resolve(name), "application/json", null);
            case DumpManifest.SUMS -> send(ctx, dir.resolve(name), "text/plain; charset=utf-8", null);
            default -> {
                DumpFile f = m.file(name).orElseThrow(() -> new HttpError(404, "No dump named '" + name + "'. The dumps are listed at /dumps/."));
                ctx.header("ETag", "\"" + f.sha256() + "\"");
                send(ctx, dir.resolve(f.name()), f.servedAs(), f.name());
            }
        }
    }

    private static void send(Context ctx, Path file, String contentType, String downloadName) {
        try {
            ctx.status(200).contentType(contentType);
            if (downloadName != null) ctx.header("Content-Disposition", "attachment; filename=\"" + downloadName + "\"");
            ctx.header("Content-Length", Long.toString(Files.size(file)));
            ctx.result(Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String size(long bytes) {
        if (bytes < 1024) return bytes + " B";
        if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
