package org.w3id.cityrights.coverage;

import java.util.List;

/** One section of the coverage report: what it shows, and its rows as the query returned them. */
public record CoverageTable(String id, String title, String explanation, List<String> columns, List<List<String>> rows) {
    public CoverageTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The cell of the row whose first column is {@code key}, e.g. ("Europe", "localities"); empty when absent. */
    public String cell(String key, String column) {
        int c = columns.indexOf(column);
        if (c < 0) return "";
        return rows.stream().filter(r -> r.get(0).equals(key)).map(r -> r.get(c)).findFirst().orElse("");
    }
}
