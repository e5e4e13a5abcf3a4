package org.w3id.cityrights.linkeddata.lookup;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.cityrights.http.Cors;
import org.w3id.cityrights.http.HttpError;
import org.w3id.cityrights.linkeddata.QueryFile;
import org.w3id.cityrights.linkeddata.SiteIris;
import org.w3id.cityrights.linkeddata.Sparql;
import org.w3id.cityrights.vocab.Vocab;

import io.javalin.http.Context;

/**
 * {@code GET /lookup?wikidata=Q1492} or {@code ?geonames=3128760}: for datasets that link to ours, the
 * resource that is the same thing, as {@code 303 See Other} to its identifier on this server (the
 * published IRI is in the {@code Link} header); 404 when we have none.
 */
public final class LookupHandler {
    private static final QueryFile LOOKUP = QueryFile.of(LookupHandler.class, "lookup.rq");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final Pattern GEONAMES_ID = Pattern.compile("[1-9][0-9]*");

    private final Sparql sparql;
    private final SiteIris iris;

    public LookupHandler(Sparql sparql, SiteIris iris) {
        this.sparql = sparql;
        this.iris = iris;
    }

    public void handle(Context ctx) {
        Cors.allowReads(ctx);
        String wikidata = ctx.queryParam("wikidata"), geonames = ctx.queryParam("geonames");
        if ((wikidata == null) == (geonames == null)) {
            throw HttpError.badRequest("Give exactly one identifier: /lookup?wikidata=Q1492 or /lookup?geonames=3128760.");
        }
        String target;
        if (wikidata != null) {
            if (!QID.matcher(wikidata.strip()).matches()) throw HttpError.badRequest("Not a Wikidata item identifier: '" + wikidata + "' (expected e.g. Q1492).");
            target = Vocab.WIKIDATA + wikidata.strip();
        } else {
            if (!GEONAMES_ID.matcher(geonames.strip()).matches()) throw HttpError.badRequest("Not a GeoNames identifier: '" + geonames + "' (expected digits, e.g. 3128760).");
            target = Vocab.GEONAMES + geonames.strip() + "/";
        }
        List<String> found = sparql.select(LOOKUP.bind().iri("target", target).literal("base", iris.base()).query())
                .stream().map((Binding b) -> Sparql.string(b, "s")).toList();
        if (found.isEmpty()) throw new HttpError(404, "No resource of this dataset is the same as " + target + ".");
        if (found.size() > 1) {
            throw new HttpError(300, "Several resources match " + target + ":\n" + found.stream().map(s -> "  " + s).collect(Collectors.joining("\n")));
        }
        String iri = found.get(0);
        ctx.status(303).header("Location", iris.href(iri)).header("Link", "<" + iri + ">; rel=\"canonical\"")
                .contentType("text/plain; charset=utf-8").result(target + " is " + iri + "\n");
    }
}
