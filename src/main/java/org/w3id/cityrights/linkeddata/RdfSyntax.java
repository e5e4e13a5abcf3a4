package org.w3id.cityrights.linkeddata;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;

/** The RDF syntaxes the linked-data URLs answer in, with the file extension that asks for each. */
public enum RdfSyntax {
    TURTLE("ttl", "text/turtle", Lang.TURTLE, "Turtle"),
    JSONLD("jsonld", "application/ld+json", Lang.JSONLD, "JSON-LD"),
    NTRIPLES("nt", "application/n-triples", Lang.NTRIPLES, "N-Triples"),
    RDFXML("rdf", "application/rdf+xml", Lang.RDFXML, "RDF/XML");

    private final String extension;
    private final String mediaType;
    private final Lang lang;
    private final String displayName;

    RdfSyntax(String extension, String mediaType, Lang lang, String displayName) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.lang = lang;
        this.displayName = displayName;
    }

    public String extension() { return extension; }
    public String mediaType() { return mediaType; }
    public Lang lang() { return lang; }
    public String displayName() { return displayName; }

    /** The Content-Type header value, with the charset for text types. */
    public String contentType() { return mediaType.startsWith("text/") ? mediaType + "; charset=utf-8" : mediaType; }

    public static Optional<RdfSyntax> byExtension(String ext) {
        String e = ext.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.extension.equals(e)).findFirst();
    }

    public static Optional<RdfSyntax> byMediaType(String mediaType) {
        return Arrays.stream(values()).filter(s -> s.mediaType.equals(mediaType)).findFirst();
    }
}
