package org.w3id.cityrights.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ConnegTest {
    static final List<String> OFFERS = List.of("application/sparql-results+json", "application/sparql-results+xml", "text/csv");

    @Test void no_accept_header_gives_the_first_offer() {
        assertEquals(Optional.of("application/sparql-results+json"), Conneg.choose(null, OFFERS));
    }

    @Test void accept_star_gives_the_first_offer() {
        assertEquals(Optional.of("application/sparql-results+json"), Conneg.choose("*/*", OFFERS));
    }

    @Test void highest_quality_wins() {
        assertEquals(Optional.of("text/csv"), Conneg.choose("application/sparql-results+json;q=0.5, text/csv;q=0.9", OFFERS));
    }

    @Test void the_most_specific_range_sets_the_quality() {
        assertEquals(Optional.of("application/sparql-results+xml"),
                Conneg.choose("application/*;q=0.2, application/sparql-results+xml, text/*;q=0.1", OFFERS));
    }

    @Test void q_zero_excludes_an_offer() {
        assertEquals(Optional.of("application/sparql-results+xml"),
                Conneg.choose("application/sparql-results+json;q=0, */*;q=0.1", OFFERS));
    }

    @Test void accept_unknown_matches_nothing() {
        assertEquals(Optional.empty(), Conneg.choose("image/png", OFFERS));
    }

    @Test void browser_accept_header_gets_a_result() {
        assertEquals(Optional.of("application/sparql-results+json"),
                Conneg.choose("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", OFFERS));
    }

    @Test void malformed_accept_headers_match_nothing_or_everything_but_never_fail() {
        for (String accept : List.of(";;;", ";", ",,,", "/", "text/", "*/*;q=", "text/csv;q=abc", "\u00ff")) {
            Conneg.choose(accept, OFFERS); // must not throw
        }
        assertEquals(Optional.empty(), Conneg.choose("text/csv;q=abc", List.of("text/csv")));
    }
}
