package org.w3id.cityrights.linkeddata.landing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.w3id.cityrights.linkeddata.Markup;
import org.w3id.cityrights.linkeddata.pages.ResourcePage;

/**
 * The example questions of the landing page: competency queries from {@code queries/cq/} (copied onto
 * the classpath by the build), each shown by its "# Question:" header with links that run it.
 */
final class ExampleQuestions {
    record Example(String file, String question, String query) {}

    private ExampleQuestions() {}

    static List<Example> load() {
        List<Example> out = new ArrayList<>();
        for (String file : lines(ExampleQuestions.class.getResourceAsStream("examples.txt"))) {
            if (file.isBlank()) continue;
            String query = String.join("\n", lines(ExampleQuestions.class.getResourceAsStream("/queries/cq/" + file.strip())));
            out.add(new Example(file.strip(), question(query), query));
        }
        return List.copyOf(out);
    }

    /** The "# Question:" header with its indented continuation lines. */
    static String question(String query) {
        StringBuilder q = new StringBuilder();
        boolean in = false;
        for (String line : query.split("\n")) {
            if (!line.startsWith("#")) break;
            String text = line.substring(1);
            if (text.strip().startsWith("Question:")) {
                in = true;
                q.append(text.strip().substring("Question:".length()).strip());
            } else if (in && text.startsWith("  ") && !text.strip().matches("^[A-Za-z ]+:.*")) {
                q.append(' ').append(text.strip());
            } else {
                in = false;
            }
        }
        return q.toString();
    }

    static Markup html(List<Example> examples) {
        List<Markup> out = new ArrayList<>();
        for (Example e : examples) {
            String q = java.net.URLEncoder.encode(e.query(), StandardCharsets.UTF_8);
            out.add(Markup.concat(Markup.raw("<li>"), Markup.text(e.question()), Markup.raw("<br><span class=\"note\">"),
                    Markup.text(e.file() + ": "), Markup.link("/sparql?query=" + q + "&format=csv", "run (CSV)"), Markup.raw(" · "),
                    Markup.link("/sparql?query=" + q + "&format=json", "run (JSON)"), Markup.raw(" · "),
                    Markup.link(ResourcePage.editorLink(e.query()), "open in the query editor"), Markup.raw("</span></li>")));
        }
        return Markup.join(out, "\n");
    }

    private static List<String> lines(InputStream in) {
        if (in == null) throw new IllegalStateException("an example query is not on the classpath (the build copies queries/cq/*.rq)");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
