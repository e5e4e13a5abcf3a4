package org.w3id.cityrights.workbench.embed;

import static org.w3id.cityrights.http.Html.escape;

import org.w3id.cityrights.store.QueryOutcome;
import org.w3id.cityrights.workbench.View;
import org.w3id.cityrights.workbench.results.CanonicalResult;
import org.w3id.cityrights.workbench.results.HtmlTable;
import org.w3id.cityrights.workbench.results.ResultTable;
import org.w3id.cityrights.workbench.results.ResultsJson;

/**
 * An embeddable result. Tables are written here, every cell escaped. Charts, maps and timelines are
 * drawn in the browser by /assets/workbench/embed.js from the SPARQL JSON placed in a non-executable
 * {@code application/json} script element; the script only ever sets text, never markup, and the page's
 * Content-Security-Policy forbids inline scripts as a second guard.
 */
final class EmbedPage {
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors *";
    private static final int MAX_TABLE_ROWS = 2000;

    private EmbedPage() {}

    static String render(View view, QueryOutcome outcome, String datasetVersion, String editorLink, String title) {
        StringBuilder b = new StringBuilder();
        b.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
         .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
         .append("<title>").append(escape(title == null ? "cityrights result" : title)).append("</title>\n")
         .append("<link rel=\"stylesheet\" href=\"/assets/workbench/embed.css\">\n</head>\n")
         .append("<body class=\"embed\" data-view=\"").append(view.key()).append("\">\n");
        if (title != null) b.append("<h1>").append(escape(title)).append("</h1>\n");
        if (view == View.TABLE) {
            b.append(HtmlTable.render(ResultTable.of(outcome), MAX_TABLE_ROWS));
        } else {
            b.append("<div id=\"chart\" class=\"chart\" role=\"img\" aria-label=\"").append(view.key()).append(" of the query's results\"></div>\n");
            b.append("<script type=\"application/json\" id=\"results\">").append(ResultsJson.forScript(ResultsJson.of(outcome))).append("</script>\n");
            if (view == View.MAP) b.append("<script src=\"/assets/vendor/topojson-client/dist/topojson-client.min.js\"></script>\n");
            b.append("<script src=\"/assets/workbench/embed.js\"></script>\n");
        }
        b.append("<footer>cityrights · dataset version ").append(escape(datasetVersion)).append(" · ")
         .append(CanonicalResult.size(outcome)).append(" rows · <a href=\"").append(escape(editorLink))
         .append("\" target=\"_blank\" rel=\"noopener\">open the query</a> · data CC BY 4.0</footer>\n</body>\n</html>\n");
        return b.toString();
    }
}
