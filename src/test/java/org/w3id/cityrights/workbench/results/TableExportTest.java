package org.w3id.cityrights.workbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Tables for papers: labels never become LaTeX commands or Markdown markup. */
class TableExportTest {
    static final ResultTable T = new ResultTable(List.of("city", "n"),
            List.of(List.of("100% $x_1$ {a} #b ~c ^d \\e & f", "3"), List.of("a | b *c* <i>", "4")));

    @Test
    void latex_is_a_booktabs_tabular_with_special_characters_escaped() {
        assertEquals("% \\usepackage{booktabs}\n\\begin{tabular}{ll}\n\\toprule\ncity & n \\\\\n\\midrule\n"
                + "100\\% \\$x\\_1\\$ \\{a\\} \\#b \\textasciitilde{}c \\textasciicircum{}d \\textbackslash{}e \\& f & 3 \\\\\n"
                + "a | b *c* <i> & 4 \\\\\n\\bottomrule\n\\end{tabular}\n", TableExport.latex(T));
    }

    @Test
    void markdown_is_a_table_whose_cells_cannot_split_or_become_markup() {
        assertEquals("| city | n |\n| --- | --- |\n"
                + "| 100% $x\\_1$ {a} \\#b ~c ^d \\\\e & f | 3 |\n"
                + "| a \\| b \\*c\\* \\<i\\> | 4 |\n", TableExport.markdown(T));
    }
}
