package org.w3id.cityrights.linkeddata.pages;

import java.util.List;
import java.util.Optional;

/** A reading by another source that differs from what the node records, with that source. */
public record Disagreement(String iri, Optional<String> property, String value, List<String> sources, String note) {}
