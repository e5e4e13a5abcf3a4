package org.w3id.cityrights.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3id.cityrights.importer.CsvRow;
import org.w3id.cityrights.importer.DataFileException;

class JoinDateTest {
    static JoinDate parse(String cell) {
        return JoinDate.parse(new CsvRow("list.csv", 7, Map.of("date_joined", cell)), "date_joined");
    }

    @Test
    void a_plain_date_is_the_date_joined_as_precise_as_written() {
        assertEquals("2006-03-14", parse("2006-03-14").date().getLexicalForm());
        assertTrue(parse("2008-02").date().getDatatypeURI().endsWith("gYearMonth"));
        assertTrue(parse("2010").date().getDatatypeURI().endsWith("gYear"));
    }

    @Test
    void a_date_with_words_dates_another_event_and_is_kept_as_written() {
        JoinDate d = parse("2019-04 (council vote)");
        assertFalse(d.isPlain());
        assertNull(d.date());
        assertEquals("2019-04 (council vote)", d.asWritten());
        assertEquals("by 2017-11", parse("by 2017-11").asWritten());
        assertEquals("", parse("").asWritten());
    }

    @Test
    void an_impossible_date_is_an_error_of_the_row_even_inside_words() {
        DataFileException plain = assertThrows(DataFileException.class, () -> parse("2021-02-30"));
        assertEquals("list.csv:7: date_joined: impossible date '2021-02-30'", plain.getMessage());
        assertThrows(DataFileException.class, () -> parse("2019-13 (vote)"));
        assertThrows(DataFileException.class, () -> parse("2999-01-01"), "a date joined in the future");
    }
}
