package org.w3id.cityrights.workbench;

import org.w3id.cityrights.http.Html;

/**
 * The frame of the workbench's HTML pages. The title is escaped here; body parts are built by their
 * callers with {@link Html#escape} around every string that comes from data or a request.
 */
public final class Page {
    private Page() {}

    public static String render(String title, String body) {
        return render(title, "", body);
    }

    public static String render(String title, String head, String body) {
        return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.escape(title) + " · cityrights</title>\n"
                + "<link rel=\"stylesheet\" href=\"/assets/workbench/workbench.css\">\n" + head
                + "</head>\n<body>\n<nav class=\"top\"><a href=\"/\">cityrights</a> <a href=\"/query\">Query editor</a>"
                + " <a href=\"/api\">Saved queries</a> <a href=\"/sparql\">SPARQL endpoint</a></nav>\n<main>\n"
                + body + "\n</main>\n</body>\n</html>\n";
    }
}
