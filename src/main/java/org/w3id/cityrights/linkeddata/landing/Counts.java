package org.w3id.cityrights.linkeddata.landing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.cityrights.linkeddata.Markup;
import org.w3id.cityrights.linkeddata.QueryFile;
import org.w3id.cityrights.linkeddata.SiteIris;
import org.w3id.cityrights.linkeddata.Sparql;

/** The landing page's counts, each a query over the store being served, read once (the store does not change while served). */
final class Counts {
    record Table(String title, List<String[]> rows, String totalLabel, long total) {}

    private Counts() {}

    static List<Table> read(Sparql sparql, SiteIris iris) {
        List<Table> out = new ArrayList<>();
        out.add(table(sparql, "Cities and other localities, by continent", QueryFile.of(Counts.class, "localities-by-continent.rq").bind()));
        Table types = table(sparql, "Local instruments and programmes, by type", QueryFile.of(Counts.class, "measures-by-type.rq").bind()
                .iri("inferred", iris.graph("inferred")));
        // An act may have several types (a resolution that is a Human Rights City declaration): count acts once.
        out.add(new Table(types.title(), types.rows(), "acts", sparql.count(QueryFile.of(Counts.class, "count-measures.rq").query(), "n")));
        out.add(table(sparql, "UN human-rights treaties", QueryFile.of(Counts.class, "treaties.rq").bind()));
        out.add(table(sparql, "Ratification records (state × treaty), by status", QueryFile.of(Counts.class, "ratifications-by-status.rq").bind()));
        return out;
    }

    private static Table table(Sparql sparql, String title, QueryFile.Bindings q) {
        List<String[]> rows = new ArrayList<>();
        long total = 0;
        for (Binding b : sparql.select(q.query())) {
            rows.add(new String[] {Sparql.string(b, "label"), Long.toString(Sparql.number(b, "n"))});
            total += Sparql.number(b, "n");
        }
        return new Table(title, rows, "all", total);
    }

    static Markup html(List<Table> tables) {
        List<Markup> out = new ArrayList<>();
        for (Table t : tables) {
            List<Markup> rows = new ArrayList<>();
            for (String[] r : t.rows()) {
                rows.add(Markup.concat(Markup.raw("<tr><td>"), Markup.text(r[0]), Markup.raw("</td><td>"), Markup.text(r[1]), Markup.raw("</td></tr>")));
            }
            out.add(Markup.concat(Markup.raw("<section><h3>"), Markup.text(t.title()), Markup.raw("</h3><table><tbody>"), Markup.join(rows, ""),
                    Markup.raw("</tbody><tfoot><tr><th>"), Markup.text(t.totalLabel()), Markup.raw("</th><th>"), Markup.text(String.format(Locale.ROOT, "%,d", t.total())),
                    Markup.raw("</th></tr></tfoot></table></section>")));
        }
        return Markup.join(out, "\n");
    }
}
