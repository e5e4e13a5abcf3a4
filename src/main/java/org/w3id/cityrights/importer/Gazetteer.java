package org.w3id.cityrights.importer;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Natural Earth populated places (public domain), looked up by the Wikidata QID a curator
 * recorded. The same QID can appear on more than one row, and names have homonyms, so a match
 * must also agree on the country.
 */
final class Gazetteer {
    record Place(String name, String iso2, String admin1, String latitude, String longitude, String geonameId, String qid, String where) {}

    private final Map<String, List<Place>> byQid = new HashMap<>();
    private final Path file;

    Gazetteer(ImportContext ctx, Path file) {
        this.file = file;
        for (CsvRow r : ctx.readCsv(file)) {
            String qid = r.get("wikidata_qid");
            if (qid.isEmpty()) continue;
            Place p = new Place(r.get("name"), r.get("iso_a2"), r.get("admin1"), r.get("latitude"),
                    r.get("longitude"), r.get("geonameid"), qid, r.where());
            byQid.computeIfAbsent(qid, k -> new java.util.ArrayList<>()).add(p);
        }
    }

    Path file() { return file; }

    /** The one place with this QID in this country (by name when several), or a row error saying why not. */
    Place find(String qid, String iso2, String name, CsvRow row) {
        List<Place> all = byQid.getOrDefault(qid, List.of());
        if (all.isEmpty()) throw row.error("gazetteer_qid: " + qid + " is not in the gazetteer");
        List<Place> inCountry = all.stream().filter(p -> p.iso2().equals(iso2)).toList();
        if (inCountry.isEmpty()) {
            throw row.error("gazetteer_qid: the gazetteer row for " + qid + " (" + all.get(0).name() + ") lies in "
                    + all.get(0).iso2() + ", not " + iso2);
        }
        if (inCountry.size() == 1) return inCountry.get(0);
        List<Place> named = inCountry.stream().filter(p -> p.name().equalsIgnoreCase(name)).toList();
        if (named.size() == 1) return named.get(0);
        throw row.error("gazetteer_qid: " + qid + " matches " + inCountry.size() + " gazetteer rows in " + iso2 + "; cannot tell which");
    }
}
