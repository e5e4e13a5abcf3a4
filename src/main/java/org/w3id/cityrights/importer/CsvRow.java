package org.w3id.cityrights.importer;

import java.util.List;
import java.util.Map;

/** One record of a CSV file, with where it came from. */
public record CsvRow(String file, int line, Map<String, String> values) {

    /** The trimmed value of a column, "" when empty; a column missing from the header is a data error. */
    public String get(String column) {
        String v = values.get(column);
        if (v == null) throw new DataFileException(file, 1, "missing column '" + column + "' in header");
        return v.strip();
    }

    public boolean has(String column) { return !get(column).isEmpty(); }

    public List<String> list(String column) { return Csv.split(get(column)); }

    public String where() { return file + ":" + line; }

    public DataFileException error(String message) { return new DataFileException(file, line, message); }
}
