package org.w3id.cityrights.http;

import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.slf4j.LoggerFactory;

/**
 * One line per request, written by Jetty after the response is complete (so it also covers requests
 * Jetty itself refuses, such as an over-long URI): method, path with query, status, time, bytes,
 * client. Control characters a client put into the request (CR, LF, tabs ...) are written as
 * escapes, so a request cannot forge a second log line.
 */
public final class AccessLog implements RequestLog {
    private final Consumer<String> sink;

    public AccessLog(Consumer<String> sink) { this.sink = sink; }

    public static Consumer<String> toSlf4j() {
        var log = LoggerFactory.getLogger("cityrights.access");
        return log::info;
    }

    @Override
    public void log(Request request, Response response) {
        String query = request.getHttpURI().getQuery();
        String target = request.getHttpURI().getPath() + (query == null || query.isEmpty() ? "" : "?" + query);
        double ms = (System.nanoTime() - request.getBeginNanoTime()) / 1e6;
        sink.accept(clean(request.getMethod()) + " " + clean(target) + " " + response.getStatus() + " "
                + String.format(Locale.ROOT, "%.1f", ms) + "ms " + Response.getContentBytesWritten(response) + "B "
                + clean(Request.getRemoteAddr(request)));
    }

    /** Makes every control, whitespace or backslash character visible as \\uXXXX, and caps the length. */
    static String clean(String s) {
        if (s == null) return "-";
        StringBuilder b = new StringBuilder(Math.min(s.length(), 2048));
        for (int i = 0; i < s.length() && b.length() < 2000; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\\') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
