package org.w3id.cityrights.workbench.citation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.w3id.cityrights.workbench.permalinks.Permalink;

/**
 * Everything a citation of a result states: the dataset and its version, the permalink, when the
 * query ran, how many rows it gave and the SHA-256 of the canonical result.
 */
public record Citation(DatasetDescription dataset, Permalink link, String url) {

    public String key() { return "cityrights-" + link.id(); }

    public String title() { return "Query result " + link.id() + " from " + dataset.title(); }

    public LocalDate dateRun() { return LocalDate.ofInstant(Instant.parse(link.createdAt()), ZoneOffset.UTC); }

    public String note() {
        return "Dataset version " + link.datasetVersion() + "; query run " + link.createdAt() + "; " + link.rowCount()
                + (link.rowCount() == 1 ? " row" : " rows") + "; SHA-256 of the canonical result " + link.sha256()
                + " (see docs/workbench.md of cityrights for the canonical form).";
    }
}
