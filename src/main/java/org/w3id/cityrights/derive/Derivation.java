package org.w3id.cityrights.derive;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cityrights.vocab.CR;
import org.w3id.cityrights.vocab.Ids;
import org.w3id.cityrights.vocab.Vocab;

/**
 * Applies the derivation rules to the imported data: which measures and memberships are
 * commitments, what a membership implies (its joining act, the treaties its network relates to),
 * and the evidence and practice level of every commitment. Every value it derives is traced: an
 * assessment node per commitment names the rules applied, the build activity and what it was
 * derived from; each rule is published with its query.
 */
public final class Derivation {
    private static final Var COMMITMENT = Var.alloc("commitment");
    private static final Var VALUE = Var.alloc("value");
    private static final Var SOURCE = Var.alloc("source");

    private final Ids ids;
    private final List<Rule> rules;

    public Derivation(Ids ids) { this(ids, Rule.all()); }

    Derivation(Ids ids, List<Rule> rules) {
        this.ids = ids;
        this.rules = rules;
    }

    /**
     * What the rules derive from {@code data}, which must hold the materialised inferences (the rules
     * ask for {@code a cr:LocalInstrument}, as a query against the store does).
     */
    public Graph derive(Graph data) {
        Model out = ModelFactory.createDefaultModel();
        out.setNsPrefixes(Vocab.prefixes());
        Resource activity = out.createResource(ids.idBase() + "activity/derive-commitments")
                .addProperty(RDF.type, Vocab.provActivity)
                .addProperty(RDFS.label, "derivation of commitments, their evidence and practice levels, and what memberships imply", "en")
                .addProperty(RDFS.comment, "Applies the rules published as cr:DerivationRule, in their order, to the imported data.", "en");
        // A plain in-memory copy answers the rules' path queries far faster than a union over named graphs.
        Graph copy = GraphFactory.createDefaultGraph();
        data.find().forEachRemaining(copy::add);
        for (Rule rule : rules) apply(rule, copy, out, activity);
        return out.getGraph();
    }

    private void apply(Rule rule, Graph data, Model out, Resource activity) {
        String text = rebased(rule.query());
        Resource ruleNode = out.createResource(ids.idBase() + "rule/" + rule.id())
                .addProperty(RDF.type, CR.DerivationRule)
                .addProperty(RDFS.label, rule.label(), "en")
                .addProperty(RDFS.comment, rule.why(), "en")
                .addProperty(CR.ruleQuery, text);
        activity.addProperty(Vocab.provUsed, ruleNode);
        Query q = QueryFactory.create(text);
        Property property = rule.property().equals(Rule.TYPE) ? RDF.type : out.createProperty(CR.NAMESPACE + rule.property());
        boolean exclusive = property.equals(CR.evidenceLevel);
        try (var exec = QueryExec.graph(new Union(data, out.getGraph())).query(q).build()) {
            RowSet rows = exec.select();
            List<Binding> all = rows.materialize().stream().toList();
            for (Binding b : all) {
                Node c = b.get(COMMITMENT);
                if (c == null || !c.isURI()) continue;
                Resource commitment = out.createResource(c.getURI());
                if (exclusive && commitment.hasProperty(property)) continue;
                RDFNode value = value(rule, b, out);
                if (value == null || commitment.hasProperty(property, value)) continue;
                commitment.addProperty(property, value);
                Resource assessment = assessment(out, commitment, activity);
                assessment.addProperty(CR.appliedRule, ruleNode);
                Node source = b.get(SOURCE);
                if (source != null && source.isURI()) assessment.addProperty(Vocab.provWasDerivedFrom, out.createResource(source.getURI()));
            }
        }
    }

    private RDFNode value(Rule rule, Binding b, Model out) {
        if (rule.property().equals(Rule.TYPE)) return CR.term(rule.value().replaceFirst("^cr:", "")).inModel(out);
        if (rule.valueFromQuery()) {
            Node v = b.get(VALUE);
            return v == null ? null : out.asRDFNode(v);
        }
        return out.createResource(ids.idBase() + rule.value());
    }

    /** The one assessment node of a commitment: …/id/assessment/{kind}-{slug} for …/id/{kind}/{slug}. */
    private Resource assessment(Model out, Resource commitment, Resource activity) {
        String iri = commitment.getURI();
        String local = iri.startsWith(ids.idBase()) ? iri.substring(ids.idBase().length()).replace('/', '-') : Integer.toHexString(iri.hashCode());
        Resource a = out.createResource(ids.idBase() + "assessment/" + local);
        if (!a.hasProperty(RDF.type)) {
            a.addProperty(RDF.type, CR.CommitmentAssessment)
             .addProperty(RDFS.label, "assessment of " + local, "en")
             .addProperty(CR.assesses, commitment)
             .addProperty(Vocab.provWasGeneratedBy, activity)
             .addProperty(Vocab.provWasDerivedFrom, commitment);
        }
        return a;
    }

    /** Rules name the canonical identifiers; a mirror publishes under its own base. */
    private String rebased(String text) {
        return text.replace(Ids.CANONICAL_BASE + "id/", ids.idBase());
    }
}
