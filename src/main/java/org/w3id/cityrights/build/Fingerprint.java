package org.w3id.cityrights.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over every input file (path and content), the base IRI and the version of the code
 * that builds. A store whose fingerprint differs from its inputs' is stale and is rebuilt: this is
 * more reliable than file times, which a fresh clone sets to the moment of checkout.
 */
public final class Fingerprint {
    /** Raise when the build changes what it makes from the same inputs (2: dumps and dataset descriptions; 3: networks,
     * evidence and practice; 4: the meta graph lists the graphs of the build). */
    static final String BUILD_FORMAT = "4";

    private Fingerprint() {}

    public static String of(ProjectLayout layout, String baseIri) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, "format " + BUILD_FORMAT + " code " + codeVersion() + " base " + baseIri);
            for (Path p : layout.allInputFiles()) {
                update(sha, layout.display(p));
                sha.update(Files.readAllBytes(p));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    static String codeVersion() {
        String v = Fingerprint.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
