package org.w3id.cityrights.coverage;

import java.util.ArrayList;
import java.util.List;

/** The coverage report as plain text for a terminal: each table with aligned columns. */
public final class CoverageText {
    private static final int MAX_WIDTH = 60;

    private CoverageText() {}

    public static String render(String datasetVersion, List<CoverageTable> tables) {
        StringBuilder b = new StringBuilder();
        b.append("cityrights coverage report, dataset version ").append(datasetVersion).append('\n');
        for (CoverageTable t : tables) {
            b.append('\n').append(t.title()).append('\n').append("-".repeat(t.title().length())).append('\n');
            if (!t.explanation().isEmpty()) b.append(t.explanation()).append("\n\n");
            if (t.rows().isEmpty()) {
                b.append("(none)\n");
                continue;
            }
            List<List<String>> all = new ArrayList<>();
            all.add(t.columns());
            t.rows().forEach(r -> all.add(r.stream().map(CoverageText::clip).toList()));
            int[] width = new int[t.columns().size()];
            for (List<String> r : all) for (int i = 0; i < width.length; i++) width[i] = Math.max(width[i], r.get(i).length());
            for (List<String> r : all) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < width.length; i++) {
                    if (i > 0) line.append("  ");
                    line.append(r.get(i)).append(" ".repeat(width[i] - r.get(i).length()));
                }
                b.append(line.toString().stripTrailing()).append('\n');
            }
        }
        return b.toString();
    }

    private static String clip(String s) {
        return s.length() <= MAX_WIDTH ? s : s.substring(0, MAX_WIDTH - 1) + "…";
    }
}
