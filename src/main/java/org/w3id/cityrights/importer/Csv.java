package org.w3id.cityrights.importer;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 4180 reader that remembers the line each record starts on, so that every problem
 * can be reported as {@code file:line}. Values are kept verbatim; "NA" stays "NA" (Namibia).
 */
public final class Csv {
    private Csv() {}

    /** Reads a CSV file whose first record is the header. */
    public static List<CsvRow> read(Path file, String displayName) { return read(file, displayName, ','); }

    /** Reads a delimited file (comma, tab, semicolon) whose first record is the header. */
    public static List<CsvRow> read(Path file, String displayName, char delimiter) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new DataFileException(displayName, 0, "not valid UTF-8");
        } catch (IOException e) {
            throw new DataFileException(displayName, 0, "cannot read: " + e.getMessage());
        }
        return readText(text, displayName, delimiter);
    }

    /** Parses delimited text already in memory; {@code displayName} names it in errors. */
    public static List<CsvRow> readText(String text, String displayName, char delimiter) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<Record> records = parse(text, displayName, delimiter);
        if (records.isEmpty()) throw new DataFileException(displayName, 1, "empty file: a header row is required");
        List<String> header = records.get(0).values;
        for (String h : header) {
            if (h.isBlank()) throw new DataFileException(displayName, 1, "empty column name in header");
        }
        List<CsvRow> rows = new ArrayList<>();
        for (Record r : records.subList(1, records.size())) {
            if (r.values.size() == 1 && r.values.get(0).isEmpty()) continue; // blank line
            if (r.values.size() != header.size()) {
                throw new DataFileException(displayName, r.line,
                        "expected " + header.size() + " fields (" + String.join(",", header) + ") but found " + r.values.size());
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) m.put(header.get(i), r.values.get(i));
            rows.add(new CsvRow(displayName, r.line, m));
        }
        return rows;
    }

    private record Record(int line, List<String> values) {}

    private static List<Record> parse(String text, String file, char delimiter) {
        List<Record> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int line = 1, recordLine = 1, quoteLine = 0;
        boolean inQuotes = false, fieldWasQuoted = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') { cur.append('"'); i++; }
                    else inQuotes = false;
                } else {
                    if (c == '\n') line++;
                    cur.append(c);
                }
                continue;
            }
            if (c == delimiter) { fields.add(cur.toString()); cur.setLength(0); fieldWasQuoted = false; continue; }
            switch (c) {
                case '"' -> {
                    if (cur.length() > 0 || fieldWasQuoted) {
                        throw new DataFileException(file, line, "a quote inside an unquoted field (quote the whole field and double inner quotes)");
                    }
                    inQuotes = true; fieldWasQuoted = true; quoteLine = line;
                }
                case '\r' -> { /* CRLF: the \n ends the record */ }
                case '\n' -> {
                    fields.add(cur.toString()); cur.setLength(0); fieldWasQuoted = false;
                    out.add(new Record(recordLine, List.copyOf(fields))); fields.clear();
                    line++; recordLine = line;
                }
                default -> {
                    if (fieldWasQuoted) throw new DataFileException(file, line, "text after a closing quote");
                    cur.append(c);
                }
            }
        }
        if (inQuotes) throw new DataFileException(file, quoteLine, "a quoted field is never closed");
        if (cur.length() > 0 || !fields.isEmpty() || fieldWasQuoted) {
            fields.add(cur.toString());
            out.add(new Record(recordLine, List.copyOf(fields)));
        }
        return out;
    }

    /** Splits a multi-valued cell on " | ", dropping empty parts. */
    public static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        if (cell == null) return out;
        for (String part : cell.split("\\s*\\|\\s*")) {
            String t = part.strip();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

}
