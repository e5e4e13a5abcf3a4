package org.w3id.cityrights.http;

import java.util.Map;

/** A request that cannot be served, with the status and plain-language reason the client gets. */
public class HttpError extends RuntimeException {
    private static final String TEXT = "text/plain; charset=utf-8";
    private final int status;
    private final Map<String, String> headers;
    private final String contentType;
    private final String body;

    public HttpError(int status, String reason) { this(status, reason, Map.of()); }

    public HttpError(int status, String reason, Map<String, String> headers) {
        this(status, reason, headers, TEXT, reason + "\n");
    }

    private HttpError(int status, String reason, Map<String, String> headers, String contentType, String body) {
        super(reason);
        this.status = status;
        this.headers = headers;
        this.contentType = contentType;
        this.body = body;
    }

    public int status() { return status; }
    public Map<String, String> headers() { return headers; }
    public String contentType() { return contentType; }
    public String body() { return body; }

    /** An error answered with a whole HTML page (e.g. a 404 with a search box for browsers). */
    public static HttpError page(int status, String reason, String html) {
        return new HttpError(status, reason, Map.of(), "text/html; charset=utf-8", html);
    }

    public static HttpError badRequest(String reason) { return new HttpError(400, reason); }
    public static HttpError forbidden(String reason) { return new HttpError(403, reason); }
    public static HttpError notAcceptable(String reason) { return new HttpError(406, reason); }
    public static HttpError unsupportedMediaType(String reason) { return new HttpError(415, reason); }
}
