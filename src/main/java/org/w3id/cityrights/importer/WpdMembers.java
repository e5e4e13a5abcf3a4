package org.w3id.cityrights.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The World Politics Datalab ratification files, read with their documented corrections applied:
 * a withdrawn ISO code, a truncated code, a row for a non-member, denunciations given only in notes.
 * Corrections live in {@code corrections.csv} beside the raw files so that they are reviewed data, not code.
 */
final class WpdMembers {
    static final String DIR = "un-core-treaty-ratification-wpd";

    /** One correction: in which file (or * for all) which row, what to do, and why. */
    record Correction(String file, String iso2, String correction, String value, String reason, String source) {
        boolean matches(String f, String code) {
            return (file.equals("*") || file.equals(f)) && (iso2.equals("*") || iso2.equals(code));
        }
    }

    /** A corrected row: the state's current ISO code, its status, year, and any notes on what was done. */
    record Row(String iso2, String member, String status, String year, String note, List<Correction> applied, CsvRow raw) {}

    private final Map<String, String> names;
    private final List<Correction> corrections;

    private WpdMembers(Map<String, String> names, List<Correction> corrections) {
        this.names = names;
        this.corrections = corrections;
    }

    static Path dir(ImportContext ctx) { return ctx.layout().sourcesDir().resolve(DIR); }

    static WpdMembers read(ImportContext ctx) {
        List<Correction> corrections = new ArrayList<>();
        for (CsvRow r : ctx.readCsv(dir(ctx).resolve("corrections.csv"))) {
            corrections.add(new Correction(r.get("file"), r.get("iso2"), r.get("correction"), r.get("value"), r.get("reason"), r.get("source")));
        }
        WpdMembers w = new WpdMembers(new LinkedHashMap<>(), corrections);
        // The CEDAW file lists every UN member state; it defines the member list.
        for (Row row : w.rows(ctx, "hr_status_cedaw.csv")) w.names.put(row.iso2(), row.member());
        return w;
    }

    Map<String, String> names() { return names; }

    List<Correction> corrections() { return corrections; }

    /** The rows of one file with corrections applied; dropped rows are left out. */
    List<Row> rows(ImportContext ctx, String file) {
        Path p = dir(ctx).resolve(file);
        List<Row> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRow r : ctx.readCsv(p)) {
            String iso2 = r.get("iso2"), status = r.get("status"), year = r.get("year ratification or accession");
            String note = r.values().containsKey("note") ? r.get("note") : "";
            List<Correction> applied = new ArrayList<>();
            boolean drop = false;
            for (Correction c : corrections) {
                if (!c.matches(file, iso2)) continue;
                applied.add(c);
                switch (c.correction()) {
                    case "iso2" -> iso2 = c.value();
                    case "status" -> status = c.value();
                    case "drop" -> drop = true;
                    case "year" -> year = "";
                    default -> throw new DataFileException(ctx.display(dir(ctx).resolve("corrections.csv")), 0, "unknown correction '" + c.correction() + "'");
                }
            }
            if (drop) continue;
            if (!iso2.matches("[A-Z]{2}")) throw r.error("iso2: '" + iso2 + "' is not an ISO 3166-1 code and no correction names it");
            if (seen.put(iso2, r.line()) != null) throw r.error("iso2: " + iso2 + " appears twice");
            out.add(new Row(iso2, r.get("member"), status, year, note, applied, r));
        }
        return out;
    }

    Optional<String> flagsConflict(Row row) {
        CsvRow r = row.raw();
        String expected = switch (r.get("status")) {
            case "state party" -> "100";
            case "signatory state" -> "010";
            case "no action" -> "001";
            default -> "";
        };
        String flags = r.get("state party") + r.get("signatory") + r.get("no action");
        if (expected.equals(flags)) return Optional.empty();
        return Optional.of("the row's flags (state party " + r.get("state party") + ", signatory " + r.get("signatory")
                + ", no action " + r.get("no action") + ") do not match its status '" + r.get("status") + "'; the status column is used");
    }
}
