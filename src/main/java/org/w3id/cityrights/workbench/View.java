package org.w3id.cityrights.workbench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a result is shown in an embed. Charts read the columns by convention: bar and line take the
 * first column as the category (line: the x axis) and draw every numeric column; map takes columns
 * named {@code lat} and {@code long} (decimal degrees, WGS 84) and labels points with the first
 * column; timeline takes the first column whose values are dates or years, labelled by the next text column.
 */
public enum View {
    TABLE, BAR, LINE, MAP, TIMELINE;

    public String key() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<View> byKey(String key) {
        if (key == null) return Optional.empty();
        return Arrays.stream(values()).filter(v -> v.key().equals(key.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String keys() { return String.join(", ", Arrays.stream(values()).map(View::key).toList()); }
}
