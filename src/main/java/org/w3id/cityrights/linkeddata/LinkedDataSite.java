package org.w3id.cityrights.linkeddata;

import org.w3id.cityrights.linkeddata.dataset.DescriptionHandler;
import org.w3id.cityrights.linkeddata.dumps.DumpsHandler;
import org.w3id.cityrights.linkeddata.landing.LandingPage;
import org.w3id.cityrights.linkeddata.lookup.LookupHandler;
import org.w3id.cityrights.linkeddata.map.LocatorMap;
import org.w3id.cityrights.linkeddata.map.WorldAtlas;
import org.w3id.cityrights.linkeddata.ontology.OntologyHandler;
import org.w3id.cityrights.linkeddata.pages.IdentifiersPage;
import org.w3id.cityrights.linkeddata.pages.ResourceHandlers;
import org.w3id.cityrights.linkeddata.pages.ResourcePage;
import org.w3id.cityrights.linkeddata.pages.Resources;
import org.w3id.cityrights.linkeddata.pages.SearchPage;
import org.w3id.cityrights.linkeddata.pages.TermLabels;
import org.w3id.cityrights.store.Store;
import org.w3id.cityrights.vocab.Ids;

/**
 * The handlers of the linked-data site over one store, built together because they share the base
 * IRI, the page frame and the published files. The routes themselves are in {@code http.App}.
 */
public record LinkedDataSite(ResourceHandlers resources, IdentifiersPage identifiers, OntologyHandler ontology, LandingPage landing, SearchPage search,
                             LookupHandler lookup, DumpsHandler dumps, DescriptionHandler voidDescription,
                             DescriptionHandler catalog, DescriptionHandler serviceDescription) {

    /** The site runs only its own queries, written to be fast; their limit guards against a hang, not against users. */
    static final long MIN_TIMEOUT_MS = 60_000;

    public static LinkedDataSite create(Store store, long timeoutMillis) {
        String base = store.info().baseIri();
        SiteIris iris = new SiteIris(base == null || base.isBlank() ? Ids.CANONICAL_BASE : base);
        Sparql sparql = new Sparql(store, Math.max(timeoutMillis, MIN_TIMEOUT_MS));
        Layout layout = new Layout(store.info());
        PublishedFiles files = new PublishedFiles(store);
        Resources resources = new Resources(sparql, iris);
        ResourcePage page = new ResourcePage(iris, TermLabels.load(sparql), new LocatorMap(WorldAtlas.load()), layout);
        return new LinkedDataSite(
                new ResourceHandlers(resources, page, iris, layout),
                new IdentifiersPage(sparql, iris, layout),
                new OntologyHandler(sparql, iris, layout),
                new LandingPage(sparql, iris, layout),
                new SearchPage(sparql, iris, layout),
                new LookupHandler(sparql, iris),
                new DumpsHandler(files, layout),
                new DescriptionHandler(files, Publication.VOID, "VoID description",
                        "The dataset's size, identifier space, access points and links to other datasets, in the Vocabulary of Interlinked Datasets; every count was computed from the store when it was built.", layout, true),
                new DescriptionHandler(files, Publication.CATALOG, "DCAT catalogue",
                        "The dataset, its downloads (with size and SHA-256) and its SPARQL service, in DCAT 3.", layout, true),
                new DescriptionHandler(files, Publication.SERVICE, "SPARQL endpoint",
                        "This is the SPARQL 1.1 endpoint: send a query as /sparql?query=... (GET), as a form or as application/sparql-query (POST). Below is its SPARQL 1.1 Service Description.", layout, false));
    }
}
