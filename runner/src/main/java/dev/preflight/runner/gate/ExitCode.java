package dev.preflight.runner.gate;

/**
 * The gate's exit-code contract (docs/exit-codes.md). When several apply, the highest wins: 3 > 2 > 1 > 0, so a
 * run that could not verify something never reports success.
 */
public enum ExitCode {
    /** The gate is open: every error-severity check passed (warnings allowed unless strict). */
    OPEN(0),
    /** The gate is closed: an error-severity check failed (or a warning, when strict). */
    CLOSED(1),
    /** A usage or suite error: bad flag, bad date, missing or invalid suite. */
    USAGE(2),
    /** Could not verify: warehouse unreachable, permission denied, query error, timeout. */
    UNVERIFIED(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** {@return the more severe of the two} */
    public ExitCode worst(ExitCode other) {
        return other.code > code ? other : this;
    }
}
