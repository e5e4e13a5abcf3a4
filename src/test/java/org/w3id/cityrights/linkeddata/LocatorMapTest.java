package org.w3id.cityrights.linkeddata;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.w3id.cityrights.linkeddata.map.LocatorMap;
import org.w3id.cityrights.linkeddata.map.WorldAtlas;

/** The map is drawn from the world atlas installed at build time, with no request to any tile server. */
class LocatorMapTest {
    static final WorldAtlas ATLAS = WorldAtlas.load();

    @Test void the_atlas_from_the_npm_package_decodes_into_country_rings() {
        assertTrue(ATLAS.rings().size() > 200, "countries and islands: " + ATLAS.rings().size());
    }

    @Test void a_map_around_graz_draws_land_and_a_marker_and_escapes_its_title() {
        String svg = new LocatorMap(ATLAS).svg(47.07, 15.41, "Graz <b>");
        assertTrue(svg.startsWith("<svg"));
        assertTrue(svg.matches("(?s).*<path d=\"M-?\\d+ -?\\d+L.*"), "country outlines");
        assertTrue(svg.contains("<circle cx=\"240.0\" cy=\"150.0\""), "the marker in the centre");
        assertTrue(svg.contains("Graz &lt;b&gt;"));
        assertFalse(svg.contains("http://") && svg.replace("http://www.w3.org/2000/svg", "").contains("http://"), "no external resource");
    }

    @Test void a_map_in_the_open_ocean_has_no_land() {
        String svg = new LocatorMap(ATLAS).svg(-40, -130, "Pacific");
        assertTrue(svg.contains("<path d=\"\""), "nothing to draw: " + svg.substring(0, Math.min(300, svg.length())));
    }
}
