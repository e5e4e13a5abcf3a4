package org.w3id.cityrights.linkeddata;

import java.util.Collection;
import java.util.stream.Collectors;

import org.w3id.cityrights.http.Html;

/**
 * A piece of HTML that is safe to insert: built only from escaped text ({@link #text}) and fixed markup
 * written in this code ({@link #raw}), so that a label such as {@code <script>} shows as text.
 */
public record Markup(String html) {
    public static final Markup EMPTY = new Markup("");

    /** Text from data or a request, escaped. */
    public static Markup text(String s) { return new Markup(Html.escape(s)); }

    /** Markup written in this code base, never containing data. */
    public static Markup raw(String html) { return new Markup(html); }

    /** A link; both the address and the text are escaped. */
    public static Markup link(String href, String text) {
        return new Markup("<a href=\"" + Html.escape(href) + "\">" + Html.escape(text) + "</a>");
    }

    public static Markup link(String href, Markup content) {
        return new Markup("<a href=\"" + Html.escape(href) + "\">" + content.html + "</a>");
    }

    /** An element with fixed tag and class around content. */
    public static Markup element(String tag, String cssClass, Markup content) {
        String cls = cssClass == null || cssClass.isEmpty() ? "" : " class=\"" + Html.escape(cssClass) + "\"";
        return new Markup("<" + tag + cls + ">" + content.html + "</" + tag + ">");
    }

    public static Markup join(Collection<Markup> parts, String separator) {
        return new Markup(parts.stream().map(Markup::html).collect(Collectors.joining(separator)));
    }

    public static Markup concat(Markup... parts) {
        StringBuilder b = new StringBuilder();
        for (Markup p : parts) b.append(p.html);
        return new Markup(b.toString());
    }

    public Markup append(Markup more) { return new Markup(html + more.html); }

    public boolean isEmpty() { return html.isEmpty(); }
}
