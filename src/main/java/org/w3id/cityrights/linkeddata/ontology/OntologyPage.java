package org.w3id.cityrights.linkeddata.ontology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cityrights.linkeddata.Markup;
import org.w3id.cityrights.linkeddata.RdfSyntax;
import org.w3id.cityrights.linkeddata.SiteIris;
import org.w3id.cityrights.linkeddata.Sparql;
import org.w3id.cityrights.linkeddata.Template;
import org.w3id.cityrights.vocab.CR;

/**
 * The ontology's documentation, generated from the ontology graph: its metadata, then every class and
 * property at its own anchor ({@code /ontology#Ordinance}) with comment, examples, hierarchy, domains,
 * ranges and the properties that apply to each class.
 */
final class OntologyPage {
    private static final Template PAGE = Template.of(OntologyPage.class, "ontology.html");
    private static final Node VANN_PREFIX = org.apache.jena.graph.NodeFactory.createURI("http://purl.org/vocab/vann/preferredNamespacePrefix");

    private final OntologyModel m;
    private final SiteIris iris;
    private final List<Binding> schemes;

    OntologyPage(OntologyModel m, SiteIris iris, List<Binding> schemes) {
        this.m = m;
        this.iris = iris;
        this.schemes = schemes;
    }

    Markup render(String path) {
        Node ont = m.ontology();
        List<Markup> formats = new ArrayList<>();
        for (RdfSyntax s : RdfSyntax.values()) formats.add(Markup.link(path + "." + s.extension(), s.displayName()));
        String versionIri = m.objects(ont, OWL.versionIRI.asNode()).stream().filter(Node::isURI).map(Node::getURI).findFirst().orElse(CR.ONTOLOGY);
        return Markup.raw(PAGE.render(Map.ofEntries(
                Map.entry("title", Markup.text(m.literal(ont, DCTerms.title.asNode()).orElse("cityrights ontology"))),
                Map.entry("iri", Markup.text(CR.ONTOLOGY)),
                Map.entry("versionIri", Markup.link(iris.href(versionIri), versionIri)),
                Map.entry("version", Markup.text(m.literal(ont, OWL.versionInfo.asNode()).orElse(""))),
                Map.entry("prefix", Markup.text(m.literal(ont, VANN_PREFIX).orElse(CR.PREFIX))),
                Map.entry("namespace", Markup.text(CR.NAMESPACE)),
                Map.entry("dates", Markup.text(m.literal(ont, DCTerms.issued.asNode()).orElse("") + ", " + m.literal(ont, DCTerms.modified.asNode()).orElse(""))),
                Map.entry("license", links(m.objects(ont, DCTerms.license.asNode()))),
                Map.entry("formats", Markup.join(formats, ", ")),
                Map.entry("description", Markup.text(m.literal(ont, DCTerms.description.asNode()).orElse(""))),
                Map.entry("contents", contents()),
                Map.entry("schemes", schemes()),
                Map.entry("classes", Markup.join(m.classes().stream().map(this::classSection).toList(), "\n")),
                Map.entry("objectProperties", Markup.join(m.objectProperties().stream().map(this::propertySection).toList(), "\n")),
                Map.entry("datatypeProperties", Markup.join(m.datatypeProperties().stream().map(this::propertySection).toList(), "\n")))));
    }

    private Markup contents() {
        List<Markup> parts = new ArrayList<>();
        for (Object[] group : new Object[][] {{"Classes", m.classes()}, {"Object properties", m.objectProperties()}, {"Datatype properties", m.datatypeProperties()}}) {
            @SuppressWarnings("unchecked") List<Node> terms = (List<Node>) group[1];
            List<Markup> links = new ArrayList<>();
            for (Node t : terms) links.add(Markup.link("#" + local(t), local(t)));
            parts.add(Markup.concat(Markup.raw("<p><strong>"), Markup.text((String) group[0]), Markup.raw(":</strong> "), Markup.join(links, ", "), Markup.raw("</p>")));
        }
        return Markup.join(parts, "\n");
    }

    private Markup schemes() {
        if (schemes.isEmpty()) return Markup.EMPTY;
        List<Markup> items = new ArrayList<>();
        for (Binding row : schemes) {
            items.add(Markup.element("li", "", Markup.concat(Markup.link(iris.href(Sparql.string(row, "scheme")), Sparql.string(row, "label")),
                    Markup.text(" (" + Sparql.number(row, "concepts") + " concepts)"))));
        }
        return Markup.concat(Markup.raw("<h2 id=\"schemes\">Concept schemes</h2><p>Values of properties such as adoption status, right or target group are SKOS concepts of these schemes:</p><ul>"),
                Markup.join(items, ""), Markup.raw("</ul>"));
    }

    private Markup classSection(Node c) {
        List<Markup> rows = new ArrayList<>();
        rows.add(row("Subclass of", links(m.objects(c, RDFS.subClassOf.asNode()))));
        rows.add(row("Subclasses", links(m.subjects(RDFS.subClassOf.asNode(), c))));
        rows.add(row("Properties with this domain", links(m.subjects(RDFS.domain.asNode(), c))));
        rows.add(row("Properties with this range", links(m.subjects(RDFS.range.asNode(), c))));
        rows.add(row("Examples", examples(c)));
        return section(c, "class", rows);
    }

    private Markup propertySection(Node p) {
        List<Markup> rows = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (Node t : m.objects(p, RDF.type.asNode())) if (t.isURI()) kinds.add("owl:" + t.getLocalName());
        rows.add(row("Kind", Markup.text(String.join(", ", kinds))));
        rows.add(row("Domain", links(m.objects(p, RDFS.domain.asNode()))));
        rows.add(row("Range", links(m.objects(p, RDFS.range.asNode()))));
        rows.add(row("Subproperty of", links(m.objects(p, RDFS.subPropertyOf.asNode()))));
        rows.add(row("Subproperties", links(m.subjects(RDFS.subPropertyOf.asNode(), p))));
        List<Node> inverse = new ArrayList<>(m.objects(p, OWL.inverseOf.asNode()));
        inverse.addAll(m.subjects(OWL.inverseOf.asNode(), p));
        rows.add(row("Inverse", links(inverse)));
        rows.add(row("Examples", examples(p)));
        return section(p, "property", rows);
    }

    private Markup section(Node t, String kind, List<Markup> rows) {
        return Markup.concat(Markup.raw("<section class=\"term\" id=\""), Markup.text(local(t)), Markup.raw("\"><h3>"), Markup.text(m.label(t)),
                Markup.raw(" <span class=\"note\">"), Markup.text(kind + " " + CR.PREFIX + ":" + local(t)), Markup.raw("</span></h3><p class=\"iri\">"),
                Markup.text(t.getURI()), Markup.raw("</p><p>"), Markup.text(m.comment(t)), Markup.raw("</p><table class=\"facts\"><tbody>"),
                Markup.join(rows, ""), Markup.raw("</tbody></table></section>"));
    }

    private static Markup row(String name, Markup value) {
        if (value.isEmpty()) return Markup.EMPTY;
        return Markup.concat(Markup.raw("<tr><th scope=\"row\">"), Markup.text(name), Markup.raw("</th><td>"), value, Markup.raw("</td></tr>"));
    }

    /** Examples are written as {@code …/id/city/graz}: shown as links to the example on this server. */
    private Markup examples(Node t) {
        List<Markup> out = new ArrayList<>();
        for (Node e : m.objects(t, OntologyModel.SKOS_EXAMPLE)) {
            if (!e.isLiteral()) continue;
            String text = e.getLiteralLexicalForm();
            java.util.regex.Matcher x = java.util.regex.Pattern.compile("^…/(id/[a-z0-9-]+/[a-z0-9-]+)(.*)$").matcher(text);
            out.add(x.matches() ? Markup.concat(Markup.link("/" + x.group(1), iris.published(x.group(1))), Markup.text(x.group(2))) : Markup.text(text));
        }
        return Markup.join(out, "<br>");
    }

    private Markup links(List<Node> nodes) {
        List<Markup> out = new ArrayList<>();
        for (Node n : nodes) {
            if (!n.isURI()) continue;
            if (m.isOurs(n)) out.add(Markup.link("#" + local(n), CR.PREFIX + ":" + local(n)));
            else out.add(Markup.link(n.getURI(), n.getURI()));
        }
        return Markup.join(out, ", ");
    }

    private static String local(Node n) { return n.getURI().substring(n.getURI().lastIndexOf('#') + 1); }
}
