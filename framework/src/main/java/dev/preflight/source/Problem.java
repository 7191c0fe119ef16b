package dev.preflight.source;

import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A mistake in a suite, found while reading it: where it is and what to change.
 *
 * @param location where the mistake is, never {@code null}
 * @param message what is wrong and what to write instead, never {@code null}
 */
@API(status = STABLE, since = "0.1")
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
