package org.w3id.cityrights.linkeddata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML template kept as a resource, with {@code {{name}}} slots. Slots take markup that the caller
 * has built with {@link Markup}, where every string from data or request is escaped; a slot left
 * unfilled is an error rather than a page with a hole in it.
 */
public final class Template {
    private static final Pattern SLOT = Pattern.compile("\\{\\{([a-zA-Z]+)}}");
    private final String name;
    private final String text;

    private Template(String name, String text) {
        this.name = name;
        this.text = text;
    }

    public static Template of(Class<?> owner, String fileName) {
        try (InputStream in = owner.getResourceAsStream(fileName)) {
            if (in == null) throw new IllegalStateException("template not on the classpath: " + owner.getPackageName() + "/" + fileName);
            return new Template(fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String render(Map<String, Markup> slots) {
        Matcher m = SLOT.matcher(text);
        StringBuilder out = new StringBuilder(text.length() * 2);
        while (m.find()) {
            Markup value = slots.get(m.group(1));
            if (value == null) throw new IllegalStateException("template " + name + ": no value for {{" + m.group(1) + "}}");
            m.appendReplacement(out, Matcher.quoteReplacement(value.html()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
