package org.w3id.cityrights.workbench.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.w3id.cityrights.vocab.Ids;

/**
 * The saved-query catalogue: every {@code *.rq} file of a folder, read and checked when the server
 * starts so that a broken file stops the start with its name instead of failing a researcher later.
 */
public final class Catalog {
    private static final Pattern PARAM_VAR = Pattern.compile("[?$]_([A-Za-z0-9]+)");

    private final List<CatalogQuery> queries;

    private Catalog(List<CatalogQuery> queries) { this.queries = List.copyOf(queries); }

    public static Catalog load(Path dir) {
        if (!Files.isDirectory(dir)) return new Catalog(List.of());
        List<CatalogQuery> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                out.add(read(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the query catalogue in " + dir, e);
        }
        return new Catalog(out);
    }

    static CatalogQuery read(String file, String text) {
        String name = file.substring(0, file.length() - ".rq".length());
        if (!Ids.isSlug(name)) throw new CatalogException(file + ": the name must be lower-case words joined by '-'");
        Decorators d = Decorators.read(file, text);
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryException e) {
            throw new CatalogException(file + ": " + e.getMessage());
        }
        Set<String> used = new LinkedHashSet<>();
        Matcher m = PARAM_VAR.matcher(text.replaceAll("(?m)^#.*$", ""));
        while (m.find()) used.add(m.group(1));
        Set<String> declared = new LinkedHashSet<>(d.params().stream().map(Parameter::name).toList());
        for (String u : used) if (!declared.contains(u)) throw new CatalogException(file + ": ?_" + u + " is used but not declared in params");
        for (String p : declared) if (!used.contains(p)) throw new CatalogException(file + ": parameter '" + p + "' is declared but ?_" + p + " is not in the query");
        return new CatalogQuery(name, d.summary(), d.description(), d.tags(), d.view(), d.params(), text, query);
    }

    public List<CatalogQuery> all() { return queries; }

    public Optional<CatalogQuery> byName(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }
}
