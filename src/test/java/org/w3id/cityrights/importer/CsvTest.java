package org.w3id.cityrights.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {
    @Test void quoted_fields_keep_commas_quotes_and_newlines_and_rows_keep_their_start_line() {
        List<CsvRow> rows = Csv.readText("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"multi\nline\",z\nNA,\n", "t.csv", ',');
        assertEquals(3, rows.size());
        assertEquals("x, y", rows.get(0).get("a"));
        assertEquals("say \"hi\"", rows.get(0).get("b"));
        assertEquals("multi\nline", rows.get(1).values().get("a"));
        assertEquals(3, rows.get(1).line());
        assertEquals(5, rows.get(2).line());
        assertEquals("NA", rows.get(2).get("a"), "Namibia's code stays a string");
    }

    @Test void crlf_and_a_byte_order_mark_are_accepted() {
        List<CsvRow> rows = Csv.readText("\uFEFFa,b\r\n1,2\r\n", "t.csv", ',');
        assertEquals("2", rows.get(0).get("b"));
    }

    @Test void a_row_with_the_wrong_number_of_fields_is_reported_at_its_line() {
        DataFileException e = assertThrows(DataFileException.class, () -> Csv.readText("a,b\n1,2\n3\n", "t.csv", ','));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("t.csv:3: expected 2 fields"), e.getMessage());
    }

    @Test void an_unclosed_quote_is_reported_where_it_opens() {
        DataFileException e = assertThrows(DataFileException.class, () -> Csv.readText("a\n1\n\"open\n\n", "t.csv", ','));
        assertEquals(3, e.line());
    }

    @Test void multi_valued_cells_split_on_bars() {
        assertEquals(List.of("cedaw", "crc"), Csv.split(" cedaw | crc |"));
    }
}
