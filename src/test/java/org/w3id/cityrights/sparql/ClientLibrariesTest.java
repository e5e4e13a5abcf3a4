package org.w3id.cityrights.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.eclipse.rdf4j.http.client.SPARQLProtocolSession;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.query.resultio.TupleQueryResultFormat;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cityrights.support.TestServer;
import org.w3id.cityrights.support.TestStore;

/** Two client libraries researchers use from Java, against the real server: Jena RDFConnection and RDF4J. */
class ClientLibrariesTest {
    static final String GAP = """
            PREFIX cr: <https://w3id.org/cityrights/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT DISTINCT ?city WHERE {
              ?i cr:invokes <https://w3id.org/cityrights/id/treaty/cedaw> ; cr:locality/rdfs:label ?city ;
                 cr:adoptionStatus <https://w3id.org/cityrights/id/adoption-status/adopted> .
            } ORDER BY ?city""";
    static TestServer server;

    @BeforeAll static void start() { server = new TestServer(TestStore.get()); }
    @AfterAll static void stop() { server.close(); }

    @Test
    void jena_rdfconnection_runs_select_ask_and_construct() {
        try (RDFConnection conn = RDFConnectionRemote.service(server.url("/sparql")).build()) {
            List<String> cities = new ArrayList<>();
            try (QueryExecution qe = conn.query(GAP)) {
                ResultSet rs = qe.execSelect();
                rs.forEachRemaining(s -> cities.add(s.getLiteral("city").getString()));
            }
            assertTrue(cities.contains("San Francisco") && cities.contains("Pittsburgh"), cities.toString());
            assertTrue(conn.queryAsk("ASK { ?s a <https://w3id.org/cityrights/ontology#CoreTreaty> }"));
            Model m = conn.queryConstruct("CONSTRUCT WHERE { <https://w3id.org/cityrights/id/treaty/cedaw> ?p ?o }");
            assertFalse(m.isEmpty());
        }
    }

    @Test
    void jena_rdfconnection_is_refused_an_update() {
        try (RDFConnection conn = RDFConnectionRemote.service(server.url("/sparql")).updateEndpoint("sparql").build()) {
            assertThrows(RuntimeException.class, () -> conn.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }"));
        }
    }

    @Test
    void rdf4j_sparql_repository_runs_select_in_xml_and_json() {
        for (TupleQueryResultFormat format : new TupleQueryResultFormat[] {TupleQueryResultFormat.SPARQL, TupleQueryResultFormat.JSON}) {
            SPARQLRepository repo = new SPARQLRepository(server.url("/sparql")) {
                @Override protected SPARQLProtocolSession createSPARQLProtocolSession() {
                    SPARQLProtocolSession s = super.createSPARQLProtocolSession();
                    s.setPreferredTupleQueryResultFormat(format);
                    return s;
                }
            };
            try (RepositoryConnection conn = repo.getConnection();
                 TupleQueryResult result = conn.prepareTupleQuery(QueryLanguage.SPARQL, GAP).evaluate()) {
                List<String> cities = new ArrayList<>();
                for (BindingSet b : result) cities.add(b.getValue("city").stringValue());
                assertTrue(cities.contains("San Francisco"), format + ": " + cities);
                assertEquals(cities.stream().sorted().toList(), cities, "ORDER BY is kept");
            } finally {
                repo.shutDown();
            }
        }
    }

    @Test
    void rdf4j_sparql_repository_runs_ask_and_graph_queries() {
        SPARQLRepository repo = new SPARQLRepository(server.url("/sparql"));
        try (RepositoryConnection conn = repo.getConnection()) {
            assertTrue(conn.prepareBooleanQuery("ASK { ?s a <https://w3id.org/cityrights/ontology#Ratification> }").evaluate());
            try (var graph = conn.prepareGraphQuery("DESCRIBE <https://w3id.org/cityrights/id/city/graz>").evaluate()) {
                assertTrue(graph.hasNext());
            }
        } finally {
            repo.shutDown();
        }
    }
}
