package org.w3id.cityrights.coverage;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.w3id.cityrights.http.Html;
import org.w3id.cityrights.sparql.QueryService;
import org.w3id.cityrights.store.Store;

import io.javalin.http.Context;

/**
 * {@code GET /coverage}: how complete the graph is. Every figure is the answer of a SPARQL query
 * over the store, run within the server's limits like any client's and shown with the query so that
 * a reader can re-run it; each cell carries its table,
 * row and column ({@code data-table}, {@code data-key}, {@code data-column}) for scripts and tests.
 */
public final class CoveragePage {
    private final QueryService queries;
    /** The store does not change while it is served, so the page is computed once per dataset version. */
    private final AtomicReference<String[]> cached = new AtomicReference<>();

    public CoveragePage(QueryService queries) { this.queries = queries; }

    public void handle(Context ctx) {
        Store store = queries.store();
        String version = store.info().datasetVersion();
        String[] c = cached.get();
        if (c == null || !c[0].equals(version)) {
            String client = ctx.req().getRemoteAddr();
            c = new String[] {version, render(version, CoverageReport.idBase(store), CoverageReport.of(store, q -> queries.run(q, client)))};
            cached.set(c);
        }
        ctx.contentType("text/html; charset=utf-8").result(c[1]);
    }

    static String render(String version, String idBase, List<CoverageTable> tables) {
        StringBuilder b = new StringBuilder();
        b.append("""
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>cityrights: coverage report</title>
                <style>
                 body { font: 16px/1.5 system-ui, sans-serif; max-width: 72rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
                 table { border-collapse: collapse; margin: .5rem 0 1.5rem; font-size: 14px; }
                 th, td { border-bottom: 1px solid #ddd; padding: .2rem .6rem; text-align: left; vertical-align: top; }
                 td.n { text-align: right; font-variant-numeric: tabular-nums; }
                 details { margin-bottom: 1rem; font-size: 14px; }
                 pre { background: #f3f3f3; padding: .5rem; overflow-x: auto; }
                 footer { margin-top: 3rem; color: #555; font-size: 14px; }
                </style>
                </head>
                <body>
                <h1>How complete is cityrights?</h1>
                """);
        b.append("<p>Dataset version <code>").append(Html.escape(version)).append("</code>. ")
         .append("Each figure below is a SPARQL count over the graph; the query is under each table, to run at ")
         .append("<a href=\"/sparql\">/sparql</a>. Sources speak of \"700+ Human Rights Cities\"; what can be checked is ")
         .append("the documented commitments listed here, each with its source.</p>\n");
        b.append("<nav><ul>\n");
        for (CoverageTable t : tables) {
            b.append("<li><a href=\"#").append(Html.escape(t.id())).append("\">").append(Html.escape(t.title())).append("</a></li>\n");
        }
        b.append("</ul></nav>\n");
        for (CoverageTable t : tables) table(b, t, idBase);
        b.append("<footer><a href=\"/\">cityrights</a> · every fact carries its source (<code>dcterms:source</code>).</footer>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void table(StringBuilder b, CoverageTable t, String idBase) {
        String id = Html.escape(t.id());
        b.append("<section id=\"").append(id).append("\">\n<h2>").append(Html.escape(t.title())).append("</h2>\n");
        if (!t.explanation().isEmpty()) b.append("<p>").append(Html.escape(t.explanation())).append("</p>\n");
        if (t.rows().isEmpty()) {
            b.append("<p data-table=\"").append(id).append("\">None.</p>\n");
        } else {
            b.append("<table data-table=\"").append(id).append("\">\n<thead><tr>");
            for (String c : t.columns()) b.append("<th>").append(Html.escape(c)).append("</th>");
            b.append("</tr></thead>\n<tbody>\n");
            for (List<String> row : t.rows()) {
                b.append("<tr data-key=\"").append(Html.escape(row.get(0))).append("\">");
                for (int i = 0; i < row.size(); i++) {
                    String v = row.get(i);
                    b.append("<td data-column=\"").append(Html.escape(t.columns().get(i))).append('"')
                     .append(v.matches("\\d+") ? " class=\"n\"" : "").append('>');
                    if (v.startsWith("http://") || v.startsWith("https://")) {
                        b.append("<a href=\"").append(Html.escape(v)).append("\">").append(Html.escape(v)).append("</a>");
                    } else {
                        b.append(Html.escape(v));
                    }
                    b.append("</td>");
                }
                b.append("</tr>\n");
            }
            b.append("</tbody>\n</table>\n");
        }
        b.append("<details><summary>Query</summary><pre>").append(Html.escape(CoverageReport.query(t.id() + ".rq", idBase)))
         .append("</pre></details>\n</section>\n");
    }
}
