package org.w3id.cityrights.workbench.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.w3id.cityrights.http.HttpError;

/**
 * Binds request values to a saved query's parameters. Each value becomes a typed RDF term that
 * replaces the parameter's variable in the parsed query (syntax substitution), so no value is ever
 * spliced into query text.
 */
public final class Binder {
    /** Request parameters that choose the answer's form rather than bind the query. */
    public static final Set<String> RESERVED = Set.of("format", "view");

    private Binder() {}

    public static Query bind(CatalogQuery q, Map<String, List<String>> request) {
        for (String key : request.keySet()) {
            if (!RESERVED.contains(key) && q.param(key).isEmpty()) {
                throw HttpError.badRequest("Unknown parameter '" + key + "' for " + q.name() + ". Its parameters: "
                        + (q.params().isEmpty() ? "none" : String.join(", ", q.params().stream().map(Parameter::name).toList())) + ".");
            }
        }
        Map<Var, Node> values = new HashMap<>();
        for (Parameter p : q.params()) {
            List<String> given = request.getOrDefault(p.name(), List.of());
            if (given.size() > 1) throw HttpError.badRequest("Parameter '" + p.name() + "' is given " + given.size() + " times; give it once.");
            var value = given.isEmpty() ? p.defaultValue() : java.util.Optional.of(given.get(0));
            value.ifPresent(v -> values.put(p.variable(), p.type().toNode(p.name(), v)));
        }
        if (values.isEmpty()) return q.query().cloneQuery();
        return QueryTransformOps.replaceVars(QueryTransformOps.transform(q.query(), new ElementTransformCopyBase(), new BoundIsTrue(values)), values);
    }

    /**
     * {@code BOUND(?_x)} of a parameter that gets a value becomes {@code true}: after substitution it
     * would read {@code BOUND(1997)}, which no SPARQL parser accepts when the bound query is shown or saved.
     */
    private static final class BoundIsTrue extends ExprTransformCopy {
        private final Map<Var, Node> values;

        BoundIsTrue(Map<Var, Node> values) { this.values = values; }

        @Override
        public Expr transform(ExprFunction1 func, Expr arg) {
            if (func instanceof E_Bound && arg instanceof ExprVar v && values.containsKey(v.asVar())) return NodeValue.TRUE;
            return super.transform(func, arg);
        }
    }

    /** The values a request binds (given or default), for display and links. */
    public static Map<String, String> effectiveValues(CatalogQuery q, Map<String, List<String>> request) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Parameter p : q.params()) {
            List<String> given = request.getOrDefault(p.name(), List.of());
            if (!given.isEmpty()) out.put(p.name(), given.get(0));
            else p.defaultValue().ifPresent(d -> out.put(p.name(), d));
        }
        return out;
    }
}
