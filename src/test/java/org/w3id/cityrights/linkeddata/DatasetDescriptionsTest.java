package org.w3id.cityrights.linkeddata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cityrights.support.TestServer;
import org.w3id.cityrights.support.TestStore;

/**
 * VoID, DCAT and the service description parse, and every count they state equals what the endpoint
 * counts now; the dumps are what DCAT says (size, SHA-256) and hold exactly the triples of the store.
 */
class DatasetDescriptionsTest {
    static final String PREFIXES = "PREFIX void: <http://rdfs.org/ns/void#> PREFIX dcat: <http://www.w3.org/ns/dcat#> "
            + "PREFIX sd: <http://www.w3.org/ns/sparql-service-description#> PREFIX spdx: <http://spdx.org/rdf/terms#> "
            + "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX owl: <http://www.w3.org/2002/07/owl#> ";
    static final String DATASET = "https://w3id.org/cityrights/id/dataset/cityrights";
    static TestServer server;

    @BeforeAll static void start() { server = new TestServer(TestStore.get()); }
    @AfterAll static void stop() { server.close(); }

    static Model rdf(String path) {
        HttpResponse<String> r = server.get(path, "Accept", "text/turtle");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        return m;
    }

    /** Asks the running endpoint, as a client would. */
    static long endpointCount(String query) {
        try (QueryExecution qe = QueryExecutionHTTP.service(server.url("/sparql")).query(PREFIXES + query).build()) {
            ResultSet rs = qe.execSelect();
            return rs.next().getLiteral("n").getLong();
        }
    }

    static long value(Model m, String select) {
        try (QueryExecution qe = QueryExecution.create(PREFIXES + select, m)) {
            ResultSet rs = qe.execSelect();
            assertTrue(rs.hasNext(), "no answer to " + select);
            return rs.next().getLiteral("n").getLong();
        }
    }

    @Test void void_counts_equal_the_stores() {
        Model v = rdf("/.well-known/void");
        String ds = "<" + DATASET + "> ";
        assertEquals(endpointCount("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"),
                value(v, "SELECT ?n WHERE { " + ds + "void:triples ?n }"));
        assertEquals(endpointCount("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"https://w3id.org/cityrights/id/\")) }"),
                value(v, "SELECT ?n WHERE { " + ds + "void:entities ?n }"));
        assertEquals(endpointCount("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?s a ?c }"), value(v, "SELECT ?n WHERE { " + ds + "void:classes ?n }"));
        assertEquals(endpointCount("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }"), value(v, "SELECT ?n WHERE { " + ds + "void:properties ?n }"));
        assertEquals(endpointCount("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }"), value(v, "SELECT ?n WHERE { " + ds + "void:distinctSubjects ?n }"));
        assertEquals(endpointCount("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }"), value(v, "SELECT ?n WHERE { " + ds + "void:distinctObjects ?n }"));
        assertEquals(endpointCount("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <https://w3id.org/cityrights/ontology#Ratification> }"),
                value(v, "SELECT ?n WHERE { " + ds + "void:classPartition [ void:class <https://w3id.org/cityrights/ontology#Ratification> ; void:entities ?n ] }"));
        assertEquals(endpointCount("SELECT (COUNT(*) AS ?n) WHERE { ?s <https://w3id.org/cityrights/ontology#invokes> ?o }"),
                value(v, "SELECT ?n WHERE { " + ds + "void:propertyPartition [ void:property <https://w3id.org/cityrights/ontology#invokes> ; void:triples ?n ] }"));
        assertEquals("https://w3id.org/cityrights/id/", v.listObjectsOfProperty(v.createResource(DATASET), v.createProperty("http://rdfs.org/ns/void#uriSpace")).next().toString());
        assertEquals(1, value(v, "SELECT (COUNT(*) AS ?n) WHERE { " + ds + "void:sparqlEndpoint <https://w3id.org/cityrights/sparql> }"));
        assertEquals(3, value(v, "SELECT (COUNT(*) AS ?n) WHERE { " + ds + "void:dataDump ?d }"));
    }

    @Test void void_linksets_count_the_links_to_wikidata_geonames_sdg_and_unbis() {
        Model v = rdf("/.well-known/void");
        String[][] targets = {{"wikidata", "http://www.wikidata.org/entity/", "owl:sameAs"}, {"geonames", "https://sws.geonames.org/", "owl:sameAs"},
                {"sdg", "http://metadata.un.org/sdg/", "<https://w3id.org/cityrights/ontology#sdgTarget>"},
                {"unbis", "http://metadata.un.org/thesaurus/", "<http://www.w3.org/2004/02/skos/core#closeMatch>"}};
        for (String[] t : targets) {
            long expected = endpointCount("SELECT (COUNT(*) AS ?n) WHERE { ?s " + t[2] + " ?o FILTER(STRSTARTS(STR(?s), \"https://w3id.org/cityrights/\") "
                    + "&& STRSTARTS(STR(?o), \"" + t[1] + "\")) }");
            assertTrue(expected > 0, "the data links to " + t[0]);
            long stated = value(v, "SELECT ?n WHERE { ?ls a void:Linkset ; void:objectsTarget <https://w3id.org/cityrights/.well-known/void#" + t[0]
                    + "> ; void:linkPredicate " + t[2] + " ; void:triples ?n }");
            assertEquals(expected, stated, "links to " + t[0]);
        }
    }

    @Test void the_service_description_answers_a_plain_get_and_states_the_store_size() {
        HttpResponse<String> r = server.get("/sparql", "Accept", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        Model sd = rdf("/sparql");
        assertEquals(1, value(sd, "SELECT (COUNT(*) AS ?n) WHERE { ?s a sd:Service ; sd:endpoint <https://w3id.org/cityrights/sparql> ; "
                + "sd:supportedLanguage sd:SPARQL11Query ; sd:feature sd:UnionDefaultGraph }"));
        assertEquals(8, value(sd, "SELECT (COUNT(?f) AS ?n) WHERE { ?s sd:resultFormat ?f }"));
        assertEquals(endpointCount("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
                value(sd, "SELECT ?n WHERE { ?s sd:defaultDataset/sd:defaultGraph/void:triples ?n }"));
        assertTrue(server.get("/sparql", "Accept", Crawler.BROWSER_ACCEPT).body().contains("sd:Service"), "a browser sees it as a page");
        assertEquals(400, server.get("/sparql?foo=bar").statusCode(), "other requests without a query are still refused");
        assertEquals(400, server.get("/sparql?format=ttl").statusCode());
    }

    @Test void dcat_lists_the_dumps_with_the_size_and_sha256_of_what_is_served() throws Exception {
        Model dcat = rdf("/catalog");
        assertEquals(1, value(dcat, "SELECT (COUNT(*) AS ?n) WHERE { ?c a dcat:Catalog ; dcat:dataset <" + DATASET + "> ; dcat:service ?s . "
                + "?s a dcat:DataService ; dcat:endpointURL <https://w3id.org/cityrights/sparql> ; dcat:servesDataset <" + DATASET + "> }"));
        for (String file : List.of("cityrights.ttl.gz", "cityrights.nt.gz", "cityrights.jsonld")) {
            String url = "https://w3id.org/cityrights/dumps/" + file;
            long size = value(dcat, "SELECT ?n WHERE { ?d dcat:downloadURL <" + url + "> ; dcat:byteSize ?n }");
            String sha;
            try (QueryExecution qe = QueryExecution.create(PREFIXES + "SELECT ?v WHERE { ?d dcat:downloadURL <" + url + "> ; spdx:checksum/spdx:checksumValue ?v }", dcat)) {
                sha = qe.execSelect().next().getLiteral("v").getLexicalForm();
            }
            byte[] body = download("/dumps/" + file);
            assertEquals(size, body.length, file + " size");
            assertEquals(sha, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)), file + " checksum");
        }
    }

    @Test void every_dump_holds_exactly_the_triples_of_the_store_in_sorted_order() throws Exception {
        Graph nt = GraphFactory.createDefaultGraph();
        String ntText = gunzip(download("/dumps/cityrights.nt.gz"));
        RDFParser.fromString(ntText, Lang.NTRIPLES).parse(nt);
        Graph ttl = GraphFactory.createDefaultGraph();
        RDFParser.fromString(gunzip(download("/dumps/cityrights.ttl.gz")), Lang.TURTLE).parse(ttl);
        Graph jsonld = GraphFactory.createDefaultGraph();
        RDFParser.fromString(new String(download("/dumps/cityrights.jsonld"), StandardCharsets.UTF_8), Lang.JSONLD).parse(jsonld);
        long storeTriples = endpointCount("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        assertEquals(storeTriples, nt.size());
        assertTrue(nt.isIsomorphicWith(ttl), "Turtle and N-Triples dumps hold the same triples");
        assertTrue(nt.isIsomorphicWith(jsonld), "JSON-LD and N-Triples dumps hold the same triples");
        String[] lines = ntText.split("\n");
        String[] sorted = lines.clone();
        java.util.Arrays.sort(sorted);
        assertArrayEquals(sorted, lines, "N-Triples lines are sorted, so releases diff line by line");
        Node graz = NodeFactory.createURI("https://w3id.org/cityrights/id/city/graz");
        assertTrue(nt.contains(graz, Node.ANY, Node.ANY));
    }

    @Test void the_dumps_page_names_version_build_date_size_and_checksum() {
        HttpResponse<String> r = server.get("/dumps/");
        assertEquals(200, r.statusCode());
        String version = TestStore.get().info().datasetVersion();
        assertTrue(r.body().contains(version), "version " + version);
        assertTrue(r.body().contains(TestStore.get().info().builtAt().toString().substring(0, 10)), "build date");
        assertTrue(r.body().matches("(?s).*[0-9a-f]{64}.*"), "a SHA-256");
        assertTrue(r.body().contains("KiB") || r.body().contains("MiB"), "sizes");
        assertEquals(404, server.get("/dumps/..%2Fvoid.ttl").statusCode(), "only the listed files are served");
    }

    static byte[] download(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    static String gunzip(byte[] gz) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
