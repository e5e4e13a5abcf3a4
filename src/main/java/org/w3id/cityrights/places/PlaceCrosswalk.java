package org.w3id.cityrights.places;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.w3id.cityrights.importer.Cells;
import org.w3id.cityrights.importer.CsvRow;
import org.w3id.cityrights.importer.CuratedFiles;
import org.w3id.cityrights.importer.ImportContext;
import org.w3id.cityrights.importer.LocalitiesImporter;

/**
 * {@code data/curated/place-names*.csv}: what a curator knows about a spelling that the sources use
 * and the gazetteer does not ("Köln" is the place the gazetteer lists as "Cologne"; "Den Haag" is
 * the locality {@code the-hague}), and the kind of a place a member list names without saying.
 */
public final class PlaceCrosswalk {
    /** What one spelling in one country stands for. */
    public record Entry(String locality, String gazetteerName, String kind, CsvRow row) {}

    private final Map<String, Entry> entries = new HashMap<>();

    public PlaceCrosswalk(ImportContext ctx) {
        ctx.eachRow(CuratedFiles.rows(ctx, "place-names"), row -> {
            String name = Cells.required(row, "name");
            String country = Cells.required(row, "country");
            if (row.has("kind")) Cells.oneOf(row.get("kind"), LocalitiesImporter.KINDS, row, "kind");
            if (row.has("locality")) ctx.registry().require("city", row.get("locality"), row, "locality");
            if (!row.has("locality") && !row.has("gazetteer_name") && !row.has("kind")) {
                throw row.error("a spelling needs a locality, a gazetteer_name or a kind");
            }
            String key = PlaceNames.key(name) + "/" + country;
            if (entries.containsKey(key)) throw row.error("name: '" + name + "' in " + country + " is already at " + entries.get(key).row().where());
            entries.put(key, new Entry(row.get("locality"), row.get("gazetteer_name"), row.get("kind"), row));
        });
    }

    public Optional<Entry> find(String name, String iso2) {
        return Optional.ofNullable(entries.get(PlaceNames.key(name) + "/" + iso2));
    }
}
