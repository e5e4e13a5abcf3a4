package org.w3id.cityrights.workbench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.javalin.http.Context;

/** Absolute links to this server, as the client reached it, for permalinks, citations and embed snippets. */
public final class Links {
    private Links() {}

    public static String base(Context ctx) {
        URI u = URI.create(ctx.url());
        return u.getScheme() + "://" + u.getRawAuthority();
    }

    public static String permalink(Context ctx, String id) { return base(ctx) + "/q/" + id; }

    public static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    public static String editor(String query) { return "/query?query=" + enc(query); }

    public static String embed(String query, View view) { return "/embed?query=" + enc(query) + "&view=" + view.key(); }
}
