package org.w3id.cityrights.workbench;

import org.w3id.cityrights.sparql.QueryService;
import org.w3id.cityrights.store.Store;
import org.w3id.cityrights.workbench.catalog.ApiHandler;
import org.w3id.cityrights.workbench.catalog.ApiPages;
import org.w3id.cityrights.workbench.catalog.Catalog;
import org.w3id.cityrights.workbench.citation.CitationHandler;
import org.w3id.cityrights.workbench.editor.Assets;
import org.w3id.cityrights.workbench.editor.EditorPage;
import org.w3id.cityrights.workbench.embed.EmbedHandler;
import org.w3id.cityrights.workbench.permalinks.PermalinkHandler;
import org.w3id.cityrights.workbench.permalinks.PermalinkStore;
import org.w3id.cityrights.workbench.results.QueryRunner;

/**
 * The researcher's workbench: query editor, saved-query API, embeds, permalinks and citations, built
 * over one store. Its handlers are registered in the route table of {@code http.App}.
 */
public record Workbench(EditorPage editor, Assets assets, ApiHandler api, ApiPages apiPages, EmbedHandler embed,
                        PermalinkHandler permalinks, CitationHandler citations) {

    public static Workbench create(QueryService queries, WorkbenchSettings settings) {
        Catalog catalog = Catalog.load(settings.catalogDir());
        Store store = queries.store();
        QueryRunner runner = new QueryRunner(queries);
        PermalinkHandler permalinks = new PermalinkHandler(new PermalinkStore(settings.permalinkDir(), settings.limits()), runner);
        return new Workbench(new EditorPage(catalog, store), new Assets(), new ApiHandler(catalog, runner), new ApiPages(catalog, store),
                new EmbedHandler(catalog, runner), permalinks, new CitationHandler(permalinks, store));
    }
}
