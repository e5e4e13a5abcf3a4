package org.w3id.cityrights.build;

/** A build or validation that cannot complete because of its inputs (exit code 1). */
public class BuildException extends RuntimeException {
    public BuildException(String message) { super(message); }
    public BuildException(String message, Throwable cause) { super(message, cause); }
}
