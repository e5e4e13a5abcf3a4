package org.w3id.cityrights.places;

import org.w3id.cityrights.importer.CsvRow;

/**
 * A place as a row names it: by the id of a curated locality, or by name and ISO country code with,
 * where the source gives them, its first-level division, its kind and the locality it lies in.
 */
public record PlaceRequest(String localityId, String name, String iso2, String adminArea, String kind, String partOf, CsvRow row) {
    public PlaceRequest {
        localityId = localityId == null ? "" : localityId;
        adminArea = adminArea == null ? "" : adminArea;
        kind = kind == null ? "" : kind;
        partOf = partOf == null ? "" : partOf;
    }

    public static PlaceRequest byName(String name, String iso2, String adminArea, CsvRow row) {
        return new PlaceRequest("", name, iso2, adminArea, "", "", row);
    }
}
