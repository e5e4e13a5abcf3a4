package org.w3id.cityrights.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.w3id.cityrights.http.Conneg;
import org.w3id.cityrights.http.HttpError;

/**
 * What a client gets for a linked-data URL: the HTML page or the RDF in one syntax. The choice follows
 * the Accept header with its q-values ({@link Conneg}); without a preference (no Accept, or only
 * {@code *}{@code /*}) a client gets Turtle, since browsers always ask for HTML by name.
 */
public record Representation(Optional<RdfSyntax> rdf) {
    public static final Representation HTML = new Representation(Optional.empty());
    static final String TEXT_HTML = "text/html";
    static final String XHTML = "application/xhtml+xml";
    static final String JSON = "application/json";

    public static Representation of(RdfSyntax syntax) { return new Representation(Optional.of(syntax)); }

    public boolean isHtml() { return rdf.isEmpty(); }

    /** Offers in the server's order of preference; aliases map to the syntax they name. */
    static List<String> offers(boolean withHtml) {
        List<String> offers = new ArrayList<>();
        offers.add(RdfSyntax.TURTLE.mediaType());
        if (withHtml) {
            offers.add(TEXT_HTML);
            offers.add(XHTML);
        }
        offers.add(RdfSyntax.JSONLD.mediaType());
        offers.add(JSON);
        offers.add(RdfSyntax.NTRIPLES.mediaType());
        offers.add(RdfSyntax.RDFXML.mediaType());
        return offers;
    }

    /** Negotiates a representation, or fails with 406 and the list of what is offered. */
    public static Representation negotiate(String accept, boolean withHtml) {
        List<String> offers = offers(withHtml);
        String chosen = Conneg.choose(accept, offers).orElseThrow(() -> HttpError.notAcceptable(
                "No representation matches Accept: " + accept + ". Offered: " + String.join(", ", offers) + "."));
        if (chosen.equals(TEXT_HTML) || chosen.equals(XHTML)) return HTML;
        if (chosen.equals(JSON)) return of(RdfSyntax.JSONLD);
        return of(RdfSyntax.byMediaType(chosen).orElseThrow());
    }

    /** The syntax {@code ?format=} names (ttl, jsonld, nt, rdf), or without it what Accept asks for, HTML included. */
    public static Representation byFormatOrAccept(String format, String accept) {
        if (format == null) return negotiate(accept, true);
        return RdfSyntax.byExtension(format).map(Representation::of)
                .orElseThrow(() -> new HttpError(406, "Unknown format '" + format + "'. Use ttl, jsonld, nt or rdf."));
    }

    /** Whether a client prefers HTML to plain text, for choosing how to word an error ({@code *}{@code /*} does not). */
    public static boolean prefersHtml(String accept) {
        if (accept == null || accept.isBlank()) return false;
        return Conneg.choose(accept, List.of("text/plain", TEXT_HTML)).map(TEXT_HTML::equals).orElse(false);
    }
}
