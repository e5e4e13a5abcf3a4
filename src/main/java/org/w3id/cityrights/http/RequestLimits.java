package org.w3id.cityrights.http;

import org.w3id.cityrights.limits.Limits;

import io.javalin.http.Context;

/** Refuses a request body over the limit before anything reads it. */
final class RequestLimits {
    private RequestLimits() {}

    static void check(Context ctx, Limits limits) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limits.maxBodyBytes()) {
            throw new HttpError(413, "The request body (" + declared + " bytes) is larger than the limit of "
                    + limits.maxBodyBytes() + " bytes.");
        }
    }
}
