package dev.preflight.runner.pipeline;

import java.time.Instant;
import java.util.List;

/**
 * A closed pre-flight gate run past with {@code --skip-preflight --reason}: who, when, why, and what was failing.
 *
 * @param gate the gate's id in the run record
 * @param user the operating-system user ({@code user.name})
 * @param time when the gate was run past
 * @param reason the {@code --reason} given
 * @param failingChecks the checks that closed the gate
 */
public record GateOverride(String gate, String user, Instant time, String reason, List<String> failingChecks) {

    public GateOverride {
        failingChecks = List.copyOf(failingChecks);
    }
}
