package org.w3id.cityrights.store;

import java.time.Instant;
import java.util.Properties;

/**
 * What a store was built from and when: the fingerprint of its inputs (to tell whether it is
 * stale), the dataset version researchers cite, the base IRI, and counts.
 */
public record BuildInfo(String inputFingerprint, String datasetVersion, String baseIri, Instant builtAt, long quads) {

    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("inputFingerprint", inputFingerprint);
        p.setProperty("datasetVersion", datasetVersion);
        p.setProperty("baseIri", baseIri);
        p.setProperty("builtAt", builtAt.toString());
        p.setProperty("quads", Long.toString(quads));
        return p;
    }

    static BuildInfo fromProperties(Properties p) {
        return new BuildInfo(
                p.getProperty("inputFingerprint", ""),
                p.getProperty("datasetVersion", ""),
                p.getProperty("baseIri", ""),
                Instant.parse(p.getProperty("builtAt", Instant.EPOCH.toString())),
                Long.parseLong(p.getProperty("quads", "0")));
    }
}
