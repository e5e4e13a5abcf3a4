package org.w3id.cityrights.workbench.results;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.cityrights.store.QueryOutcome;

/** A result as a plain table of display text: IRIs in full, literals by their lexical form, unbound as empty. */
public record ResultTable(List<String> columns, List<List<String>> rows) {

    public static ResultTable of(QueryOutcome outcome) {
        if (outcome instanceof QueryOutcome.Rows r) {
            List<String> cols = r.vars().stream().map(Var::getVarName).toList();
            List<List<String>> rows = new ArrayList<>(r.rows().size());
            for (Binding b : r.rows()) {
                List<String> cells = new ArrayList<>(cols.size());
                for (Var v : r.vars()) cells.add(text(b.get(v)));
                rows.add(cells);
            }
            return new ResultTable(cols, rows);
        }
        if (outcome instanceof QueryOutcome.Bool b) return new ResultTable(List.of("result"), List.of(List.of(Boolean.toString(b.value()))));
        QueryOutcome.Triples t = (QueryOutcome.Triples) outcome;
        List<List<String>> rows = new ArrayList<>();
        t.graph().find().forEachRemaining((Triple tr) ->
                rows.add(List.of(text(tr.getSubject()), text(tr.getPredicate()), text(tr.getObject()))));
        rows.sort((a, b) -> String.join("\t", a).compareTo(String.join("\t", b)));
        return new ResultTable(List.of("subject", "predicate", "object"), rows);
    }

    static String text(Node n) {
        if (n == null) return "";
        if (n.isURI()) return n.getURI();
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        if (n.isBlank()) return "_:" + n.getBlankNodeLabel();
        return n.toString();
    }
}
