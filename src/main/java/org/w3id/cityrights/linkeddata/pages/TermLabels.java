package org.w3id.cityrights.linkeddata.pages;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.cityrights.linkeddata.QueryFile;
import org.w3id.cityrights.linkeddata.Sparql;

/**
 * Human names for properties and classes: the ontology's own labels (read from the store once), then
 * those of the external vocabularies we use, then the local name spelled out ("wasDerivedFrom" →
 * "was derived from"), so that no page shows a bare IRI where a name is meant.
 */
public final class TermLabels {
    private static final QueryFile TERMS = QueryFile.of(TermLabels.class, "term-labels.rq");
    private static final Map<String, String> EXTERNAL = readExternal();
    private final Map<String, String> labels;

    private TermLabels(Map<String, String> labels) { this.labels = labels; }

    public static TermLabels load(Sparql sparql) {
        Map<String, String> m = new HashMap<>(EXTERNAL);
        for (Binding row : sparql.select(TERMS.query())) m.put(Sparql.string(row, "term"), Sparql.string(row, "label"));
        return new TermLabels(m);
    }

    public String of(String iri) {
        String l = labels.get(iri);
        return l != null ? l : spelledOut(localName(iri));
    }

    public boolean isKnown(String iri) { return labels.containsKey(iri); }

    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        String local = cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
        return local;
    }

    static String spelledOut(String local) {
        String s = local.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ');
        return s.toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> readExternal() {
        Map<String, String> m = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                TermLabels.class.getResourceAsStream("external-labels.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] kv = line.split("\t", 2);
                if (kv.length == 2) m.put(kv[0], kv[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
