package org.w3id.cityrights.workbench.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.w3id.cityrights.workbench.View;

/** A saved query's file is checked as it is read; a broken one is refused with its name and the reason. */
class CatalogFilesTest {
    static final String HEAD = "#+ summary: s\n#+ description: d\n";

    @Test
    void decorators_give_summary_tags_view_and_typed_parameters() {
        CatalogQuery q = Catalog.read("a-b.rq", HEAD + "#+ tags: [x, y]\n#+ view: bar\n#+ params:\n#+   - name: year\n#+     type: integer\n"
                + "#+     description: a year\n#+     default: 2000\nSELECT * WHERE { BIND (?_year AS ?y) }\n");
        assertEquals("a-b", q.name());
        assertEquals(View.BAR, q.view());
        assertEquals(java.util.List.of("x", "y"), q.tags());
        assertEquals(ParamType.INTEGER, q.params().get(0).type());
        assertEquals("2000", q.params().get(0).defaultValue().orElseThrow());
    }

    @Test
    void a_parameter_variable_without_a_declaration_is_refused() {
        var e = assertThrows(CatalogException.class, () -> Catalog.read("q.rq", HEAD + "SELECT * WHERE { ?s ?p ?_oops }\n"));
        assertTrue(e.getMessage().startsWith("q.rq: ?_oops"), e.getMessage());
    }

    @Test
    void a_declared_parameter_the_query_never_uses_is_refused() {
        var e = assertThrows(CatalogException.class, () -> Catalog.read("q.rq",
                HEAD + "#+ params:\n#+   - name: city\n#+     type: iri\nSELECT * WHERE { ?s ?p ?o }\n"));
        assertTrue(e.getMessage().contains("'city'"), e.getMessage());
    }

    @Test
    void a_default_of_the_wrong_type_is_refused() {
        var e = assertThrows(CatalogException.class, () -> Catalog.read("q.rq",
                HEAD + "#+ params:\n#+   - name: n\n#+     type: integer\n#+     default: many\nSELECT * WHERE { BIND (?_n AS ?x) }\n"));
        assertTrue(e.getMessage().contains("q.rq: default of Parameter 'n'"), e.getMessage());
    }

    @Test
    void a_missing_summary_or_unknown_decorator_is_refused() {
        assertThrows(CatalogException.class, () -> Catalog.read("q.rq", "#+ description: d\nSELECT * WHERE { ?s ?p ?o }\n"));
        assertThrows(CatalogException.class, () -> Catalog.read("q.rq", HEAD + "#+ colour: red\nSELECT * WHERE { ?s ?p ?o }\n"));
        assertThrows(CatalogException.class, () -> Catalog.read("q.rq", HEAD + "#+ view: pie\nSELECT * WHERE { ?s ?p ?o }\n"));
    }

    @Test
    void a_syntax_error_names_the_file() {
        var e = assertThrows(CatalogException.class, () -> Catalog.read("broken.rq", HEAD + "SELECT * WHERE { ?s ?p \n"));
        assertTrue(e.getMessage().startsWith("broken.rq:"), e.getMessage());
    }
}
