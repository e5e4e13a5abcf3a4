package org.w3id.cityrights.workbench.results;

import java.util.List;

/** A result table as text to paste into a paper: LaTeX with booktabs rules, or a Markdown (GFM) table. */
public final class TableExport {
    private TableExport() {}

    /** A {@code tabular} with {@code \toprule}, {@code \midrule} and {@code \bottomrule}; needs the booktabs package. */
    public static String latex(ResultTable t) {
        StringBuilder b = new StringBuilder();
        b.append("% \\usepackage{booktabs}\n");
        b.append("\\begin{tabular}{").append("l".repeat(Math.max(1, t.columns().size()))).append("}\n");
        b.append("\\toprule\n");
        b.append(latexRow(t.columns()));
        b.append("\\midrule\n");
        for (List<String> row : t.rows()) b.append(latexRow(row));
        b.append("\\bottomrule\n");
        b.append("\\end{tabular}\n");
        return b.toString();
    }

    public static String markdown(ResultTable t) {
        StringBuilder b = new StringBuilder();
        b.append(markdownRow(t.columns()));
        b.append("|").append(" --- |".repeat(Math.max(1, t.columns().size()))).append('\n');
        for (List<String> row : t.rows()) b.append(markdownRow(row));
        return b.toString();
    }

    private static String latexRow(List<String> cells) {
        return String.join(" & ", cells.stream().map(TableExport::latexEscape).toList()) + " \\\\\n";
    }

    private static String markdownRow(List<String> cells) {
        return "| " + String.join(" | ", cells.stream().map(TableExport::markdownEscape).toList()) + " |\n";
    }

    /** LaTeX's ten special characters, so that a label never becomes a command. */
    public static String latexEscape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\textbackslash{}");
                case '&', '%', '$', '#', '_', '{', '}' -> b.append('\\').append(c);
                case '~' -> b.append("\\textasciitilde{}");
                case '^' -> b.append("\\textasciicircum{}");
                case '\n', '\r' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Backslash-escapes the punctuation that would end a cell or become markup or HTML (CommonMark allows it for any ASCII punctuation). */
    static String markdownEscape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\', '|', '*', '_', '`', '[', ']', '<', '>', '#' -> b.append('\\').append(c);
                case '\n', '\r' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
