package org.w3id.cityrights.linkeddata.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The country shapes of Natural Earth (1:50m) from the {@code world-atlas} package, which the build
 * installs with npm and puts on the classpath: decoded once from TopoJSON into rings of longitude and
 * latitude, so that maps are drawn on the server and no tile server is needed at run time.
 */
public final class WorldAtlas {
    static final String RESOURCE = "/web/vendor/world-atlas/countries-50m.json";

    /** A closed ring of points, {@code lon0, lat0, lon1, lat1, ...}, with its bounding box. */
    public record Ring(double[] lonLat, double minLon, double minLat, double maxLon, double maxLat) {
        boolean intersects(double west, double south, double east, double north) {
            return maxLon >= west && minLon <= east && maxLat >= south && minLat <= north;
        }
    }

    private final List<Ring> rings;

    private WorldAtlas(List<Ring> rings) { this.rings = rings; }

    public List<Ring> rings() { return rings; }

    public static WorldAtlas load() {
        try (InputStream in = WorldAtlas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is not on the classpath: the build installs it (npm ci in web/)");
            return decode(JSON.parse(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WorldAtlas decode(JsonObject topology) {
        JsonObject transform = topology.get("transform").getAsObject();
        double sx = num(transform.get("scale").getAsArray().get(0)), sy = num(transform.get("scale").getAsArray().get(1));
        double tx = num(transform.get("translate").getAsArray().get(0)), ty = num(transform.get("translate").getAsArray().get(1));
        List<double[]> arcs = new ArrayList<>();
        for (JsonValue arc : topology.get("arcs").getAsArray()) {
            JsonArray pts = arc.getAsArray();
            double[] out = new double[pts.size() * 2];
            long x = 0, y = 0;
            for (int i = 0; i < pts.size(); i++) {
                JsonArray p = pts.get(i).getAsArray();
                x += (long) num(p.get(0));
                y += (long) num(p.get(1));
                out[2 * i] = x * sx + tx;
                out[2 * i + 1] = y * sy + ty;
            }
            arcs.add(out);
        }
        List<Ring> rings = new ArrayList<>();
        for (JsonValue geometry : topology.get("objects").getAsObject().get("countries").getAsObject().get("geometries").getAsArray()) {
            JsonObject g = geometry.getAsObject();
            String type = g.get("type").getAsString().value();
            if (type.equals("Polygon")) polygon(g.get("arcs").getAsArray(), arcs, rings);
            else if (type.equals("MultiPolygon")) for (JsonValue poly : g.get("arcs").getAsArray()) polygon(poly.getAsArray(), arcs, rings);
        }
        return new WorldAtlas(List.copyOf(rings));
    }

    private static void polygon(JsonArray ringsOfArcs, List<double[]> arcs, List<Ring> out) {
        for (JsonValue ringArcs : ringsOfArcs) out.add(ring(ringArcs.getAsArray(), arcs));
    }

    /** Joins the arcs of a ring; a negative index {@code ~i} means arc i reversed, and joints are not repeated. */
    private static Ring ring(JsonArray arcIndexes, List<double[]> arcs) {
        List<Double> pts = new ArrayList<>();
        for (JsonValue v : arcIndexes) {
            int i = (int) num(v);
            double[] arc = arcs.get(i >= 0 ? i : ~i);
            int n = arc.length / 2;
            for (int k = 0; k < n; k++) {
                int j = i >= 0 ? k : n - 1 - k;
                if (k == 0 && !pts.isEmpty()) continue;
                pts.add(arc[2 * j]);
                pts.add(arc[2 * j + 1]);
            }
        }
        double[] lonLat = new double[pts.size()];
        double minLon = 180, minLat = 90, maxLon = -180, maxLat = -90;
        for (int k = 0; k < lonLat.length; k += 2) {
            lonLat[k] = pts.get(k);
            lonLat[k + 1] = pts.get(k + 1);
            minLon = Math.min(minLon, lonLat[k]);
            maxLon = Math.max(maxLon, lonLat[k]);
            minLat = Math.min(minLat, lonLat[k + 1]);
            maxLat = Math.max(maxLat, lonLat[k + 1]);
        }
        return new Ring(lonLat, minLon, minLat, maxLon, maxLat);
    }

    private static double num(JsonValue v) { return v.getAsNumber().value().doubleValue(); }
}
