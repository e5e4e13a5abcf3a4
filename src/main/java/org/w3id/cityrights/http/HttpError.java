package org.w3id.cityrights.http;

import java.util.Map;

/** A request that cannot be served, with the status and plain-language reason the client gets. */
public class HttpError extends RuntimeException {
    private final int status;
    private final Map<String, String> headers;

    public HttpError(int status, String reason) { this(status, reason, Map.of()); }

    public HttpError(int status, String reason, Map<String, String> headers) {
        super(reason);
        this.status = status;
        this.headers = headers;
    }

    public int status() { return status; }
    public Map<String, String> headers() { return headers; }

    public static HttpError badRequest(String reason) { return new HttpError(400, reason); }
    public static HttpError forbidden(String reason) { return new HttpError(403, reason); }
    public static HttpError notAcceptable(String reason) { return new HttpError(406, reason); }
    public static HttpError unsupportedMediaType(String reason) { return new HttpError(415, reason); }
}
