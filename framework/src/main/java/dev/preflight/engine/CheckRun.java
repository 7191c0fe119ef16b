package dev.preflight.engine;

import dev.preflight.check.CheckResult;
import dev.preflight.model.CheckDefinition;

import java.util.Optional;

/**
 * One check's part of its dataset's run: its result and outcome, or the failure that kept it from being judged
 * (its scan, its dependency statement or its query failed).
 */
record CheckRun(CheckDefinition check, CheckResult result, Outcome outcome, RuntimeException failure) {

    static CheckRun judged(CheckDefinition check, CheckResult result) {
        return new CheckRun(check, result, Outcome.of(result.status(), check.severity()), null);
    }

    static CheckRun failed(CheckDefinition check, RuntimeException failure) {
        return new CheckRun(check, null, Outcome.ERRORED, failure);
    }

    Optional<RuntimeException> error() {
        return Optional.ofNullable(failure);
    }
}
