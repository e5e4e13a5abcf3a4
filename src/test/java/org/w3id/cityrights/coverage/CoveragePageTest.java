package org.w3id.cityrights.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cityrights.importer.Csv;
import org.w3id.cityrights.importer.CsvRow;
import org.w3id.cityrights.support.Sparql;
import org.w3id.cityrights.support.TestServer;
import org.w3id.cityrights.support.TestStore;

/**
 * GET /coverage over the real server: every figure checked here is compared with a SPARQL count,
 * written independently of the page's own queries and asked of the real endpoint.
 */
class CoveragePageTest {
    static TestServer server;
    static String html;

    @BeforeAll
    static void fetch() {
        server = new TestServer(TestStore.get());
        HttpResponse<String> r = server.get("/coverage");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        html = r.body();
    }

    @AfterAll
    static void stop() { server.close(); }

    /** The cells of one table of the page: row key → column → text. */
    static Map<String, Map<String, String>> table(String id) {
        int start = html.indexOf("data-table=\"" + id + "\"");
        assertTrue(start > 0, "table " + id + " on the page");
        String body = html.substring(start, html.indexOf("</table>", start));
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        Matcher tr = Pattern.compile("<tr data-key=\"([^\"]*)\">(.*?)</tr>", Pattern.DOTALL).matcher(body);
        while (tr.find()) {
            Map<String, String> cells = new LinkedHashMap<>();
            Matcher td = Pattern.compile("<td data-column=\"([^\"]*)\"[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(tr.group(2));
            while (td.find()) cells.put(td.group(1), td.group(2).replaceAll("<[^>]+>", ""));
            rows.put(unescape(tr.group(1)), cells);
        }
        return rows;
    }

    static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** A count asked of the SPARQL endpoint over HTTP, as a researcher would. */
    static long endpointCount(String select) {
        HttpResponse<String> r = server.get("/sparql?query=" + TestServer.enc(Sparql.PREFIXES + select), "Accept", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.body().split("\r?\n")[1].strip());
    }

    @Test
    void localities_per_continent_equal_sparql_counts() {
        Map<String, Map<String, String>> t = table("localities-by-continent");
        assertEquals(6, t.size(), "five continents and Taiwan, which has no M49 region: " + t);
        long sum = 0;
        for (Map.Entry<String, Map<String, String>> row : t.entrySet()) {
            long expected = row.getKey().equals("(no UN M49 region)")
                    ? endpointCount("SELECT (COUNT(DISTINCT ?l) AS ?n) WHERE { ?l a cr:Locality ; cr:country ?k FILTER NOT EXISTS { ?k cr:continent ?c } }")
                    : endpointCount("SELECT (COUNT(DISTINCT ?l) AS ?n) WHERE { ?l a cr:Locality ; cr:country/cr:continent/skos:prefLabel \"" + row.getKey() + "\"@en }");
            assertEquals(expected, Long.parseLong(row.getValue().get("localities")), row.getKey());
            sum += expected;
        }
        assertEquals(endpointCount("SELECT (COUNT(DISTINCT ?l) AS ?n) WHERE { ?l a cr:Locality }"), sum, "every locality lies on one continent");
        assertEquals(String.valueOf(sum), table("totals").values().iterator().next().get("localities"));
    }

    @Test
    void totals_equal_sparql_counts() {
        Map<String, String> totals = table("totals").values().iterator().next();
        assertEquals(endpointCount("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a cr:Commitment }"), Long.parseLong(totals.get("commitments")));
        assertEquals(endpointCount("SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a cr:NetworkMembership }"), Long.parseLong(totals.get("memberships")));
        assertEquals(endpointCount("SELECT (COUNT(DISTINCT ?n) AS ?k) WHERE { ?n a cr:CityNetwork }"), Long.parseLong(totals.get("networks")));
        assertEquals(endpointCount("SELECT (COUNT(?i) AS ?n) WHERE { ?i a cr:SkippedRow }"), Long.parseLong(totals.get("skippedRows")));
    }

    @Test
    void evidence_and_practice_levels_equal_sparql_counts() {
        for (Map.Entry<String, Map<String, String>> row : table("evidence-levels").entrySet()) {
            long expected = endpointCount("SELECT (COUNT(?c) AS ?n) WHERE { ?c a cr:Commitment ; cr:evidenceLevel/skos:notation \"" + row.getKey() + "\" }");
            assertEquals(expected, Long.parseLong(row.getValue().get("commitments")), "evidence level " + row.getKey());
        }
        for (Map.Entry<String, Map<String, String>> row : table("practice-levels").entrySet()) {
            long expected = endpointCount("SELECT (COUNT(?c) AS ?n) WHERE { ?c a cr:Commitment ; cr:practice/skos:prefLabel \"" + row.getKey() + "\"@en }");
            assertEquals(expected, Long.parseLong(row.getValue().get("commitments")), "practice " + row.getKey());
        }
    }

    @Test
    void network_rows_held_equal_the_rows_of_the_member_lists() {
        Map<String, Map<String, String>> t = table("networks");
        Map<String, String> eccar = t.get("European Coalition of Cities against Racism (ECCAR)");
        List<CsvRow> rows = Csv.read(java.nio.file.Path.of("data/sources/city-networks/eccar-members.csv"), "eccar-members.csv");
        assertEquals(String.valueOf(rows.size()), eccar.get("rowsHeld"), "66 rows in the list, 66 held");
        assertEquals("65", eccar.get("memberships"), "Saarbrücken's two rows are one membership");
        assertEquals("100", eccar.get("smallestClaim"));
        assertEquals("192", eccar.get("largestClaim"));
        for (Map.Entry<String, Map<String, String>> row : t.entrySet()) {
            String network = row.getKey().replace("\"", "\\\"");
            assertEquals(endpointCount("SELECT (COUNT(?r) AS ?n) WHERE { ?m cr:network/rdfs:label \"" + network + "\"@en ; cr:sourceRow ?r }"),
                    Long.parseLong(row.getValue().get("rowsHeld")), row.getKey());
            assertEquals(endpointCount("SELECT (COUNT(?m) AS ?n) WHERE { ?m a cr:Commitment ; cr:network/rdfs:label \"" + network + "\"@en }"),
                    Long.parseLong(row.getValue().get("commitments")), row.getKey());
        }
    }

    @Test
    void facts_without_a_precise_date_equal_sparql_counts() {
        Map<String, String> memberships = table("undated").get("network memberships");
        assertEquals(endpointCount("SELECT (COUNT(?m) AS ?n) WHERE { ?m a cr:NetworkMembership FILTER NOT EXISTS { ?m cr:dateJoined ?d } }"),
                Long.parseLong(memberships.get("withoutDate")));
        assertEquals(endpointCount("SELECT (COUNT(?m) AS ?n) WHERE { ?m cr:dateJoined ?d FILTER (DATATYPE(?d) = xsd:gYear) }"),
                Long.parseLong(memberships.get("yearOnly")));
        Map<String, String> measures = table("undated").get("measures");
        assertEquals(endpointCount("SELECT (COUNT(?m) AS ?n) WHERE { ?m a cr:Measure FILTER NOT EXISTS { ?m cr:adoptionDate ?d } }"),
                Long.parseLong(measures.get("withoutDate")));
    }

    @Test
    void every_count_claim_is_shown_escaped_beside_what_the_graph_holds() {
        int start = html.indexOf("data-table=\"claims\"");
        String claims = html.substring(start, html.indexOf("</table>", start));
        assertEquals(endpointCount("SELECT (COUNT(?c) AS ?n) WHERE { ?c a cr:CountClaim }"), claims.split("<tr data-key=").length - 1);
        assertTrue(claims.contains("&quot;over 700 formally declared HRCs across five continents&quot;"), "quotes from data are escaped");
        assertFalse(claims.contains("\"over 700"), "no raw quote from data in the HTML");
        // A size claimed for Spain only is compared with the Spanish memberships, not the whole network.
        Map<String, String> spain = table("claims").get("311 recognised entities");
        assertEquals(endpointCount("SELECT (COUNT(?m) AS ?n) WHERE { ?m a cr:Commitment ; cr:network <https://w3id.org/cityrights/id/network/cfci> ;"
                + " cr:member/cr:country <https://w3id.org/cityrights/id/country/es> }"), Long.parseLong(spain.get("graphHolds")));
    }

    @Test
    void the_import_report_is_on_the_page() {
        Map<String, Map<String, String>> entries = table("import-report");
        assertTrue(entries.containsKey("notice"), entries.toString());
        assertTrue(html.contains("data/sources/city-networks/unicef-cfci-members.csv:67"));
    }
}
