package org.w3id.cityrights.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Query text kept as classpath resources (SPARQL lives in .rq files). */
public final class QueryText {
    private QueryText() {}

    public static String text(String path) {
        try (InputStream in = QueryText.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
