package org.w3id.cityrights.limits;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpService;

/**
 * SERVICE makes the server fetch from another endpoint on a client's behalf. It is refused unless
 * every endpoint a query names is on the configured allow-list (and a variable endpoint never is).
 */
public final class ServicePolicy {
    private final Set<String> allowed;

    public ServicePolicy(List<String> allowList) { this.allowed = Set.copyOf(allowList); }

    /** True when the query uses SERVICE at all (and passed the check); the engine must then permit it. */
    public boolean check(Query query) {
        List<String> endpoints = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        Op op = Algebra.compile(query);
        OpWalker.walk(op, new OpVisitorBase() {
            @Override public void visit(OpService s) {
                if (!s.getService().isURI()) {
                    refused.add(s.getService().toString() + " (a variable endpoint)");
                } else {
                    endpoints.add(s.getService().getURI());
                    if (!allowed.contains(s.getService().getURI())) refused.add("<" + s.getService().getURI() + ">");
                }
            }
        });
        if (!refused.isEmpty()) throw new RefusedException(refused, allowed);
        return !endpoints.isEmpty();
    }

    /** The query asks for an endpoint that is not allowed. */
    public static final class RefusedException extends RuntimeException {
        public RefusedException(List<String> refused, Set<String> allowed) {
            super("SERVICE is not allowed here: it would make this server fetch data from " + String.join(", ", refused)
                    + " on your behalf. " + (allowed.isEmpty()
                            ? "This endpoint allows no SERVICE calls; run federated queries from your own client."
                            : "Allowed endpoints: " + String.join(", ", allowed) + "."));
        }
    }
}
