package org.w3id.cityrights.linkeddata;

import java.io.ByteArrayOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.w3id.cityrights.http.Cors;

import io.javalin.http.Context;

/** Writes a graph as the response in one RDF syntax, readable from any origin. */
public final class RdfOutput {
    private RdfOutput() {}

    public static byte[] bytes(Graph g, RdfSyntax syntax) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFFormat format = switch (syntax) {
            case TURTLE -> RDFFormat.TURTLE_PRETTY;
            case JSONLD -> RDFFormat.JSONLD11;
            case NTRIPLES -> RDFFormat.NTRIPLES;
            case RDFXML -> RDFFormat.RDFXML_PLAIN;
        };
        RDFDataMgr.write(out, g, format);
        return out.toByteArray();
    }

    public static void send(Context ctx, Graph g, RdfSyntax syntax) {
        Cors.allowReads(ctx);
        ctx.status(200).contentType(syntax.contentType()).result(bytes(g, syntax));
    }
}
