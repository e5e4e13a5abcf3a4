package org.w3id.cityrights.commitments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.w3id.cityrights.importer.Cells;
import org.w3id.cityrights.importer.CsvRow;
import org.w3id.cityrights.importer.ImportContext;
import org.w3id.cityrights.importer.InstrumentsImporter;
import org.w3id.cityrights.places.PlaceRequest;
import org.w3id.cityrights.places.PlaceResolver;

/**
 * A row of the curator's template ({@code data/templates/commitments.csv}, filled in as
 * {@code data/curated/commitments*.csv}): one commitment, either a network membership or a local
 * instrument, of a locality named by id or by name and country (a new one is made as needed).
 */
final class TemplateRows {
    static final List<String> COLUMNS = List.of("commitment", "network", "locality", "city", "country", "admin_area", "kind",
            "part_of", "status", "date", "date_note", "id", "types", "label", "identifier", "invokes", "rights", "domains",
            "target_groups", "sources", "note");
    private static final List<String> INSTRUMENT_ONLY = List.of("id", "types", "label", "identifier", "invokes", "rights", "domains", "target_groups");

    private final ImportContext ctx;
    private final PlaceResolver places;
    private final InstrumentsImporter instruments;

    TemplateRows(ImportContext ctx, PlaceResolver places, InstrumentsImporter instruments) {
        this.ctx = ctx;
        this.places = places;
        this.instruments = instruments;
    }

    boolean isMembership(CsvRow row) {
        return Cells.oneOf(Cells.required(row, "commitment"), Map.of("membership", true, "instrument", false), row, "commitment");
    }

    NetworkRows.Read membership(CsvRow row) {
        for (String c : INSTRUMENT_ONLY) {
            if (row.has(c)) throw row.error(c + ": only for instrument rows; a membership row leaves it empty");
        }
        String networkId = Cells.required(row, "network");
        ctx.registry().require("network", networkId, row, "network");
        String status = Cells.required(row, "status");
        ctx.registry().require("membership-status", status, row, "status");
        JoinDate date = JoinDate.NONE;
        if (row.has("date")) {
            Literal d = Cells.date(row.get("date"), row, "date");
            if (d.getLexicalForm().compareTo(java.time.LocalDate.now().toString()) > 0) throw row.error("date: date '" + row.get("date") + "' is in the future");
            date = new JoinDate(d, "");
        } else if (!row.has("date_note")) {
            throw row.error("date: empty, so date_note must say what is known of the date");
        }
        var sources = Sources.required(row, "sources");
        PlaceResolver.Resolution place = places.resolve(request(row));
        return new NetworkRows.Read(new MembershipRecord(row, networkId, place.place(), status, date, row.get("date_note"),
                "", sources, row.get("note")), place);
    }

    /** Converts an instrument row with the rules of the instruments table, after finding (or making) its locality. */
    PlaceResolver.Resolution instrument(Model m, Resource activity, CsvRow row) {
        if (row.has("network")) throw row.error("network: only for membership rows; an instrument row leaves it empty");
        Cells.id(row, "id");
        var sources = Sources.required(row, "sources");
        PlaceResolver.Resolution place = places.resolve(request(row));
        Map<String, String> v = new LinkedHashMap<>();
        for (String c : List.of("id", "types", "label", "date", "date_note", "identifier", "status", "invokes", "rights",
                "domains", "target_groups", "sources", "note")) v.put(c, row.get(c));
        v.put("locality", place.place().id());
        for (String c : List.of("original_title", "in_force", "adopted_by", "obligations", "sdg_targets", "establishes")) v.put(c, "");
        instruments.convert(ctx, m, activity, new CsvRow(row.file(), row.line(), v));
        Sources.add(place.place().node().inModel(m), sources);
        return place;
    }

    private PlaceRequest request(CsvRow row) {
        if (row.has("locality")) {
            for (String c : List.of("city", "country", "admin_area", "kind", "part_of")) {
                if (row.has(c)) throw row.error(c + ": a row that names a locality id leaves the place columns empty");
            }
            return new PlaceRequest(row.get("locality"), "", "", "", "", "", row);
        }
        String city = Cells.required(row, "city");
        String iso2 = country(ctx, row, "country");
        return new PlaceRequest("", city, iso2, row.get("admin_area"), row.get("kind"), row.get("part_of"), row);
    }

    /** An ISO 3166-1 alpha-2 code of a country the graph knows, or a row error saying it is unknown. */
    static String country(ImportContext ctx, CsvRow row, String column) {
        String iso2 = Cells.required(row, column);
        if (!iso2.matches("[A-Z]{2}") || ctx.registry().find("country", iso2).isEmpty()) {
            throw row.error(column + ": unknown country code '" + iso2 + "' (write the ISO 3166-1 alpha-2 code, e.g. DE)");
        }
        return iso2;
    }
}
