package org.w3id.cityrights.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * Sends bytes exactly as given (broken percent-encoding, odd headers, control characters), which
 * well-behaved HTTP clients refuse to produce, and reads the status code of the answer.
 */
public final class RawHttp {
    private RawHttp() {}

    /** The response status, or -1 when the server closed the connection without one. */
    public static int send(int port, byte[] request, int timeoutMillis) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(timeoutMillis);
            OutputStream out = s.getOutputStream();
            try {
                out.write(request);
                out.flush();
                s.shutdownOutput();
            } catch (IOException e) {
                // The server may answer (413, 431 ...) and close before reading all we send: read its answer anyway.
            }
            InputStream in = s.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int c;
            while ((c = in.read()) != -1 && c != '\n') head.write(c);
            String status = head.toString(StandardCharsets.ISO_8859_1);
            in.transferTo(OutputStream.nullOutputStream());
            if (!status.startsWith("HTTP/1.")) return -1;
            return Integer.parseInt(status.substring(9, 12));
        } catch (SocketTimeoutException e) {
            throw new IOException("no answer within " + timeoutMillis + " ms", e);
        }
    }

    public static byte[] bytes(String s) { return s.getBytes(StandardCharsets.ISO_8859_1); }
}
