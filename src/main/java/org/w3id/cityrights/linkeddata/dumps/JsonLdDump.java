package org.w3id.cityrights.linkeddata.dumps;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * JSON-LD written directly in the sorted order (a JSON-LD library would reorder it): a context with
 * the prefixes, then one node object per subject; keys are compact IRIs, values keep their exact
 * lexical form and datatype.
 */
public final class JsonLdDump implements DumpFormat {
    private static final Pattern SIMPLE_LOCAL = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
    private final Map<String, String> prefixes;

    public JsonLdDump(Map<String, String> prefixes) { this.prefixes = new TreeMap<>(prefixes); }

    @Override public String fileName() { return "cityrights.jsonld"; }
    @Override public String mediaType() { return "application/ld+json"; }
    @Override public boolean gzipped() { return false; }
    @Override public String displayName() { return "JSON-LD"; }

    @Override
    public void write(SortedTriples triples, Writer out) throws IOException {
        out.write("{\n  \"@context\": {");
        boolean first = true;
        for (Map.Entry<String, String> e : prefixes.entrySet()) {
            out.write((first ? "\n" : ",\n") + "    " + quote(e.getKey()) + ": " + quote(e.getValue()));
            first = false;
        }
        out.write("\n  },\n  \"@graph\": [");
        Node subject = null, predicate = null;
        for (Triple t : triples.list()) {
            if (!t.getSubject().equals(subject)) {
                if (subject != null) out.write(" ]\n    }");
                out.write((subject == null ? "\n" : ",\n") + "    {\n      \"@id\": " + quote(id(t.getSubject())) + ",\n      " + key(t.getPredicate()) + ": [ ");
                subject = t.getSubject();
            } else if (!t.getPredicate().equals(predicate)) {
                out.write(" ],\n      " + key(t.getPredicate()) + ": [ ");
            } else {
                out.write(", ");
            }
            predicate = t.getPredicate();
            out.write(value(t.getPredicate(), t.getObject()));
        }
        if (subject != null) out.write(" ]\n    }");
        out.write("\n  ]\n}\n");
    }

    private String key(Node p) {
        if (p.equals(RDF.type.asNode())) return "\"@type\"";
        String iri = p.getURI();
        for (Map.Entry<String, String> e : prefixes.entrySet()) {
            if (iri.startsWith(e.getValue()) && SIMPLE_LOCAL.matcher(iri.substring(e.getValue().length())).matches()) {
                return quote(e.getKey() + ":" + iri.substring(e.getValue().length()));
            }
        }
        return quote(iri);
    }

    private static String value(Node p, Node o) {
        if (p.equals(RDF.type.asNode()) && o.isURI()) return quote(o.getURI());
        if (o.isURI() || o.isBlank()) return "{ \"@id\": " + quote(id(o)) + " }";
        String lex = quote(o.getLiteralLexicalForm());
        if (!o.getLiteralLanguage().isEmpty()) return "{ \"@value\": " + lex + ", \"@language\": " + quote(o.getLiteralLanguage()) + " }";
        String dt = o.getLiteralDatatypeURI();
        if (dt == null || dt.equals(XSDDatatype.XSDstring.getURI())) return "{ \"@value\": " + lex + " }";
        return "{ \"@value\": " + lex + ", \"@type\": " + quote(dt) + " }";
    }

    private static String id(Node n) { return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.getURI(); }

    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
