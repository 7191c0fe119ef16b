package dev.preflight.model;

import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The words a suite gives its overall verdict, e.g. READY / DEGRADED / NOT READY for ML training readiness: the
 * verdict is {@code failed} when any check failed or could not be verified, {@code warned} when any was WARNED,
 * and {@code passed} otherwise.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record VerdictLabels(String passed, String warned, String failed) {

    public VerdictLabels {
        Objects.requireNonNull(passed, "passed must not be null");
        Objects.requireNonNull(warned, "warned must not be null");
        Objects.requireNonNull(failed, "failed must not be null");
    }
}
