package org.w3id.cityrights.linkeddata;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.w3id.cityrights.store.BuildInfo;

import io.javalin.http.Context;

/** The frame every HTML page of the site shares: title, navigation with a search box, footer with version and licences. */
public final class Layout {
    private static final Template FRAME = Template.of(Layout.class, "layout.html");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneOffset.UTC);

    private final BuildInfo info;

    public Layout(BuildInfo info) { this.info = info; }

    public String page(String title, Markup head, Markup body) {
        return FRAME.render(Map.of(
                "title", Markup.text(title),
                "head", head,
                "body", body,
                "version", Markup.text(info.datasetVersion()),
                "built", Markup.text(DAY.format(info.builtAt()))));
    }

    public void send(Context ctx, int status, String title, Markup head, Markup body) {
        ctx.status(status).contentType("text/html; charset=utf-8").result(page(title, head, body));
    }
}
