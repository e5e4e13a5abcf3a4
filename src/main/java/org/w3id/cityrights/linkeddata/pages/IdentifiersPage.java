package org.w3id.cityrights.linkeddata.pages;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.cityrights.linkeddata.Layout;
import org.w3id.cityrights.linkeddata.Markup;
import org.w3id.cityrights.linkeddata.QueryFile;
import org.w3id.cityrights.linkeddata.SiteIris;
import org.w3id.cityrights.linkeddata.Sparql;

import io.javalin.http.Context;

/** {@code GET /id/}: the identifier space itself, as VoID names it: the kinds of thing it holds, how many, and an example of each. */
public final class IdentifiersPage {
    private static final QueryFile KINDS = QueryFile.of(IdentifiersPage.class, "kinds.rq");
    private final String html;

    public IdentifiersPage(Sparql sparql, SiteIris iris, Layout layout) {
        List<Markup> rows = new ArrayList<>();
        for (Binding row : sparql.select(KINDS.bind().literal("idSpace", iris.idSpace()).query())) {
            String example = Sparql.string(row, "example");
            rows.add(Markup.concat(Markup.raw("<tr><td><code>"), Markup.text(Sparql.string(row, "kind")), Markup.raw("</code></td><td>"),
                    Markup.text(Long.toString(Sparql.number(row, "n"))), Markup.raw("</td><td>"), Markup.link(iris.href(example), example),
                    Markup.raw("</td></tr>")));
        }
        Markup body = Markup.concat(Markup.raw("<h1>Identifiers</h1><p>Every thing of the dataset has an IRI <code>"),
                Markup.text(iris.idSpace() + "{kind}/{slug}"),
                Markup.raw("</code>. It answers with a page in a browser and with RDF otherwise. Find a thing by name with the search box.</p>"
                        + "<table><thead><tr><th>Kind</th><th>Things</th><th>For example</th></tr></thead><tbody>"),
                Markup.join(rows, "\n"), Markup.raw("</tbody></table>"));
        this.html = layout.page("Identifiers", Markup.EMPTY, body);
    }

    public void handle(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").result(html);
    }
}
