package org.w3id.cityrights.workbench.citation;

import java.util.List;

import org.w3id.cityrights.http.Cors;
import org.w3id.cityrights.http.HttpError;
import org.w3id.cityrights.store.Store;
import org.w3id.cityrights.workbench.Links;
import org.w3id.cityrights.workbench.permalinks.Permalink;
import org.w3id.cityrights.workbench.permalinks.PermalinkHandler;

import io.javalin.http.Context;

/** {@code GET /q/{id}/cite}: the citation of a permalinked result, as BibTeX, CSL-JSON or RIS. */
public final class CitationHandler {
    private final PermalinkHandler permalinks;
    private final Store store;

    public CitationHandler(PermalinkHandler permalinks, Store store) {
        this.permalinks = permalinks;
        this.store = store;
    }

    public void handle(Context ctx) {
        Cors.allowReads(ctx);
        ctx.header("Vary", "Accept");
        Permalink p = permalinks.find(ctx);
        List<String> format = ctx.queryParams("format");
        if (format.size() > 1) throw HttpError.badRequest("Give 'format' once.");
        CitationFormats.Format f = CitationFormats.choose(format.stream().findFirst(), ctx.header("Accept"));
        Citation c = new Citation(DatasetDescription.of(store), p, Links.permalink(ctx, p.id()));
        ctx.header("Content-Disposition", "inline; filename=\"" + c.key() + "." + f.extension() + "\"");
        ctx.contentType(f.mediaType() + "; charset=utf-8").result(f.writer().apply(c));
    }

}
