package org.w3id.cityrights.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.w3id.cityrights.workbench.catalog.Binder;
import org.w3id.cityrights.workbench.catalog.Catalog;
import org.w3id.cityrights.workbench.catalog.CatalogQuery;

/**
 * The queries a benchmark sends: every competency query ({@code queries/cq/*.rq}) as written, and
 * every saved query of the catalogue ({@code queries/catalog/*.rq}) with its default parameters bound,
 * as {@code /api/{name}} would run it. The same texts go to every server.
 *
 * <p>In the unique mix each request is a query no server has seen: the text gets {@code LIMIT n}
 * with a new n (far above any result size, so the answer is the same rows), which no result cache
 * can answer from an earlier request. In the repeated mix each query is sent as it is, again and again.
 */
public final class QueryMix {
    /** Far above every result size of the mix, so that the limit never cuts an answer. */
    static final long UNIQUE_LIMIT_BASE = 10_000_000;

    public enum Kind { UNIQUE, REPEATED }

    public record Entry(String name, String text) {}

    private final List<Entry> entries;

    private QueryMix(List<Entry> entries) {
        if (entries.isEmpty()) throw new IllegalArgumentException("no queries found for the mix");
        this.entries = List.copyOf(entries);
    }

    public static QueryMix load(Path competencyDir, Path catalogDir) {
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(competencyDir)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                String name = f.getFileName().toString();
                out.add(new Entry("cq/" + name.substring(0, name.length() - 3), Files.readString(f, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (CatalogQuery q : Catalog.load(catalogDir).all()) {
            Query bound = Binder.bind(q, Map.of());
            out.add(new Entry("api/" + q.name(), bound.serialize()));
        }
        for (Entry e : out) checkUniqueForm(e);
        return new QueryMix(out);
    }

    /** A query that already has LIMIT or OFFSET cannot take another; none of the mix has, and this says so if one ever does. */
    private static void checkUniqueForm(Entry e) {
        Query q = QueryFactory.create(e.text(), Syntax.syntaxSPARQL_11);
        if (q.hasLimit() || q.hasOffset()) {
            throw new IllegalArgumentException(e.name() + " has LIMIT or OFFSET; the unique mix appends its own LIMIT");
        }
        QueryFactory.create(uniqueText(e.text(), 1), Syntax.syntaxSPARQL_11);
    }

    public List<Entry> entries() { return entries; }

    /** The text of request number {@code n} of query {@code i} in this mix. */
    public String text(Kind kind, int i, long n) {
        String t = entries.get(i).text();
        return kind == Kind.UNIQUE ? uniqueText(t, n) : t;
    }

    static String uniqueText(String text, long n) { return text.stripTrailing() + "\nLIMIT " + (UNIQUE_LIMIT_BASE + n) + "\n"; }
}
