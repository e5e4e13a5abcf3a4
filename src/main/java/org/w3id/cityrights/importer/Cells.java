package org.w3id.cityrights.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.cityrights.vocab.CR;
import org.w3id.cityrights.vocab.Ids;

/** Turns CSV cells into RDF terms, rejecting what the curation guide does not allow. */
public final class Cells {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TAGGED = Pattern.compile("([a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*):(.+)", Pattern.DOTALL);
    private static final String MIRROR = "(mirror)";

    private Cells() {}

    /** A date as precise as written: xsd:date, xsd:gYearMonth or xsd:gYear; impossible dates are errors. */
    public static Literal date(String text, CsvRow row, String column) {
        try {
            if (DAY.matcher(text).matches()) {
                LocalDate.parse(text);
                return ResourceFactory.createTypedLiteral(text, XSDDatatype.XSDdate);
            }
            if (YEAR_MONTH.matcher(text).matches()) {
                YearMonth.parse(text);
                return ResourceFactory.createTypedLiteral(text, XSDDatatype.XSDgYearMonth);
            }
            if (YEAR.matcher(text).matches()) {
                Year.parse(text);
                return ResourceFactory.createTypedLiteral(text, XSDDatatype.XSDgYear);
            }
        } catch (DateTimeException e) {
            throw row.error(column + ": impossible date '" + text + "'");
        }
        throw row.error(column + ": '" + text + "' is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)");
    }

    /** Adds an optional date; also checks it is not in the future of the build. */
    public static void addDate(Resource r, Property p, CsvRow row, String column) {
        if (!row.has(column)) return;
        Literal d = date(row.get(column), row, column);
        if (d.getLexicalForm().compareTo(LocalDate.now().toString()) > 0) {
            throw row.error(column + ": date '" + d.getLexicalForm() + "' is in the future");
        }
        r.addLiteral(p, d);
    }

    /** "de:Gemeinderat" becomes a literal tagged de; text without a tag becomes a plain string. */
    public static Literal tagged(String text) {
        Matcher m = TAGGED.matcher(text);
        if (m.matches()) return ResourceFactory.createLangLiteral(m.group(2).strip(), m.group(1));
        return ResourceFactory.createStringLiteral(text);
    }

    public static Literal en(String text) { return ResourceFactory.createLangLiteral(text, "en"); }

    /** The row's sources, as dcterms:source (or cr:mirrorSource for third-party copies); at least one if required. */
    public static void addSources(Resource r, CsvRow row, String column, boolean required) {
        List<String> urls = row.list(column);
        if (urls.isEmpty() && required) throw row.error(column + ": a source is required");
        for (String cell : urls) {
            boolean mirror = cell.endsWith(MIRROR);
            String url = mirror ? cell.substring(0, cell.length() - MIRROR.length()).strip() : cell;
            r.addProperty(mirror ? CR.mirrorSource : DCTerms.source, r.getModel().createResource(iri(url, row, column)));
        }
    }

    /** An absolute http(s) IRI, or a row error saying what is wrong with it. */
    public static String iri(String text, CsvRow row, String column) {
        if (!text.startsWith("http://") && !text.startsWith("https://")) {
            throw row.error(column + ": '" + text + "' is not an http(s) URL");
        }
        try {
            IRIx iri = IRIx.create(text);
            if (!iri.isAbsolute()) throw row.error(column + ": not an absolute URL: " + text);
            return iri.str();
        } catch (IRIException e) {
            throw row.error(column + ": bad URL '" + text + "': " + e.getMessage());
        }
    }

    /** A required slug id. */
    public static String id(CsvRow row, String column) {
        String id = row.get(column);
        if (!Ids.isSlug(id)) throw row.error(column + ": '" + id + "' is not a slug (lower-case letters, digits, single hyphens)");
        return id;
    }

    public static String required(CsvRow row, String column) {
        String v = row.get(column);
        if (v.isEmpty()) throw row.error(column + ": a value is required");
        return v;
    }

    /** Maps a controlled value to its term, listing the allowed values when it does not fit. */
    public static <T> T oneOf(String value, Map<String, T> allowed, CsvRow row, String column) {
        T t = allowed.get(value);
        if (t == null) throw row.error(column + ": '" + value + "' is not one of " + String.join(", ", allowed.keySet()));
        return t;
    }
}
