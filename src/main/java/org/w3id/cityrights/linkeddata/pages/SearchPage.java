package org.w3id.cityrights.linkeddata.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.cityrights.http.HttpError;
import org.w3id.cityrights.linkeddata.Layout;
import org.w3id.cityrights.linkeddata.Markup;
import org.w3id.cityrights.linkeddata.QueryFile;
import org.w3id.cityrights.linkeddata.SiteIris;
import org.w3id.cityrights.linkeddata.Sparql;
import org.w3id.cityrights.linkeddata.Template;

import io.javalin.http.Context;

/** {@code GET /search?q=...}: resources whose name contains the words, for people who do not know an identifier. */
public final class SearchPage {
    static final int MAX_QUERY = 200;
    private static final QueryFile SEARCH = QueryFile.of(SearchPage.class, "search.rq");
    private static final Template PAGE = Template.of(SearchPage.class, "search.html");

    private final Sparql sparql;
    private final SiteIris iris;
    private final Layout layout;

    public SearchPage(Sparql sparql, SiteIris iris, Layout layout) {
        this.sparql = sparql;
        this.iris = iris;
        this.layout = layout;
    }

    public void handle(Context ctx) {
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        if (q.length() > MAX_QUERY) throw HttpError.badRequest("The search text is longer than " + MAX_QUERY + " characters.");
        Markup results = q.isEmpty() ? Markup.EMPTY : results(q);
        Markup body = Markup.raw(PAGE.render(Map.of("q", Markup.text(q), "results", results)));
        layout.send(ctx, 200, q.isEmpty() ? "Search" : "Search: " + q, Markup.raw("<meta name=\"robots\" content=\"noindex\">"), body);
    }

    private Markup results(String q) {
        List<Binding> rows = sparql.select(SEARCH.bind().literal("q", q).literal("idSpace", iris.idSpace()).query());
        if (rows.isEmpty()) return Markup.concat(Markup.raw("<p>No name contains “"), Markup.text(q), Markup.raw("”.</p>"));
        List<Markup> items = new ArrayList<>();
        for (Binding row : rows) {
            Markup kind = Sparql.string(row, "kind").isEmpty() ? Markup.EMPTY
                    : Markup.concat(Markup.raw(" <span class=\"note\">"), Markup.text(Sparql.string(row, "kind")), Markup.raw("</span>"));
            items.add(Markup.element("li", "", Markup.link(iris.href(Sparql.string(row, "s")), Sparql.string(row, "name")).append(kind)));
        }
        return Markup.concat(Markup.raw("<p>"), Markup.text(rows.size() + (rows.size() == 1 ? " resource" : " resources")),
                Markup.raw("</p><ul>"), Markup.join(items, ""), Markup.raw("</ul>"));
    }
}
