package org.w3id.cityrights.linkeddata.ontology;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.OWL;
import org.w3id.cityrights.http.HttpError;
import org.w3id.cityrights.linkeddata.Layout;
import org.w3id.cityrights.linkeddata.Markup;
import org.w3id.cityrights.linkeddata.QueryFile;
import org.w3id.cityrights.linkeddata.RdfOutput;
import org.w3id.cityrights.linkeddata.RdfSyntax;
import org.w3id.cityrights.linkeddata.Representation;
import org.w3id.cityrights.linkeddata.SiteIris;
import org.w3id.cityrights.linkeddata.Sparql;
import org.w3id.cityrights.vocab.CR;
import org.w3id.cityrights.vocab.Vocab;

import io.javalin.http.Context;

/**
 * {@code /ontology} (the ontology IRI, whose terms are {@code /ontology#Term}) and its version IRI
 * {@code /ontology/0.1.0}: documentation for browsers, Turtle, JSON-LD, RDF/XML or N-Triples by Accept,
 * or by an extension ({@code /ontology.ttl}, {@code /ontology/0.1.0.ttl}).
 */
public final class OntologyHandler {
    private static final QueryFile GRAPH = QueryFile.of(OntologyHandler.class, "ontology-graph.rq");
    private static final QueryFile SCHEMES = QueryFile.of(OntologyHandler.class, "schemes.rq");

    private final Graph graph;
    private final String version;
    private final String html;
    private final Layout layout;

    public OntologyHandler(Sparql sparql, SiteIris iris, Layout layout) {
        this.graph = sparql.construct(GRAPH.query());
        this.graph.getPrefixMapping().setNsPrefixes(Vocab.prefixes()).setNsPrefix("vann", Vocab.VANN);
        OntologyModel model = new OntologyModel(graph);
        this.version = model.literal(model.ontology(), OWL.versionInfo.asNode()).orElse("");
        List<Binding> schemes = sparql.select(SCHEMES.query());
        this.html = new OntologyPage(model, iris, schemes).render("/ontology").html();
        this.layout = layout;
    }

    /** {@code GET /ontology}. */
    public void current(Context ctx) { send(ctx, null); }

    /** {@code GET /ontology.{ext}}. */
    public void currentAs(Context ctx) { send(ctx, syntax(ctx.pathParam("ext"))); }

    /** {@code GET /ontology/{version}}, optionally with an extension: only the version the store holds exists. */
    public void version(Context ctx) {
        String v = ctx.pathParam("version");
        RdfSyntax syntax = null;
        for (RdfSyntax s : RdfSyntax.values()) {
            if (v.endsWith("." + s.extension())) {
                syntax = s;
                v = v.substring(0, v.length() - s.extension().length() - 1);
            }
        }
        if (!v.equals(version)) {
            throw new HttpError(404, "No version '" + v + "' of the ontology is served here; the current version is " + version
                    + " (" + CR.ONTOLOGY + "/" + version + ").");
        }
        send(ctx, syntax);
    }

    private void send(Context ctx, RdfSyntax byExtension) {
        RdfSyntax syntax = byExtension;
        if (syntax == null) {
            ctx.header("Vary", "Accept");
            Representation r = Representation.negotiate(ctx.header("Accept"), true);
            if (r.isHtml()) {
                layout.send(ctx, 200, "cityrights ontology", Markup.EMPTY, Markup.raw(html));
                return;
            }
            syntax = r.rdf().orElseThrow();
        }
        RdfOutput.send(ctx, graph, syntax);
    }

    private static RdfSyntax syntax(String ext) {
        return RdfSyntax.byExtension(ext).orElseThrow(() -> new HttpError(404, "Unknown extension '." + ext + "': use .ttl, .jsonld, .nt or .rdf."));
    }
}
