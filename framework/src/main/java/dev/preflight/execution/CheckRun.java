package dev.preflight.execution;

import dev.preflight.result.Outcome;
import dev.preflight.check.CheckResult;
import dev.preflight.model.Severity;
import dev.preflight.suite.CheckDefinition;

import java.util.Optional;

/**
 * One check's part of its dataset's run: its result and outcome, or the failure that kept it from being judged
 * (its scan, its dependency statement or its query failed).
 */
public record CheckRun(CheckDefinition check, CheckResult result, Outcome outcome, RuntimeException failure) {

    public static CheckRun judged(CheckDefinition check, CheckResult result) {
        return new CheckRun(check, result, outcome(result.status(), check.severity()), null);
    }

    /** {@return the outcome of a check's status once its severity is applied} */
    static Outcome outcome(CheckResult.Status status, Severity severity) {
        switch (status) {
            case PASSED:
                return Outcome.PASSED;
            case NOT_APPLICABLE:
                return Outcome.NOT_APPLICABLE;
            case WARNED:
                // A breach the check itself calls degrading (a non-critical column, an accepted fallback).
                return Outcome.WARNED;
            default:
                return severity == Severity.WARN ? Outcome.WARNED : Outcome.FAILED;
        }
    }

    public static CheckRun failed(CheckDefinition check, RuntimeException failure) {
        return new CheckRun(check, null, Outcome.ERRORED, failure);
    }

    public Optional<RuntimeException> error() {
        return Optional.ofNullable(failure);
    }
}
