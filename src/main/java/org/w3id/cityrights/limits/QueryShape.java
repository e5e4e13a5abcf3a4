package org.w3id.cityrights.limits;

/**
 * A cheap look at query text before it reaches the parser: the parser recurses once per nesting
 * level, so thousands of nested groups would exhaust the stack. Brackets inside strings, IRIs and
 * comments are ignored.
 */
public final class QueryShape {
    public static final int MAX_NESTING = 64;

    private QueryShape() {}

    /** The deepest nesting of (), {} and [] outside literals, IRIs and comments. */
    public static int nesting(String q) {
        int depth = 0, max = 0;
        char quote = 0;
        boolean iri = false, comment = false;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (comment) { if (c == '\n') comment = false; continue; }
            if (quote != 0) {
                if (c == '\\') i++;
                else if (c == quote) quote = 0;
                continue;
            }
            if (iri) { if (c == '>' || c == '\n' || c == ' ') iri = false; continue; }
            switch (c) {
                case '#' -> comment = true;
                case '"', '\'' -> quote = c;
                case '<' -> iri = i + 1 < q.length() && !Character.isWhitespace(q.charAt(i + 1)) && q.charAt(i + 1) != '=';
                case '(', '{', '[' -> max = Math.max(max, ++depth);
                case ')', '}', ']' -> depth = Math.max(0, depth - 1);
                default -> { }
            }
        }
        return max;
    }
}
