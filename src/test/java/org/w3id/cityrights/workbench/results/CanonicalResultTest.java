package org.w3id.cityrights.workbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;
import org.w3id.cityrights.store.QueryOutcome;

/** The canonical form behind a citation's hash: independent of row order, exact about every term. */
class CanonicalResultTest {
    static final Var A = Var.alloc("a"), B = Var.alloc("b");

    static Binding row(Node a, Node b) {
        var builder = Binding.builder();
        if (a != null) builder.add(A, a);
        if (b != null) builder.add(B, b);
        return builder.build();
    }

    static QueryOutcome rows(Binding... rows) { return new QueryOutcome.Rows(List.of(A, B), List.of(rows)); }

    @Test
    void the_form_is_a_header_then_sorted_ntriples_style_rows() {
        QueryOutcome o = rows(
                row(NodeFactory.createLiteralString("z\"q\\\n\t"), NodeFactory.createLiteralDT("3", XSDDatatype.XSDinteger)),
                row(NodeFactory.createURI("https://example.org/x"), NodeFactory.createLiteralLang("Gwangju", "en")),
                row(NodeFactory.createBlankNode(), null));
        assertEquals("a\tb\n"
                + "\"z\\\"q\\\\\\n\\t\"\t\"3\"^^<http://www.w3.org/2001/XMLSchema#integer>\n"
                + "<https://example.org/x>\t\"Gwangju\"@en\n"
                + "_:\t\n", CanonicalResult.text(o));
    }

    @Test
    void row_order_does_not_change_the_hash_but_a_changed_value_does() {
        Binding r1 = row(NodeFactory.createLiteralString("Seoul"), null);
        Binding r2 = row(NodeFactory.createLiteralString("Rosario"), null);
        assertEquals(CanonicalResult.sha256(rows(r1, r2)), CanonicalResult.sha256(rows(r2, r1)));
        assertNotEquals(CanonicalResult.sha256(rows(r1, r2)), CanonicalResult.sha256(rows(r1, row(NodeFactory.createLiteralString("Rosario "), null))));
    }

    @Test
    void the_hash_is_the_sha256_of_the_utf8_text() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", CanonicalResult.sha256(""));
        assertEquals("true\n", CanonicalResult.text(new QueryOutcome.Bool(true)));
    }

    @Test
    void unbound_is_not_the_empty_string() {
        assertNotEquals(CanonicalResult.sha256(rows(row(null, null))), CanonicalResult.sha256(rows(row(NodeFactory.createLiteralString(""), null))));
    }
}
