package org.w3id.cityrights.linkeddata.dataset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.w3id.cityrights.linkeddata.Layout;
import org.w3id.cityrights.linkeddata.Markup;
import org.w3id.cityrights.linkeddata.PublishedFiles;
import org.w3id.cityrights.linkeddata.RdfOutput;
import org.w3id.cityrights.linkeddata.RdfSyntax;
import org.w3id.cityrights.linkeddata.Representation;
import org.w3id.cityrights.linkeddata.Template;

import io.javalin.http.Context;

/**
 * Serves one of the dataset descriptions the build wrote (VoID, DCAT, service description) in the RDF
 * syntax Accept or {@code ?format=} asks for, or as an HTML page showing its Turtle for a browser.
 */
public final class DescriptionHandler {
    private static final Template PAGE = Template.of(DescriptionHandler.class, "description.html");

    private final PublishedFiles files;
    private final String fileName;
    private final String title;
    private final String intro;
    private final Layout layout;
    private final boolean formatParameter;

    /**
     * @param formatParameter whether {@code ?format=ttl} may choose the syntax; not on {@code /sparql}, where
     *                        any parameter makes the request a query
     */
    public DescriptionHandler(PublishedFiles files, String fileName, String title, String intro, Layout layout, boolean formatParameter) {
        this.files = files;
        this.fileName = fileName;
        this.title = title;
        this.intro = intro;
        this.layout = layout;
        this.formatParameter = formatParameter;
    }

    public void handle(Context ctx) {
        ctx.header("Vary", "Accept");
        String format = formatParameter ? ctx.queryParam("format") : null;
        Representation r = Representation.byFormatOrAccept(format, ctx.header("Accept"));
        Graph g = files.description(fileName);
        if (r.rdf().isPresent()) {
            RdfOutput.send(ctx, g, r.rdf().get());
            return;
        }
        List<Markup> links = new ArrayList<>();
        for (RdfSyntax s : RdfSyntax.values()) {
            links.add(formatParameter ? Markup.link(ctx.path() + "?format=" + s.extension(), s.displayName())
                    : Markup.concat(Markup.text(s.displayName() + " (Accept: " + s.mediaType() + ")")));
        }
        String turtle = new String(RdfOutput.bytes(g, RdfSyntax.TURTLE), StandardCharsets.UTF_8);
        Markup body = Markup.raw(PAGE.render(Map.of("title", Markup.text(title), "intro", Markup.text(intro),
                "formats", Markup.join(links, ", "), "turtle", Markup.text(turtle))));
        layout.send(ctx, 200, title, Markup.EMPTY, body);
    }
}
