package org.w3id.cityrights.commitments;

import org.w3id.cityrights.importer.Cells;
import org.w3id.cityrights.importer.CsvRow;
import org.w3id.cityrights.importer.ImportContext;
import org.w3id.cityrights.places.PlaceRequest;
import org.w3id.cityrights.places.PlaceResolver;

/**
 * A row of a member list ({@code data/sources/city-networks/*.csv}:
 * {@code network,city,country,iso2,admin_area,date_joined,role_or_status,source_url,notes}) checked
 * and read as a membership: known network, known country code, dates that exist, a source, a status
 * for its wording, and the locality it names.
 */
final class NetworkRows {
    private final ImportContext ctx;
    private final NetworksImporter networks;
    private final StatusWordings wordings;
    private final PlaceResolver places;

    NetworkRows(ImportContext ctx, NetworksImporter networks, StatusWordings wordings, PlaceResolver places) {
        this.ctx = ctx;
        this.networks = networks;
        this.wordings = wordings;
        this.places = places;
    }

    Read read(CsvRow row) {
        String networkName = Cells.required(row, "network");
        String networkId = networks.idForSourceName(networkName).orElseThrow(() -> row.error(
                "network: '" + networkName + "' is not among the source_names of data/curated/networks.csv"));
        String city = Cells.required(row, "city");
        String iso2 = TemplateRows.country(ctx, row, "iso2");
        var sources = Sources.required(row, "source_url");
        JoinDate date = JoinDate.parse(row, "date_joined");
        String status = wordings.status(row, "role_or_status");
        PlaceResolver.Resolution place = places.resolve(PlaceRequest.byName(city, iso2, row.get("admin_area"), row));
        String dateNote = date.isPlain() ? "" : date.asWritten().isEmpty() ? "no date in the member list"
                : "as the member list gives it: " + date.asWritten();
        return new Read(new MembershipRecord(row, networkId, place.place(), status, date, dateNote,
                row.get("role_or_status"), sources, row.get("notes")), place);
    }

    /** A membership read from a row, with what the place resolution has to say about it. */
    record Read(MembershipRecord record, PlaceResolver.Resolution place) {}
}
