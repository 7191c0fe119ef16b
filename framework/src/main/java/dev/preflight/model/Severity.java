package dev.preflight.model;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/** How a failed check counts at the gate. */
@API(status = MAINTAINED, since = "0.1")
public enum Severity {
    /** A failure blocks the gate. */
    ERROR,
    /** A failure degrades the gate but lets it open (unless the gate is strict). */
    WARN;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
