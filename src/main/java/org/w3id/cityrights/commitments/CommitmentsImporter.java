package org.w3id.cityrights.commitments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.w3id.cityrights.importer.CsvRow;
import org.w3id.cityrights.importer.DataFileException;
import org.w3id.cityrights.importer.ImportContext;
import org.w3id.cityrights.importer.Importer;
import org.w3id.cityrights.importer.InstrumentsImporter;
import org.w3id.cityrights.places.GazetteerIndex;
import org.w3id.cityrights.places.KnownPlaces;
import org.w3id.cityrights.places.PlaceCrosswalk;
import org.w3id.cityrights.places.PlaceResolver;

/**
 * The one import path for commitments in tables: the member lists of city networks and the
 * curators' filled-in templates. Every row is checked the same way (known network and country code,
 * dates that exist, a source, a status) and its place resolved the same way; a bad row is skipped
 * and reported with its file, line and reason, and the rest imports.
 */
public final class CommitmentsImporter implements Importer {
    private final InstrumentsImporter instruments;
    private final NetworksImporter networks;

    public CommitmentsImporter(InstrumentsImporter instruments, NetworksImporter networks) {
        this.instruments = instruments;
        this.networks = networks;
    }

    @Override public String name() { return "commitments"; }

    @Override
    public void run(ImportContext ctx) {
        Model m = ctx.newModel();
        Resource activity = ctx.activity(m, name(),
                "Network memberships from the member lists of city networks and commitments from curators' templates, with their localities resolved through the gazetteer.");
        GazetteerIndex gazetteer = new GazetteerIndex(ctx, ctx.layout().sourcesDir()
                .resolve("natural-earth-populated-places/ne_10m_populated_places_min.csv"));
        PlaceResolver places = new PlaceResolver(ctx, m, activity, gazetteer, new PlaceCrosswalk(ctx),
                KnownPlaces.fromCurated(ctx.published("localities"), ctx.ids().idBase()));
        NetworkRows networkRows = new NetworkRows(ctx, networks, new StatusWordings(ctx), places);
        TemplateRows templateRows = new TemplateRows(ctx, places, instruments);

        List<MembershipRecord> memberships = new ArrayList<>();
        for (Path f : CommitmentSources.networkFiles(ctx.layout())) {
            ctx.eachRow(rows(ctx, f, CommitmentSources.NETWORK_COLUMNS), row -> accept(ctx, row, networkRows.read(row), memberships));
        }
        for (Path f : CommitmentSources.templateFiles(ctx.layout())) {
            ctx.eachRow(rows(ctx, f, TemplateRows.COLUMNS), row -> {
                if (templateRows.isMembership(row)) accept(ctx, row, templateRows.membership(row), memberships);
                else notices(ctx, row, templateRows.instrument(m, activity, row));
            });
        }
        new MembershipWriter(ctx, m, activity, networks).write(memberships);
        ctx.publish(name(), m);
    }

    private static void accept(ImportContext ctx, CsvRow row, NetworkRows.Read read, List<MembershipRecord> memberships) {
        memberships.add(read.record());
        ctx.onSkip(() -> memberships.remove(read.record()));
        notices(ctx, row, read.place());
    }

    /** Called last for a row, so that a skipped row leaves no notice behind. */
    private static void notices(ImportContext ctx, CsvRow row, PlaceResolver.Resolution place) {
        for (String n : place.notices()) ctx.report().notice(row.file(), row.line(), n);
    }

    /** The rows of a file whose header has every column this import reads; a file that cannot be read stops the build. */
    private static List<CsvRow> rows(ImportContext ctx, Path file, List<String> columns) {
        try {
            List<CsvRow> rows = ctx.readCsv(file);
            String shown = ctx.display(file);
            List<String> header = rows.isEmpty() ? columns : List.copyOf(rows.get(0).values().keySet());
            List<String> missing = columns.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) throw new DataFileException(shown, 1, "missing column(s) " + String.join(", ", missing) + " in the header");
            return rows;
        } catch (DataFileException e) {
            ctx.problems().add(e);
            return List.of();
        }
    }
}
