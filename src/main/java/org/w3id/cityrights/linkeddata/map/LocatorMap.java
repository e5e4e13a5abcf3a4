package org.w3id.cityrights.linkeddata.map;

import java.util.Locale;

import org.w3id.cityrights.http.Html;

/**
 * A small map around one point as inline SVG: the countries of the {@link WorldAtlas} in an
 * equirectangular view centred on the point (longitudes shrunk by the cosine of its latitude, so
 * shapes look right at the centre) and a marker. Points outside the frame are pulled onto a margin
 * just beyond it, which keeps the fill correct and the SVG small.
 */
public final class LocatorMap {
    static final int WIDTH = 480, HEIGHT = 300, MARGIN = 8;
    /** Degrees of latitude the frame spans. */
    static final double LAT_SPAN = 16;

    private final WorldAtlas atlas;

    public LocatorMap(WorldAtlas atlas) { this.atlas = atlas; }

    /** The SVG element; {@code title} names the place for screen readers and is escaped. */
    public String svg(double lat, double lon, String title) {
        double k = HEIGHT / LAT_SPAN;
        double kx = k * Math.max(Math.cos(Math.toRadians(lat)), 0.2);
        double halfLon = WIDTH / 2.0 / kx, halfLat = HEIGHT / 2.0 / k;
        StringBuilder d = new StringBuilder(8192);
        for (WorldAtlas.Ring r : atlas.rings()) {
            if (!r.intersects(lon - halfLon, lat - halfLat, lon + halfLon, lat + halfLat)) continue;
            double[] p = r.lonLat();
            int lastX = Integer.MIN_VALUE, lastY = Integer.MIN_VALUE, drawn = 0;
            for (int i = 0; i < p.length; i += 2) {
                // Whole pixels are enough at this size, and consecutive points on the same pixel are dropped.
                int x = clamp(WIDTH / 2.0 + (p[i] - lon) * kx, WIDTH);
                int y = clamp(HEIGHT / 2.0 - (p[i + 1] - lat) * k, HEIGHT);
                if (x == lastX && y == lastY) continue;
                d.append(drawn == 0 ? 'M' : 'L').append(x).append(' ').append(y);
                lastX = x;
                lastY = y;
                drawn++;
            }
            if (drawn > 2) d.append('Z');
            else if (drawn > 0) d.setLength(d.lastIndexOf("M"));
        }
        String cx = fmt(WIDTH / 2.0), cy = fmt(HEIGHT / 2.0);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" role=\"img\" aria-label=\""
                + Html.escape(title) + "\"><title>" + Html.escape(title) + "</title>"
                + "<path d=\"" + d + "\" fill=\"#f4f1ea\" stroke=\"#8a8a8a\" stroke-width=\"0.6\" stroke-linejoin=\"round\"/>"
                + "<circle cx=\"" + cx + "\" cy=\"" + cy + "\" r=\"6\" fill=\"#c0392b\" stroke=\"#fff\" stroke-width=\"2\"/></svg>";
    }

    private static int clamp(double v, int size) { return (int) Math.round(Math.max(-MARGIN, Math.min(size + MARGIN, v))); }

    private static String fmt(double v) { return String.format(Locale.ROOT, "%.1f", v); }
}
