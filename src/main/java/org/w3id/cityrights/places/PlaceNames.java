package org.w3id.cityrights.places;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How names of places are compared and turned into identifiers. Sources spell the same place with
 * and without accents, hyphens or spaces ("Saarbrücken", "Saarbrucken"; "Molenbeek-Saint-Jean");
 * comparison ignores all of that, and an identifier keeps only ASCII letters and digits.
 */
public final class PlaceNames {
    private PlaceNames() {}

    /** A key under which spellings of one name meet: lower case, no accents, letters and digits only. */
    public static String key(String name) {
        return ascii(name).replaceAll("[^a-z0-9]", "");
    }

    /** A slug for a published identifier, e.g. "l'Alfàs del Pi" → "l-alfas-del-pi". */
    public static String slug(String name) {
        return ascii(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** Whether two first-level divisions, as different sources name them, can be the same ("Asturias", "Principado de Asturias"). */
    public static boolean sameArea(String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank()) return true;
        String x = key(a), y = key(b);
        return x.contains(y) || y.contains(x);
    }

    private static String ascii(String name) {
        String folded = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder b = new StringBuilder(folded.length());
        for (char c : folded.toLowerCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case 'ß' -> b.append("ss");
                case 'ø' -> b.append('o');
                case 'æ' -> b.append("ae");
                case 'œ' -> b.append("oe");
                case 'ł' -> b.append('l');
                case 'đ', 'ð' -> b.append('d');
                case 'ı' -> b.append('i');
                case 'þ' -> b.append("th");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
