package org.w3id.cityrights.derive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One derivation rule: a SPARQL query in {@code src/main/resources/rules/} whose header says what
 * the rule is, why, and what it assigns to each {@code ?commitment} it selects, e.g.
 * {@code # Assigns: cr:practice practice/normative} (a concept) or {@code # Assigns: cr:joiningAct ?value}.
 */
record Rule(String id, String label, String why, String property, String value, String query) {
    private static final Pattern HEADER = Pattern.compile("^#\\s*([A-Za-z ]+):\\s*(.*)$");
    static final String TYPE = "a";

    /** Whether the value comes from the query's {@code ?value} rather than a fixed concept. */
    boolean valueFromQuery() { return "?value".equals(value); }

    /** The rules in the order the build applies them ({@code rules/index.txt}). */
    static List<Rule> all() {
        List<Rule> rules = new ArrayList<>();
        for (String line : read("index.txt").split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) continue;
            rules.add(parse(name, read(name)));
        }
        return rules;
    }

    static Rule parse(String fileName, String text) {
        String label = null, why = null, assigns = null;
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) break;
            Matcher m = HEADER.matcher(line);
            if (!m.matches()) continue;
            switch (m.group(1).strip()) {
                case "Rule" -> label = m.group(2).strip();
                case "Why" -> why = m.group(2).strip();
                case "Assigns" -> assigns = m.group(2).strip();
                default -> { }
            }
        }
        if (label == null || why == null || assigns == null) {
            throw new IllegalStateException("rules/" + fileName + " needs '# Rule:', '# Why:' and '# Assigns:' headers");
        }
        String[] parts = assigns.split("\\s+");
        if (parts.length != 2) throw new IllegalStateException("rules/" + fileName + ": '# Assigns:' is a property and a value");
        String property = parts[0].equals("a") ? TYPE : parts[0].replaceFirst("^cr:", "");
        return new Rule(fileName.replaceFirst("\\.rq$", ""), label, why, property, parts[1], text);
    }

    private static String read(String name) {
        try (InputStream in = Rule.class.getResourceAsStream("/rules/" + name)) {
            if (in == null) throw new IllegalStateException("missing rule file rules/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
