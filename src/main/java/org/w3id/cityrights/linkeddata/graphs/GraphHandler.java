package org.w3id.cityrights.linkeddata.graphs;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.w3id.cityrights.http.Cors;
import org.w3id.cityrights.http.HttpError;
import org.w3id.cityrights.linkeddata.Layout;
import org.w3id.cityrights.linkeddata.Markup;
import org.w3id.cityrights.linkeddata.QueryFile;
import org.w3id.cityrights.linkeddata.RdfOutput;
import org.w3id.cityrights.linkeddata.RdfSyntax;
import org.w3id.cityrights.linkeddata.Representation;
import org.w3id.cityrights.linkeddata.SiteIris;
import org.w3id.cityrights.linkeddata.Sparql;
import org.w3id.cityrights.linkeddata.Template;
import org.w3id.cityrights.vocab.Ids;

import io.javalin.http.Context;

/**
 * {@code GET /graph/...}: a named graph's IRI answers with the graph itself, so that the provenance a
 * quad carries (the file or build step it came from) can be followed like any other link. A browser gets
 * a page with the graph's size and downloads; any other client the triples, in the syntax
 * {@code ?format=} or Accept asks for.
 */
public final class GraphHandler {
    private static final Template PAGE = Template.of(GraphHandler.class, "graph.html");
    private static final QueryFile SIZE = QueryFile.of(GraphHandler.class, "graph-size.rq");
    private static final QueryFile CONTENT = QueryFile.of(GraphHandler.class, "/build/graph-content.rq"); // the query the Graph Store copy uses

    private final Sparql sparql;
    private final SiteIris iris;
    private final Layout layout;

    public GraphHandler(Sparql sparql, SiteIris iris, Layout layout) {
        this.sparql = sparql;
        this.iris = iris;
        this.layout = layout;
    }

    public void handle(Context ctx) {
        ctx.header("Vary", "Accept");
        Cors.allowReads(ctx);
        String name = ctx.pathParam("name");
        // Graph names are slugs joined by '/', as the build makes them; anything else names no graph.
        if (name.isEmpty() || !Arrays.stream(name.split("/", -1)).allMatch(Ids::isSlug)) throw notFound(name);
        String iri = iris.graph(name);
        long size = sparql.count(SIZE.bind().iri("graph", iri).query(), "triples");
        if (size == 0) throw notFound(name);

        Representation r = Representation.byFormatOrAccept(ctx.queryParam("format"), ctx.header("Accept"));
        if (r.rdf().isPresent()) {
            RdfOutput.send(ctx, sparql.construct(CONTENT.bind().iri("graph", iri).query()), r.rdf().get());
            return;
        }
        List<Markup> links = new ArrayList<>();
        for (RdfSyntax s : RdfSyntax.values()) links.add(Markup.link(ctx.path() + "?format=" + s.extension(), s.displayName()));
        String query = "SELECT ?s ?p ?o\nWHERE { GRAPH <" + iri + "> { ?s ?p ?o } }\nLIMIT 100";
        Markup body = Markup.raw(PAGE.render(Map.of("iri", Markup.text(iri), "size", Markup.text(String.format("%,d", size)),
                "formats", Markup.join(links, ", "), "query", Markup.text(query),
                "queryLink", Markup.text("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))));
        layout.send(ctx, 200, "Named graph " + name, Markup.EMPTY, body);
    }

    private HttpError notFound(String name) {
        return new HttpError(404, "No named graph " + iris.graph(name) + " in this dataset. The dataset lists its graphs at /page/dataset/cityrights.");
    }
}
