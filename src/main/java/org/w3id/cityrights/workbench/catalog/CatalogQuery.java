package org.w3id.cityrights.workbench.catalog;

import java.util.List;
import java.util.Optional;

import org.apache.jena.query.Query;
import org.w3id.cityrights.workbench.View;

/** A saved query of the catalogue: its file's text, its parsed form, and what its decorators say. */
public record CatalogQuery(String name, String summary, String description, List<String> tags, View view,
                           List<Parameter> params, String text, Query query) {

    public Optional<Parameter> param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public boolean isGraphQuery() { return query.isConstructType() || query.isDescribeType(); }
}
