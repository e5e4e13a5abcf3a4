package org.w3id.cityrights.workbench.results;

import static org.w3id.cityrights.http.Html.escape;

import java.util.List;

/** A result table as HTML, every cell escaped; IRIs become links. */
public final class HtmlTable {
    private HtmlTable() {}

    public static String render(ResultTable t, int maxRows) {
        StringBuilder b = new StringBuilder("<table class=\"results\">\n<thead><tr>");
        for (String c : t.columns()) b.append("<th>").append(escape(c)).append("</th>");
        b.append("</tr></thead>\n<tbody>\n");
        int n = 0;
        for (List<String> row : t.rows()) {
            if (n++ >= maxRows) break;
            b.append("<tr>");
            for (String cell : row) {
                b.append("<td>");
                if (cell.startsWith("http://") || cell.startsWith("https://")) {
                    b.append("<a href=\"").append(escape(cell)).append("\" target=\"_blank\" rel=\"noopener\">").append(escape(cell)).append("</a>");
                } else {
                    b.append(escape(cell));
                }
                b.append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        if (t.rows().size() > maxRows) b.append("<p class=\"note\">Showing ").append(maxRows).append(" of ").append(t.rows().size()).append(" rows.</p>\n");
        return b.toString();
    }
}
