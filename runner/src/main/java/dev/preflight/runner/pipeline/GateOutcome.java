package dev.preflight.runner.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One gate's run in a pipeline.
 *
 * @param id the gate's id in the run record, e.g. {@code pipeline.preflight.1} or {@code job_a.postflight.1}
 * @param suite the suite as run (placeholders expanded, a relative path resolved)
 * @param started when it started
 * @param ended when it ended
 * @param exitCode the gate's code: 0 open, 1 closed, 2 usage or suite error, 3 could not verify
 * @param verdict OPEN, DEGRADED, CLOSED, INVALID or UNVERIFIED
 * @param failingChecks one line per failed or errored check, and each suite problem
 * @param directory where its gate.json and allure-results are, for {@code preflight report --dir}
 * @param override the override that ran past it, when one did
 */
public record GateOutcome(String id, String suite, Instant started, Instant ended, int exitCode, String verdict,
                          List<String> failingChecks, Path directory, Optional<GateOverride> override) {

    public GateOutcome {
        failingChecks = List.copyOf(failingChecks);
    }

    /** {@return whether what it guards may run: the gate opened, or a closed gate was overridden} */
    public boolean passable() {
        return exitCode == 0 || override.isPresent();
    }
}
