package org.w3id.cityrights.http;

import io.javalin.http.Context;

/**
 * Headers every response carries. HTML gets a Content-Security-Policy that allows only this
 * server's own scripts and styles; a page that needs a different policy (an embeddable page that
 * other sites frame, say) sets its own header before this runs, and that one is kept.
 */
public final class SecurityHeaders {
    /** Scripts and styles from this server only; inline styles allowed (no scripts), framing by this site only. */
    public static final String DEFAULT_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    private SecurityHeaders() {}

    public static void apply(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        String type = ctx.res().getContentType();
        if (type != null && type.startsWith("text/html") && ctx.res().getHeader("Content-Security-Policy") == null) {
            ctx.header("Content-Security-Policy", DEFAULT_CSP);
            ctx.header("Referrer-Policy", "no-referrer");
        }
    }
}
