package org.w3id.cityrights.workbench.results;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.w3id.cityrights.store.QueryOutcome;

/** SPARQL 1.1 JSON results, and the same text made safe to place inside an HTML {@code <script>} element. */
public final class ResultsJson {
    private ResultsJson() {}

    public static String of(QueryOutcome outcome) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (outcome instanceof QueryOutcome.Rows rows) ResultsWriter.create().lang(ResultSetLang.RS_JSON).write(out, rows.rowSet());
        else if (outcome instanceof QueryOutcome.Bool b) ResultsWriter.create().lang(ResultSetLang.RS_JSON).write(out, b.value());
        else throw new IllegalArgumentException("only SELECT and ASK results have a SPARQL JSON form");
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * JSON text that cannot end the script element it sits in or open markup: '<', '>' and '&' become
     * JSON unicode escapes (the parsed value is unchanged), as do the line separators JavaScript once
     * refused in strings.
     */
    public static String forScript(String json) {
        StringBuilder b = new StringBuilder(json.length() + 64);
        for (char c : json.toCharArray()) {
            switch (c) {
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                case '\u2028' -> b.append("\\u2028");
                case '\u2029' -> b.append("\\u2029");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
