package dev.preflight.execution;

import dev.preflight.check.CheckResult;
import dev.preflight.model.Severity;

/** A check's result once its severity is applied; published as {@code preflight.outcome}. */
public enum Outcome {
    PASSED, WARNED, FAILED, NOT_APPLICABLE, ERRORED;

    public static Outcome of(CheckResult.Status status, Severity severity) {
        switch (status) {
            case PASSED:
                return PASSED;
            case NOT_APPLICABLE:
                return NOT_APPLICABLE;
            case WARNED:
                // A breach the check itself calls degrading (a non-critical column, an accepted fallback).
                return WARNED;
            default:
                return severity == Severity.WARN ? WARNED : FAILED;
        }
    }
}
