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

    /**
     * The handlers for one database, identified by what it was built from. Each is made when first asked
     * for: some read the whole store (the landing page's counts, the labels of every term), which on a
     * large store takes a while, and must not delay the server's start or the other routes.
     */
    private record Handlers(BuildInfo info, Lazy<ResourceHandlers> resources, Lazy<IdentifiersPage> identifiers, Lazy<OntologyHandler> ontology,
                            Lazy<LandingPage> landing, Lazy<SearchPage> search, Lazy<LookupHandler> lookup, Lazy<DumpsHandler> dumps,
                            Lazy<DescriptionHandler> voidDescription, Lazy<DescriptionHandler> catalog, Lazy<DescriptionHandler> serviceDescription,
                            Lazy<GraphHandler> graphs) {}

    /** A value made once, on first use. */
    private static final class Lazy<T> {
        private final java.util.function.Supplier<T> make;
        private volatile T value;

        Lazy(java.util.function.Supplier<T> make) { this.make = make; }

        T get() {
            T v = value;
            if (v != null) return v;
            synchronized (this) {
                if (value == null) value = make.get();
                return value;
            }
        }
    }

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
        Lazy<TermLabels> labels = new Lazy<>(() -> TermLabels.load(sparql));
        return new Handlers(info,
                new Lazy<>(() -> new ResourceHandlers(resources, new ResourcePage(iris, labels.get(), MAP, layout), iris, layout)),
                new Lazy<>(() -> new IdentifiersPage(sparql, iris, layout)),
                new Lazy<>(() -> new OntologyHandler(sparql, iris, layout)),
                new Lazy<>(() -> new LandingPage(sparql, iris, layout)),
                new Lazy<>(() -> new SearchPage(sparql, iris, layout)),
                new Lazy<>(() -> new LookupHandler(sparql, iris)),
                new Lazy<>(() -> new DumpsHandler(files, layout)),
                new Lazy<>(() -> new DescriptionHandler(files, Publication.VOID, "VoID description",
                        "The dataset's size, identifier space, access points and links to other datasets, in the Vocabulary of Interlinked Datasets; every count was computed from the store when it was built.", layout, true)),
                new Lazy<>(() -> new DescriptionHandler(files, Publication.CATALOG, "DCAT catalogue",
                        "The dataset, its downloads (with size and SHA-256) and its SPARQL service, in DCAT 3.", layout, true)),
                new Lazy<>(() -> new DescriptionHandler(files, Publication.SERVICE, "SPARQL endpoint",
                        "This is the SPARQL 1.1 endpoint: send a query as /sparql?query=... (GET), as a form or as application/sparql-query (POST). Below is its SPARQL 1.1 Service Description.", layout, false)),
                new Lazy<>(() -> new GraphHandler(sparql, iris, layout)));
    }

    public void landing(Context ctx) { current().landing().get().handle(ctx); }
    public void identifiers(Context ctx) { current().identifiers().get().handle(ctx); }
    public void id(Context ctx) { current().resources().get().id(ctx); }
    public void page(Context ctx) { current().resources().get().page(ctx); }
    public void data(Context ctx) { current().resources().get().data(ctx); }
    public void search(Context ctx) { current().search().get().handle(ctx); }
    public void lookup(Context ctx) { current().lookup().get().handle(ctx); }
    public void ontology(Context ctx) { current().ontology().get().current(ctx); }
    public void ontologyAs(Context ctx) { current().ontology().get().currentAs(ctx); }
    public void ontologyVersion(Context ctx) { current().ontology().get().version(ctx); }
    public void voidDescription(Context ctx) { current().voidDescription().get().handle(ctx); }
    public void catalog(Context ctx) { current().catalog().get().handle(ctx); }
    public void serviceDescription(Context ctx) { current().serviceDescription().get().handle(ctx); }
    public void dumps(Context ctx) { current().dumps().get().index(ctx); }
    public void dumpFile(Context ctx) { current().dumps().get().file(ctx); }
    public void graph(Context ctx) { current().graphs().get().handle(ctx); }
}
