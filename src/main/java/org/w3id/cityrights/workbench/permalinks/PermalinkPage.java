package org.w3id.cityrights.workbench.permalinks;

import static org.w3id.cityrights.http.Html.escape;

import org.w3id.cityrights.store.QueryOutcome;
import org.w3id.cityrights.workbench.Links;
import org.w3id.cityrights.workbench.Page;
import org.w3id.cityrights.workbench.View;
import org.w3id.cityrights.workbench.citation.Citation;
import org.w3id.cityrights.workbench.citation.CitationFormats;
import org.w3id.cityrights.workbench.results.CanonicalResult;
import org.w3id.cityrights.workbench.results.HtmlTable;
import org.w3id.cityrights.workbench.results.ResultTable;

/** The page of a permalink: the query, what it gave when saved, what it gives now, and how to cite it. */
final class PermalinkPage {
    private static final int MAX_ROWS = 1000;

    private PermalinkPage() {}

    static String render(Citation citation, String currentVersion, QueryOutcome now) {
        Permalink p = citation.link();
        String id = escape(p.id());
        String nowSha = CanonicalResult.sha256(now);
        long nowRows = CanonicalResult.size(now);
        StringBuilder b = new StringBuilder();
        b.append("<h1>Permalink <code>").append(id).append("</code></h1>\n");
        b.append("<p class=\"recorded\">Saved ").append(escape(p.createdAt())).append(" on dataset version <code>")
         .append(escape(p.datasetVersion())).append("</code>: ").append(p.rowCount()).append(" rows, SHA-256 of the canonical result <code>")
         .append(escape(p.sha256())).append("</code>.</p>\n");
        if (!currentVersion.equals(p.datasetVersion())) {
            b.append("<p class=\"notice version-changed\">This link was made on dataset version <code>").append(escape(p.datasetVersion()))
             .append("</code>; this server now serves version <code>").append(escape(currentVersion))
             .append("</code>. The results below are from the newer version and may differ from those cited.</p>\n");
        }
        boolean same = nowSha.equals(p.sha256());
        b.append("<p class=\"rerun ").append(same ? "same" : "different").append("\">Run now on <code>").append(escape(currentVersion))
         .append("</code>: ").append(nowRows).append(" rows, SHA-256 <code>").append(escape(nowSha)).append("</code> — ")
         .append(same ? "the same result as when the link was saved." : "a different result from the one saved.").append("</p>\n");
        b.append("<h2>Query</h2>\n<pre class=\"query\">").append(escape(p.query())).append("</pre>\n");
        View view = View.byKey(p.view()).orElse(View.TABLE);
        b.append("<p><a href=\"").append(escape(Links.editor(p.query()))).append("\">Open in the editor</a> · ")
         .append("<a href=\"").append(escape(Links.embed(p.query(), view))).append("\">Embed (").append(escape(view.key())).append(")</a> · ")
         .append("Results now: <a href=\"/q/").append(id).append("/results?format=csv\">CSV</a> ")
         .append("<a href=\"/q/").append(id).append("/results?format=json\">JSON</a> ")
         .append("<a href=\"/q/").append(id).append("/results?format=tex\">LaTeX</a> ")
         .append("<a href=\"/q/").append(id).append("/results?format=md\">Markdown</a> · ")
         .append("<a href=\"/q/").append(id).append("/rerun\">rerun check (JSON)</a></p>\n");
        b.append("<h2>Cite this result</h2>\n<pre class=\"citation\">").append(escape(CitationFormats.ALL.get(0).writer().apply(citation))).append("</pre>\n");
        b.append("<p>Also as <a href=\"/q/").append(id).append("/cite?format=csl\">CSL-JSON</a> · <a href=\"/q/").append(id)
         .append("/cite?format=ris\">RIS</a> · <a href=\"/q/").append(id).append("/cite?format=bibtex\">BibTeX</a>.</p>\n");
        b.append("<h2>Results</h2>\n").append(HtmlTable.render(ResultTable.of(now), MAX_ROWS));
        return Page.render("Permalink " + p.id(), b.toString());
    }
}
