package org.w3id.cityrights.linkeddata;

import org.w3id.cityrights.limits.QueryRunner;
import org.w3id.cityrights.linkeddata.dataset.DescriptionHandler;
import org.w3id.cityrights.linkeddata.dumps.DumpsHandler;
import org.w3id.cityrights.linkeddata.graphs.GraphHandler;
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
import org.w3id.cityrights.store.BuildInfo;
import org.w3id.cityrights.store.Store;
import org.w3id.cityrights.vocab.Ids;

import io.javalin.http.Context;

/**
 * The linked-data site over one store: one method per route of {@code http.App}. What the pages show
 * once per store (landing counts, ontology, labels, published files) is prepared for the database being
 * served, and prepared again when a reload swaps in another one.
 */
public final class LinkedDataSite {
    /** The site runs only its own queries, written to be fast; their limit guards against a hang, not against users. */
    static final long MIN_TIMEOUT_MS = 60_000;
    private static final LocatorMap MAP = new LocatorMap(WorldAtlas.load());

    private final Store store;
    private final long timeoutMillis;
    private final QueryRunner runner;
    private volatile Handlers handlers;

    /** The handlers for one database, identified by what it was built from. */
    private record Handlers(BuildInfo info, ResourceHandlers resources, IdentifiersPage identifiers, OntologyHandler ontology,
                            LandingPage landing, SearchPage search, LookupHandler lookup, DumpsHandler dumps,
                            DescriptionHandler voidDescription, DescriptionHandler catalog, DescriptionHandler serviceDescription,
                            GraphHandler graphs) {}

    private LinkedDataSite(Store store, long timeoutMillis, QueryRunner runner) {
        this.store = store;
        this.timeoutMillis = Math.max(timeoutMillis, MIN_TIMEOUT_MS);
        this.runner = runner;
    }

    /** The site over {@code store}, its queries in the endpoint's slots ({@code runner}). */
    public static LinkedDataSite create(Store store, long timeoutMillis, QueryRunner runner) {
        LinkedDataSite site = new LinkedDataSite(store, timeoutMillis, runner);
        site.current();
        return site;
    }

    private Handlers current() {
        BuildInfo info = store.info();
        Handlers h = handlers;
        if (h != null && h.info().equals(info)) return h;
        synchronized (this) {
            if (handlers == null || !handlers.info().equals(info)) handlers = prepare(info);
            return handlers;
        }
    }

    private Handlers prepare(BuildInfo info) {
        String base = info.baseIri();
        SiteIris iris = new SiteIris(base == null || base.isBlank() ? Ids.CANONICAL_BASE : base);
        Sparql sparql = new Sparql(store, timeoutMillis, runner);
        Layout layout = new Layout(info);
        PublishedFiles files = new PublishedFiles(store);
        Resources resources = new Resources(sparql, iris);
        ResourcePage page = new ResourcePage(iris, TermLabels.load(sparql), MAP, layout);
        return new Handlers(info,
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
                        "This is the SPARQL 1.1 endpoint: send a query as /sparql?query=... (GET), as a form or as application/sparql-query (POST). Below is its SPARQL 1.1 Service Description.", layout, false),
                new GraphHandler(sparql, iris, layout));
    }

    public void landing(Context ctx) { current().landing().handle(ctx); }
    public void identifiers(Context ctx) { current().identifiers().handle(ctx); }
    public void id(Context ctx) { current().resources().id(ctx); }
    public void page(Context ctx) { current().resources().page(ctx); }
    public void data(Context ctx) { current().resources().data(ctx); }
    public void search(Context ctx) { current().search().handle(ctx); }
    public void lookup(Context ctx) { current().lookup().handle(ctx); }
    public void ontology(Context ctx) { current().ontology().current(ctx); }
    public void ontologyAs(Context ctx) { current().ontology().currentAs(ctx); }
    public void ontologyVersion(Context ctx) { current().ontology().version(ctx); }
    public void voidDescription(Context ctx) { current().voidDescription().handle(ctx); }
    public void catalog(Context ctx) { current().catalog().handle(ctx); }
    public void serviceDescription(Context ctx) { current().serviceDescription().handle(ctx); }
    public void dumps(Context ctx) { current().dumps().index(ctx); }
    public void dumpFile(Context ctx) { current().dumps().file(ctx); }
    public void graph(Context ctx) { current().graphs().handle(ctx); }
}
