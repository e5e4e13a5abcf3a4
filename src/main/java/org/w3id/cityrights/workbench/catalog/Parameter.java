package org.w3id.cityrights.workbench.catalog;

import java.util.Optional;

import org.apache.jena.sparql.core.Var;

/**
 * A parameter of a saved query. It binds the variable {@code ?_name}; a parameter without a default
 * that a request leaves out keeps its variable unbound, which the query reads as "any".
 */
public record Parameter(String name, ParamType type, Optional<String> defaultValue, String description) {

    public Var variable() { return Var.alloc("_" + name); }
}
