package dev.preflight.execution;

import dev.preflight.check.CheckResult;
import dev.preflight.suite.CheckDefinition;

import java.util.Optional;

/**
 * One check's part of its dataset's run: its result and outcome, or the failure that kept it from being judged
 * (its scan, its dependency statement or its query failed).
 */
public record CheckRun(CheckDefinition check, CheckResult result, Outcome outcome, RuntimeException failure) {

    public static CheckRun judged(CheckDefinition check, CheckResult result) {
        return new CheckRun(check, result, Outcome.of(result.status(), check.severity()), null);
    }

    public static CheckRun failed(CheckDefinition check, RuntimeException failure) {
        return new CheckRun(check, null, Outcome.ERRORED, failure);
    }

    public Optional<RuntimeException> error() {
        return Optional.ofNullable(failure);
    }
}
