package org.w3id.cityrights.linkeddata.pages;

import java.util.List;

/** The resources that link to a page's resource through one property: the first ones by name, and how many in all. */
public record Inbound(String property, long total, List<Linked> first) {
    public record Linked(String iri, String name) {}
}
