package dev.preflight.suite;

import dev.preflight.check.CheckSpec;
import dev.preflight.source.SourceLocation;

import org.apiguardian.api.API;

import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * What a pipeline does when a check fails, and the weaker condition under which that is acceptable: the seed's
 * "≥ 50% OR synthetic fallback confirmed". A check that fails its own threshold but meets {@code alternative} is
 * WARNED with {@code note}, whatever its severity; one that misses both keeps its severity's outcome.
 *
 * @param note what the fallback is, e.g. {@code synthetic context}; shown with every failure and in the result
 * @param alternative the check's own type re-read with the fallback's thresholds, or {@code null} when the fallback
 *        only explains a warning
 * @param location where {@code fallback:} is written
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Fallback(String note, CheckSpec alternative, SourceLocation location) {

    public Fallback {
        Objects.requireNonNull(note, "note must not be null");
    }

    public Optional<CheckSpec> alternativeSpec() {
        return Optional.ofNullable(alternative);
    }
}
