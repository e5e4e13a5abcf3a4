package org.w3id.cityrights.coverage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.cityrights.store.QueryOutcome;
import org.w3id.cityrights.store.Store;
import org.w3id.cityrights.vocab.Ids;

/**
 * How complete the graph is, in figures that are SPARQL counts over the store: the queries under
 * {@code src/main/resources/coverage/}, in the order of their {@code index.txt}, each with a title
 * and an explanation in its header. The page {@code /coverage} and the command {@code report} show
 * the same tables.
 */
public final class CoverageReport {
    private static final Pattern HEADER = Pattern.compile("^#\\s*(Title|Explain):\\s*(.*)$");

    private CoverageReport() {}

    /** The tables, each query asked of the store directly (the command line). */
    public static List<CoverageTable> of(Store store, long timeoutMillis) {
        return of(store, q -> store.query(q, timeoutMillis));
    }

    /** The tables, each query run by {@code runner} (the server runs them within its limits, like any client's). */
    public static List<CoverageTable> of(Store store, Function<Query, QueryOutcome> runner) {
        String idBase = idBase(store);
        List<CoverageTable> tables = new ArrayList<>();
        for (String line : read("index.txt").split("\n")) {
            String file = line.strip();
            if (file.isEmpty() || file.startsWith("#")) continue;
            tables.add(run(runner, file, read(file), idBase));
        }
        return tables;
    }

    /** The base of the identifiers in this store ({@code --base} of its build). */
    public static String idBase(Store store) {
        String base = store.info().baseIri();
        return (base.isEmpty() ? Ids.CANONICAL_BASE : base) + "id/";
    }

    /** The query of one section, as published for a mirror's base, e.g. to re-run it against the endpoint. */
    public static String query(String file, String idBase) {
        return read(file).replace(Ids.CANONICAL_BASE + "id/", idBase);
    }

    private static CoverageTable run(Function<Query, QueryOutcome> runner, String file, String text, String idBase) {
        String title = file, explain = "";
        for (String l : text.split("\n")) {
            if (!l.startsWith("#")) break;
            Matcher m = HEADER.matcher(l);
            if (m.matches() && m.group(1).equals("Title")) title = m.group(2).strip();
            if (m.matches() && m.group(1).equals("Explain")) explain = m.group(2).strip();
        }
        Query q = QueryFactory.create(text.replace(Ids.CANONICAL_BASE + "id/", idBase));
        QueryOutcome.Rows rows = (QueryOutcome.Rows) runner.apply(q);
        List<String> columns = rows.vars().stream().map(Var::getVarName).toList();
        List<List<String>> cells = new ArrayList<>();
        for (Binding b : rows.rows()) {
            List<String> row = new ArrayList<>();
            for (Var v : rows.vars()) row.add(text(b.get(v)));
            cells.add(row);
        }
        return new CoverageTable(file.replaceFirst("\\.rq$", ""), title, explain, columns, cells);
    }

    private static String text(Node n) {
        if (n == null) return "";
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        if (n.isURI()) return n.getURI();
        return n.toString();
    }

    private static String read(String name) {
        try (InputStream in = CoverageReport.class.getResourceAsStream("/coverage/" + name)) {
            if (in == null) throw new IllegalStateException("missing coverage query coverage/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
