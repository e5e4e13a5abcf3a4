package org.w3id.cityrights.cache;

import java.util.regex.Pattern;

/**
 * Most answers depend only on the query and the data; a query that calls NOW(), RAND(), UUID(),
 * STRUUID() or BNODE() gets a different answer on every run and is never cached nor tagged. The check
 * reads the normalised query text and errs on the safe side: the same word inside a string literal
 * also makes a query uncacheable, which costs a little speed and never a wrong answer.
 */
public final class Determinism {
    private static final Pattern VOLATILE = Pattern.compile("(?i)\\b(now|rand|random|uuid|struuid|bnode|systemtime)>?\\s*\\(");

    private Determinism() {}

    public static boolean isDeterministic(String normalisedQuery) { return !VOLATILE.matcher(normalisedQuery).find(); }
}
