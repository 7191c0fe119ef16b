package dev.preflight.result;

import org.apiguardian.api.API;

import java.util.Locale;
import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A check's result once its severity is applied: the {@code outcome} of the result document, published as
 * {@code preflight.outcome}, and counted by the gate.
 */
@API(status = STABLE, since = "0.1")
public enum Outcome {
    PASSED, WARNED, FAILED, NOT_APPLICABLE, ERRORED;

    /** The word a suite mistake (an ERRORED check whose error is {@code suite}) is shown as, apart from warehouse failures. */
    public static final String INVALID = "INVALID";

    /** {@return the key of the gate's {@code counts} object, e.g. {@code not_applicable}} */
    public String countKey() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@return the outcome a document names; empty for a missing or unknown word, which readers must tolerate} */
    public static Optional<Outcome> parse(String word) {
        for (Outcome outcome : values()) {
            if (outcome.name().equals(word)) {
                return Optional.of(outcome);
            }
        }
        return Optional.empty();
    }
}
