package org.w3id.cityrights.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * The importer reads the OHCHR .xls export itself; an earlier conversion of the same file made with a
 * different tool (Python xlrd) is kept beside it. Two independent readings must agree date for date.
 */
class OhchrStatusExportTest {
    static final Path DIR = Path.of("data/sources/ohchr-icescr-status");

    @Test
    void reading_the_xls_agrees_with_the_independent_csv_conversion() {
        Map<String, String> fromXls = new TreeMap<>();
        for (OhchrStatusExport.Entry e : OhchrStatusExport.read(DIR.resolve("UnderlyingData_ICESCR_OHCHR_02_07_2026.xls"), "xls")) {
            fromXls.put(e.country(), str(e.signature()) + "/" + str(e.ratification()));
        }
        Map<String, String> fromCsv = new TreeMap<>();
        List<CsvRow> rows = Csv.read(DIR.resolve("icescr_status_iso_dates.csv"), "csv");
        for (CsvRow r : rows) fromCsv.put(r.get("country"), r.get("signature_date") + "/" + r.get("ratification_or_accession_date"));
        assertEquals(198, fromXls.size(), "states in the export");
        assertEquals(fromCsv, fromXls);
    }

    static String str(Object o) { return o == null ? "" : o.toString(); }
}
