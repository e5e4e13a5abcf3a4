package org.w3id.cityrights.linkeddata.landing;

import java.util.List;
import java.util.Map;

import org.w3id.cityrights.linkeddata.Layout;
import org.w3id.cityrights.linkeddata.Markup;
import org.w3id.cityrights.linkeddata.SiteIris;
import org.w3id.cityrights.linkeddata.Sparql;
import org.w3id.cityrights.linkeddata.Template;
import org.w3id.cityrights.linkeddata.dataset.DatasetMetadata;

import io.javalin.http.Context;

/**
 * {@code GET /}: what the dataset is, what it holds (counted from the store being served), questions
 * that run with one click, how to cite the version served, and the licences.
 */
public final class LandingPage {
    private static final Template PAGE = Template.of(LandingPage.class, "landing.html");
    private final String html;

    public LandingPage(Sparql sparql, SiteIris iris, Layout layout) {
        DatasetMetadata meta = DatasetMetadata.read(sparql, iris);
        List<Counts.Table> counts = Counts.read(sparql, iris);
        String example = iris.thing("city", "graz");
        Markup body = Markup.raw(PAGE.render(Map.ofEntries(
                Map.entry("title", Markup.text(meta.label())),
                Map.entry("description", Markup.text(meta.description())),
                Map.entry("idSpace", Markup.text(iris.idSpace())),
                Map.entry("exampleIri", Markup.text(example)),
                Map.entry("exampleHref", Markup.text(iris.href(example))),
                Map.entry("counts", Counts.html(counts)),
                Map.entry("examples", ExampleQuestions.html(ExampleQuestions.load())),
                Map.entry("version", Markup.text(sparql.info().datasetVersion())),
                Map.entry("bibtex", Markup.text(Citation.bibtex(meta, sparql.info(), iris.base()))),
                Map.entry("csl", Markup.text(Citation.cslJson(meta, sparql.info(), iris.base()))))));
        this.html = layout.page(meta.title(), Markup.raw("<link rel=\"alternate\" type=\"text/turtle\" href=\"/.well-known/void\" title=\"VoID\">"), body);
    }

    public void handle(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").result(html);
    }
}
