package org.w3id.cityrights.workbench.results;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.XSD;
import org.w3id.cityrights.store.QueryOutcome;

/**
 * The canonical form of a query result, whose SHA-256 a citation records so that a reader can check
 * that a rerun gives the same rows whatever order the engine returned them in. For SELECT: a header
 * line with the variable names (in projection order, without '?') joined by TAB, then one line per
 * row with each variable's term in N-Triples style joined by TAB (an unbound variable is the empty
 * string), the row lines sorted by their UTF-8 bytes; every line ends with LF. Terms: IRIs as
 * {@code <iri>}, literals as {@code "lexical"} with {@code \\}, {@code "}, LF, CR and TAB escaped as
 * {@code \\\\}, {@code \\"}, {@code \\n}, {@code \\r}, {@code \\t}, followed by {@code @lang} or
 * {@code ^^<datatype>} (omitted for xsd:string), blank nodes as {@code _:} (their labels are not
 * stable between runs). ASK: {@code true} or {@code false} and LF. CONSTRUCT and DESCRIBE: the triples
 * as such lines (subject, predicate, object joined by a space, then " ."), sorted. docs/workbench.md
 * shows the same computation from SPARQL JSON results.
 */
public final class CanonicalResult {
    private CanonicalResult() {}

    public static String text(QueryOutcome outcome) {
        StringBuilder b = new StringBuilder();
        if (outcome instanceof QueryOutcome.Rows rows) {
            b.append(String.join("\t", rows.vars().stream().map(Var::getVarName).toList())).append('\n');
            List<String> lines = new ArrayList<>(rows.rows().size());
            for (Binding row : rows.rows()) {
                List<String> cells = new ArrayList<>(rows.vars().size());
                for (Var v : rows.vars()) cells.add(term(row.get(v)));
                lines.add(String.join("\t", cells));
            }
            sortByUtf8(lines).forEach(l -> b.append(l).append('\n'));
        } else if (outcome instanceof QueryOutcome.Bool bool) {
            b.append(bool.value()).append('\n');
        } else if (outcome instanceof QueryOutcome.Triples triples) {
            List<String> lines = new ArrayList<>();
            triples.graph().find().forEachRemaining((Triple t) ->
                    lines.add(term(t.getSubject()) + " " + term(t.getPredicate()) + " " + term(t.getObject()) + " ."));
            sortByUtf8(lines).forEach(l -> b.append(l).append('\n'));
        }
        return b.toString();
    }

    public static String sha256(QueryOutcome outcome) { return sha256(text(outcome)); }

    public static String sha256(String canonicalText) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(canonicalText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The number of rows (SELECT), triples (CONSTRUCT, DESCRIBE) or 1 (ASK). */
    public static long size(QueryOutcome outcome) {
        if (outcome instanceof QueryOutcome.Rows rows) return rows.rows().size();
        if (outcome instanceof QueryOutcome.Triples t) return t.graph().size();
        return 1;
    }

    static String term(Node n) {
        if (n == null) return "";
        if (n.isURI()) return "<" + n.getURI() + ">";
        if (n.isBlank()) return "_:";
        if (n.isLiteral()) {
            String lex = "\"" + escape(n.getLiteralLexicalForm()) + "\"";
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) return lex + "@" + lang;
            String dt = n.getLiteralDatatypeURI();
            if (dt == null || dt.equals(XSD.xstring.getURI())) return lex;
            return lex + "^^<" + dt + ">";
        }
        return n.toString();
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static List<String> sortByUtf8(List<String> lines) {
        lines.sort((a, c) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), c.getBytes(StandardCharsets.UTF_8)));
        return lines;
    }
}
