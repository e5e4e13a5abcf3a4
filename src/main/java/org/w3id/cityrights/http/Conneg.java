package org.w3id.cityrights.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Content negotiation by the Accept header (RFC 9110, section 12.5.1): each offer gets the quality
 * of the most specific media range that matches it; the best offer with quality above zero wins,
 * and among equals the server's order decides. No Accept header means anything is acceptable.
 */
public final class Conneg {
    private Conneg() {}

    private record Range(String type, String subtype, double q) {
        int specificity() { return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2; }
        boolean matches(String t, String s) {
            return (type.equals("*") || type.equals(t)) && (subtype.equals("*") || subtype.equals(s));
        }
    }

    /** The chosen offer, or empty when the Accept header rules out every offer. */
    public static Optional<String> choose(String accept, List<String> offers) {
        if (accept == null || accept.isBlank()) return offers.stream().findFirst();
        List<Range> ranges = parse(accept);
        if (ranges.isEmpty()) return offers.stream().findFirst();
        String best = null;
        double bestQ = 0;
        for (String offer : offers) {
            String[] ts = offer.toLowerCase(Locale.ROOT).split("/", 2);
            Range match = null;
            for (Range r : ranges) {
                if (r.matches(ts[0], ts[1]) && (match == null || r.specificity() > match.specificity())) match = r;
            }
            if (match != null && match.q() > bestQ) {
                best = offer;
                bestQ = match.q();
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<Range> parse(String accept) {
        List<Range> out = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] pieces = part.trim().split(";", -1);
            String mt = pieces[0].trim().toLowerCase(Locale.ROOT);
            if (mt.equals("*")) mt = "*/*"; // seen from old clients
            String[] ts = mt.split("/", 2);
            if (ts.length != 2 || ts[0].isEmpty() || ts[1].isEmpty()) continue;
            double q = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String[] kv = pieces[i].trim().split("=", 2);
                if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("q")) {
                    try {
                        q = Math.max(0, Math.min(1, Double.parseDouble(kv[1].trim())));
                    } catch (NumberFormatException e) {
                        q = 0; // an unreadable weight must not win
                    }
                }
            }
            out.add(new Range(ts[0], ts[1], q));
        }
        return out;
    }
}
