package dev.preflight.reports;

import dev.preflight.result.Outcome;

import dev.preflight.result.DatasetStatus;

import dev.preflight.result.GateResult;
import dev.preflight.result.DatasetOutcome;
import dev.preflight.result.SuiteOutcome;

import dev.preflight.result.CheckOutcome;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The summary's first line: READY, DEGRADED or BLOCKED, and one sentence of why, for people who read nothing else.
 *
 * @param word READY, DEGRADED or BLOCKED
 * @param why one sentence
 */
public record Verdict(String word, String why) {

    public static final String READY = "READY";
    public static final String DEGRADED = "DEGRADED";
    public static final String BLOCKED = "BLOCKED";

    /** Maps the gate's verdict (which also tells suite errors and unverifiable runs apart) to three words. */
    public static Verdict of(GateResult run) {
        List<DatasetOutcome> blocking = withStatus(run, DatasetStatus.BLOCKING);
        List<DatasetOutcome> degraded = withStatus(run, DatasetStatus.DEGRADED);
        List<DatasetOutcome> unverified = withStatus(run, DatasetStatus.UNVERIFIED);
        int tables = run.datasets().size();
        String window = run.suites().stream().map(SuiteOutcome::window).filter(w -> !w.isEmpty()).distinct()
                .collect(Collectors.joining(", "));
        switch (run.verdict()) {
            case "OPEN":
                return new Verdict(READY, "Every check passed on all " + tables + " tables" + (window.isEmpty() ? "" : " for " + window) + ".");
            case "DEGRADED":
                return new Verdict(DEGRADED, degraded(degraded));
            case "CLOSED": {
                if (blocking.isEmpty()) {
                    return new Verdict(BLOCKED, "Warnings close this strict gate: " + describe(degraded, Outcome.WARNED) + ".");
                }
                String needs = blocking.stream().flatMap(d -> d.requiredBy().stream()).distinct().collect(Collectors.joining(", "));
                return new Verdict(BLOCKED, describe(blocking, Outcome.FAILED)
                        + (needs.isEmpty() ? "" : ", so " + needs + " must not run until it is backfilled")
                        + (degraded.isEmpty() ? "" : "; " + count(degraded.size(), "more table is", "more tables are") + " degraded") + ".");
            }
            case "UNVERIFIED":
                return new Verdict(BLOCKED, "The gate could not verify " + (unverified.isEmpty() ? "the run"
                        : unverified.stream().map(DatasetOutcome::table).collect(Collectors.joining(", ")))
                        + " (the warehouse did not answer), so it fails closed.");
            default: {
                String problem = run.suites().stream().flatMap(s -> s.problems().stream()).findFirst()
                        .orElse(run.datasets().isEmpty() ? "no check ran" : "a check names something the warehouse lacks");
                return new Verdict(BLOCKED, "Nothing was verified because a suite is invalid: " + problem + ".");
            }
        }
    }

    /**
     * e.g. "The gate is open: 7 warnings on 3 tables, 2 of them accepted with a fallback (synthetic context); each is
     * listed below." The findings themselves follow in the summary's list, so the paragraph only counts them.
     */
    private static String degraded(List<DatasetOutcome> degraded) {
        List<CheckOutcome> warned = degraded.stream().flatMap(d -> d.checks(Outcome.WARNED).stream()).toList();
        List<String> fallbacks = warned.stream().filter(c -> !c.fallback().isBlank()).map(CheckOutcome::fallback).distinct().toList();
        long withFallback = warned.stream().filter(c -> !c.fallback().isBlank()).count();
        return "The gate is open: " + count(warned.size(), "warning", "warnings") + " on " + count(degraded.size(), "table", "tables")
                + (withFallback == 0 ? "" : ", " + (withFallback == warned.size() && warned.size() == 1 ? "accepted" : withFallback + " of them accepted")
                        + " with a fallback (" + String.join(", ", fallbacks) + ")")
                + "; " + (warned.size() == 1 ? "it is" : "each is") + " listed below.";
    }

    /** e.g. "nba_analytics.t covers 776 of 848 expected dates (91.5%, needs >= 95.0%)". */
    static String describe(List<DatasetOutcome> datasets, Outcome outcome) {
        return datasets.stream().map(d -> d.table() + " " + d.checks(outcome).stream()
                        .map(Verdict::finding).collect(Collectors.joining(" and ")))
                .collect(Collectors.joining("; "));
    }

    /** {@return what a check found, in a few words} */
    static String finding(CheckOutcome check) {
        String needs = check.expected().isEmpty() ? "" : ", needs " + check.expected();
        if (check.type().equals("coverage") && check.observedNumber("expected_dates").isPresent()) {
            return String.format(Locale.ROOT, "covers %,d of %,d expected dates (%s%s)", check.observedNumber("covered_dates").orElse(0.0).longValue(),
                    check.observedNumber("expected_dates").get().longValue(), check.actual(), needs)
                    + (check.fallback().isBlank() ? "" : ", fallback: " + check.fallback());
        }
        return check.check() + " is " + check.actual() + (needs.isEmpty() ? "" : " (" + needs.substring(2) + ")")
                + (check.fallback().isBlank() ? "" : ", fallback: " + check.fallback());
    }

    private static List<DatasetOutcome> withStatus(GateResult run, DatasetStatus status) {
        return run.datasets().stream().filter(d -> d.status() == status).toList();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
