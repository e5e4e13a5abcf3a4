package org.w3id.cityrights.linkeddata.pages;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.w3id.cityrights.http.Cors;
import org.w3id.cityrights.http.HttpError;
import org.w3id.cityrights.linkeddata.Layout;
import org.w3id.cityrights.linkeddata.Markup;
import org.w3id.cityrights.linkeddata.RdfOutput;
import org.w3id.cityrights.linkeddata.RdfSyntax;
import org.w3id.cityrights.linkeddata.Representation;
import org.w3id.cityrights.linkeddata.SiteIris;
import org.w3id.cityrights.linkeddata.Template;
import org.w3id.cityrights.vocab.Ids;

import io.javalin.http.Context;

/**
 * The three URLs of every resource, as Pubby and LodView serve them: {@code /id/{kind}/{slug}} names the
 * thing and answers {@code 303 See Other} to its page or to its data, chosen by Accept;
 * {@code /page/...} is the HTML; {@code /data/...} the RDF, where a file extension overrides Accept.
 */
public final class ResourceHandlers {
    private static final Template NOT_FOUND = Template.of(ResourceHandlers.class, "not-found.html");

    private final Resources resources;
    private final ResourcePage page;
    private final SiteIris iris;
    private final Layout layout;

    public ResourceHandlers(Resources resources, ResourcePage page, SiteIris iris, Layout layout) {
        this.resources = resources;
        this.page = page;
        this.iris = iris;
        this.layout = layout;
    }

    /** {@code GET /id/{kind}/{slug}}: 303 to the page or the data. */
    public void id(Context ctx) {
        String kind = ctx.pathParam("kind"), slug = ctx.pathParam("slug");
        ctx.header("Vary", "Accept");
        Cors.allowReads(ctx);
        String iri = requireKnown(ctx, kind, slug);
        Representation r = Representation.negotiate(ctx.header("Accept"), true);
        String target = r.rdf().map(s -> SiteIris.dataPath(kind, slug, s)).orElse(SiteIris.pagePath(kind, slug));
        ctx.status(303).header("Location", target).contentType("text/plain; charset=utf-8")
                .result("303 See Other: " + iri + " is described at " + target + "\n");
    }

    /** {@code GET /page/{kind}/{slug}}: the HTML page. */
    public void page(Context ctx) {
        String kind = ctx.pathParam("kind"), slug = ctx.pathParam("slug");
        String iri = requireKnown(ctx, kind, slug);
        ctx.contentType("text/html; charset=utf-8")
                .result(page.render(resources.describe(iri), kind, slug, resources.aboutQuery(iri), ctx.url()));
    }

    /** {@code GET /data/{kind}/{slug}[.ext]}: the RDF, in the syntax the extension names or Accept asks for. */
    public void data(Context ctx) {
        String kind = ctx.pathParam("kind"), file = ctx.pathParam("file");
        int dot = file.indexOf('.');
        String slug = dot < 0 ? file : file.substring(0, dot);
        RdfSyntax syntax;
        if (dot >= 0) {
            String ext = file.substring(dot + 1);
            syntax = RdfSyntax.byExtension(ext).orElseThrow(() -> new HttpError(404, "Unknown extension '." + ext + "'. Use one of: "
                    + Arrays.stream(RdfSyntax.values()).map(s -> "." + s.extension() + " (" + s.mediaType() + ")").collect(Collectors.joining(", "))));
        } else {
            ctx.header("Vary", "Accept");
            Representation r = Representation.negotiate(ctx.header("Accept"), false);
            syntax = r.rdf().orElseThrow();
            ctx.header("Content-Location", SiteIris.dataPath(kind, slug, syntax));
        }
        String iri = requireKnown(ctx, kind, slug);
        RdfOutput.send(ctx, resources.description(iri), syntax);
    }

    private String requireKnown(Context ctx, String kind, String slug) {
        if (Ids.isSlug(kind) && Ids.isSlug(slug)) {
            String iri = iris.thing(kind, slug);
            if (resources.exists(iri)) return iri;
        }
        throw notFound(ctx, iris.thing(kind, slug), slug);
    }

    /** 404: a page with a search box for a browser, a plain sentence for anything else. */
    private HttpError notFound(Context ctx, String iri, String slug) {
        if (Representation.prefersHtml(ctx.header("Accept"))) {
            Markup body = Markup.raw(NOT_FOUND.render(Map.of("iri", Markup.text(iri), "example", Markup.text(iris.thing("city", "graz")),
                    "guess", Markup.text(slug.replace('-', ' ')))));
            return HttpError.page(404, "No resource " + iri, layout.page("Not found", Markup.EMPTY, body));
        }
        return new HttpError(404, "No resource " + iri + " in this dataset. Search by name at /search?q=...");
    }
}
