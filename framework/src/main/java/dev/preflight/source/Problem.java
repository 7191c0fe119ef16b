package dev.preflight.source;

import java.util.Objects;

/**
 * A mistake in a suite, found while reading it: where it is and what to change.
 *
 * @param location where the mistake is, never {@code null}
 * @param message what is wrong and what to write instead, never {@code null}
 */
public record Problem(SourceLocation location, String message) {

    public Problem {
        Objects.requireNonNull(location, "location must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
