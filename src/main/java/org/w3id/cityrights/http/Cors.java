package org.w3id.cityrights.http;

import io.javalin.http.Context;

/** Reads are open to every origin, so that notebooks and web pages anywhere can query the endpoint. */
public final class Cors {
    private Cors() {}

    public static void allowReads(Context ctx) {
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.header("Access-Control-Expose-Headers", "Content-Type, Content-Length, Vary, ETag");
    }

    /** Answers a preflight request. */
    public static void preflight(Context ctx) {
        allowReads(ctx);
        ctx.header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        ctx.header("Access-Control-Allow-Headers", "Accept, Content-Type, If-None-Match");
        ctx.header("Access-Control-Max-Age", "86400");
        ctx.status(204);
    }
}
