package org.w3id.cityrights.commitments;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Literal;
import org.w3id.cityrights.importer.Cells;
import org.w3id.cityrights.importer.CsvRow;

/**
 * The date a member list gives for a membership. Only a plain date ({@code YYYY}, {@code YYYY-MM},
 * {@code YYYY-MM-DD}) is a date joined; a cell with words ("2019-04 (council vote)", "by 2017-11",
 * "2025 (renewal)") dates some other event, so it is kept as written in a date note. Every date in a
 * cell must exist; a date joined must not lie in the future.
 */
record JoinDate(Literal date, String asWritten) {
    private static final Pattern PLAIN = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern EMBEDDED = Pattern.compile("(?<![\\d-])\\d{4}(-\\d{2}(-\\d{2})?)?(?![\\d-])");

    static final JoinDate NONE = new JoinDate(null, "");

    static JoinDate parse(CsvRow row, String column) {
        String cell = row.get(column);
        if (cell.isEmpty()) return NONE;
        if (PLAIN.matcher(cell).matches()) {
            Literal d = Cells.date(cell, row, column);
            if (d.getLexicalForm().compareTo(LocalDate.now().toString()) > 0) {
                throw row.error(column + ": date '" + cell + "' is in the future");
            }
            return new JoinDate(d, "");
        }
        Matcher m = EMBEDDED.matcher(cell);
        while (m.find()) Cells.date(m.group(), row, column);
        return new JoinDate(null, cell);
    }

    boolean isPlain() { return date != null; }
}
