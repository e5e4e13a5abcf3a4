package org.w3id.cityrights.places;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3id.cityrights.importer.CsvRow;
import org.w3id.cityrights.importer.ImportContext;

/**
 * The Natural Earth populated places by name and country: the local name, the English name and
 * the ASCII name of each row all lead to it. Used to find the Wikidata QID of a place that a
 * member list names without one.
 */
public final class GazetteerIndex {
    /** One gazetteer row. */
    public record Entry(String name, String nameEn, String iso2, String admin1, String latitude, String longitude,
                        String geonameId, String qid) {
        /** The English name where the gazetteer has one. */
        public String label() { return nameEn.isBlank() ? name : nameEn; }
    }

    private final Path file;
    private final Map<String, List<Entry>> byNameAndCountry = new HashMap<>();

    public GazetteerIndex(ImportContext ctx, Path file) {
        this.file = file;
        for (CsvRow r : ctx.readCsv(file)) {
            if (r.get("wikidata_qid").isEmpty()) continue;
            Entry e = new Entry(r.get("name"), r.get("name_en"), r.get("iso_a2"), r.get("admin1"), r.get("latitude"),
                    r.get("longitude"), r.get("geonameid"), r.get("wikidata_qid"));
            Set<String> keys = new LinkedHashSet<>(List.of(PlaceNames.key(e.name()), PlaceNames.key(e.nameEn()), PlaceNames.key(r.get("name_ascii"))));
            for (String k : keys) {
                if (!k.isEmpty()) byNameAndCountry.computeIfAbsent(k + "/" + e.iso2(), x -> new ArrayList<>()).add(e);
            }
        }
    }

    public Path file() { return file; }

    /** The places of this name in this country whose first-level division can be the one given (any, when none is given). */
    public List<Entry> find(String name, String iso2, String adminArea) {
        return byNameAndCountry.getOrDefault(PlaceNames.key(name) + "/" + iso2, List.of()).stream()
                .filter(e -> PlaceNames.sameArea(adminArea, e.admin1()))
                .toList();
    }
}
