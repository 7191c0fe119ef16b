package dev.preflight.model;

/** How a failed check counts at the gate. */
public enum Severity {
    /** A failure blocks the gate. */
    ERROR,
    /** A failure degrades the gate but lets it open (unless the gate is strict). */
    WARN;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
