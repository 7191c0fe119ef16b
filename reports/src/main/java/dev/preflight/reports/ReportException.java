package dev.preflight.reports;

/** A report input or output that cannot be used as given: the message says what and how to fix it (exit code 2). */
public final class ReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
