package org.w3id.cityrights.commitments;

import java.util.HashMap;
import java.util.Map;

import org.w3id.cityrights.importer.Cells;
import org.w3id.cityrights.importer.CsvRow;
import org.w3id.cityrights.importer.CuratedFiles;
import org.w3id.cityrights.importer.ImportContext;

/**
 * {@code data/curated/network-statuses*.csv}: how each wording of a member list ("candidate
 * (admission to be voted ...)", "signatory; promoter city") is read as a membership status. A
 * curator reads every wording once; a new wording is reported, never guessed.
 */
final class StatusWordings {
    private final Map<String, String> statusByWording = new HashMap<>();

    StatusWordings(ImportContext ctx) {
        ctx.eachRow(CuratedFiles.rows(ctx, "network-statuses"), row -> {
            String wording = Cells.required(row, "wording");
            String status = Cells.required(row, "status");
            ctx.registry().require("membership-status", status, row, "status");
            if (statusByWording.containsKey(wording)) throw row.error("wording: '" + wording + "' is already read as " + statusByWording.get(wording));
            statusByWording.put(wording, status);
        });
    }

    /** The status id (e.g. {@code candidate}) for a member list's wording, or a row error naming the wording. */
    String status(CsvRow row, String column) {
        String wording = Cells.required(row, column);
        String status = statusByWording.get(wording);
        if (status == null) {
            throw row.error(column + ": no membership status for the wording '" + wording
                    + "'; add it to data/curated/network-statuses.csv");
        }
        return status;
    }
}
