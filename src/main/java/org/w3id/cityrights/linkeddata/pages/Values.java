package org.w3id.cityrights.linkeddata.pages;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cityrights.linkeddata.Markup;
import org.w3id.cityrights.linkeddata.SiteIris;

/** How one value shows on a page: a resource as a link with its name, a literal as text with its language or datatype. */
public final class Values {
    private final SiteIris iris;
    private final TermLabels terms;

    public Values(SiteIris iris, TermLabels terms) {
        this.iris = iris;
        this.terms = terms;
    }

    public Markup of(Node property, Node value, Graph g) {
        if (value.isURI()) return resource(property, value, g);
        if (value.isLiteral()) return literal(value);
        return Markup.text(value.toString());
    }

    /** A link to a resource: to our own page for our IRIs, to the IRI itself elsewhere. */
    public Markup resource(Node property, Node value, Graph g) {
        String iri = value.getURI();
        String name;
        if (RDF.type.asNode().equals(property) || terms.isKnown(iri)) name = Names.label(g, value).orElse(terms.of(iri));
        else name = Names.label(g, value).orElse(iri);
        Markup link = Markup.link(iris.href(iri), name);
        if (!iris.isOurs(iri) && !name.equals(iri)) {
            return link.append(Markup.raw(" <span class=\"note\">")).append(Markup.text(iri)).append(Markup.raw("</span>"));
        }
        return link;
    }

    public Markup literal(Node value) {
        Markup text = Markup.text(value.getLiteralLexicalForm());
        String lang = value.getLiteralLanguage();
        if (!lang.isEmpty()) return text.append(Markup.raw(" <span class=\"lang\">@")).append(Markup.text(lang)).append(Markup.raw("</span>"));
        String dt = value.getLiteralDatatypeURI();
        if (dt == null || dt.equals(XSDDatatype.XSDstring.getURI())) return text;
        return text.append(Markup.raw(" <span class=\"datatype\">")).append(Markup.text(TermLabels.localName(dt))).append(Markup.raw("</span>"));
    }
}
