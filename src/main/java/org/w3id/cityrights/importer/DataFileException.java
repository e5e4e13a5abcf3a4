package org.w3id.cityrights.importer;

/** A problem in one input file, located by file and line (line 0 when the whole file is at fault). */
public class DataFileException extends RuntimeException {
    private final String file;
    private final int line;
    private final String reason;

    public DataFileException(String file, int line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() { return file; }
    public int line() { return line; }
    public String reason() { return reason; }
}
