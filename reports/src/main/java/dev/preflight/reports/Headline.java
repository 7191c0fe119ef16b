package dev.preflight.reports;

import dev.preflight.result.CheckOutcome;
import dev.preflight.result.DatasetOutcome;
import dev.preflight.result.DatasetStatus;
import dev.preflight.result.GateResult;
import dev.preflight.result.Outcome;
import dev.preflight.result.SuiteOutcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The summary's first sentence, in words a stakeholder uses: what may run next and, when it may not, which table is
 * short by how much, e.g. "Phase 4 must not run: team_defense_game_summary is missing 72 dates in 5 ranges."
 * Tables are named by their dataset id (the table without its schema), the detail stays in {@link Verdict#why()}.
 */
public final class Headline {

    /** {@code phase3_for_phase4}: the suite gates what comes after {@code _for_}. */
    private static final Pattern FOR = Pattern.compile(".+_for_(.+)");
    private static final Pattern WORD_NUMBER = Pattern.compile("([A-Za-z])(\\d)");

    private Headline() {
    }

    public static String of(GateResult run) {
        List<DatasetOutcome> blocking = with(run, DatasetStatus.BLOCKING);
        List<DatasetOutcome> degraded = with(run, DatasetStatus.DEGRADED);
        List<SuiteOutcome> stopping = stopping(run);
        Optional<String> guarded = guarded(stopping);
        String next = guarded.orElse("The next step");
        // A suite that guards no job by name (ml_training_readiness) says what it found in its own verdict's words.
        String stop = guarded.isPresent() ? next + " must not run" : labelled(stopping).orElse(next + " must not run");
        return switch (run.verdict()) {
            case "OPEN" -> next + " can run: every check passed on " + tables(run.datasets().size()) + ".";
            case "DEGRADED" -> next + " can run; " + tables(degraded.size()) + (degraded.size() == 1 ? " is" : " are")
                    + " below target but only degrade the gate: " + names(degraded) + ".";
            case "CLOSED" -> stop + ": " + (blocking.isEmpty()
                    ? "warnings close this strict gate (" + names(degraded) + ")"
                    : blocking.stream().map(Headline::shortfall).collect(Collectors.joining("; "))) + ".";
            case "UNVERIFIED" -> stop + ": the gate could not verify "
                    + (with(run, DatasetStatus.UNVERIFIED).isEmpty() ? "the run" : names(with(run, DatasetStatus.UNVERIFIED))) + ".";
            default -> stop + ": a suite is invalid, so nothing was verified.";
        };
    }

    /**
     * {@return what the suites that stop the gate ({@link #stopping}) guard}: "Phase 4" for suite phase3_for_phase4,
     * else the jobs that need their blocking tables; only suites holding a blocking (else an unverified) table count,
     * so a night's training-readiness failure is not blamed on the Phase 3 suite beside it
     */
    private static Optional<String> guarded(List<SuiteOutcome> suites) {
        List<String> named = new ArrayList<>();
        for (SuiteOutcome suite : suites) {
            Matcher matcher = FOR.matcher(suite.name());
            if (matcher.matches()) {
                String words = WORD_NUMBER.matcher(matcher.group(1).replace('_', ' ')).replaceAll("$1 $2");
                named.add(words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1));
            }
        }
        if (!named.isEmpty()) {
            return Optional.of(named.stream().distinct().collect(Collectors.joining(", ")));
        }
        List<DatasetOutcome> datasets = suites.stream().flatMap(s -> s.datasets().stream()).toList();
        List<DatasetOutcome> blocking = datasets.stream().filter(d -> d.status() == DatasetStatus.BLOCKING).toList();
        List<String> jobs = (blocking.isEmpty() ? datasets : blocking).stream().flatMap(d -> d.requiredBy().stream()).distinct().toList();
        return jobs.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", jobs));
    }

    /** {@return e.g. "ml_training_readiness is NOT READY": the stopping suites that have a verdict of their own} */
    private static Optional<String> labelled(List<SuiteOutcome> stopping) {
        List<String> labelled = stopping.stream().filter(s -> !s.verdict().isEmpty())
                .map(s -> s.name() + " is " + s.verdict()).toList();
        return labelled.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", labelled));
    }

    /** {@return the suites holding a blocking table, else those holding an unverified one, else every suite} */
    private static List<SuiteOutcome> stopping(GateResult run) {
        for (DatasetStatus status : List.of(DatasetStatus.BLOCKING, DatasetStatus.UNVERIFIED)) {
            List<SuiteOutcome> holding = run.suites().stream()
                    .filter(suite -> suite.datasets().stream().anyMatch(d -> d.status() == status)).toList();
            if (!holding.isEmpty()) {
                return holding;
            }
        }
        return run.suites();
    }

    /** {@return e.g. "team_defense_game_summary is missing 72 dates in 5 ranges"} */
    static String shortfall(DatasetOutcome dataset) {
        List<String> what = new ArrayList<>();
        for (CheckOutcome check : dataset.checks(Outcome.FAILED)) {
            List<CheckOutcome.MissingRange> ranges = Backfill.ranges(check);
            long missing = check.observedNumber("missing_dates").map(Double::longValue).orElse((long) check.missingDates().size());
            what.add(missing > 0 && !ranges.isEmpty()
                    ? String.format(Locale.ROOT, "is missing %,d %s in %d %s", missing, missing == 1 ? "date" : "dates", ranges.size(),
                            ranges.size() == 1 ? "range" : "ranges")
                    : "fails " + check.check() + " (" + check.actual() + (check.expected().isEmpty() ? "" : ", needs " + check.expected()) + ")");
        }
        return dataset.id() + " " + String.join(" and ", what);
    }

    private static List<DatasetOutcome> with(GateResult run, DatasetStatus status) {
        return run.datasets().stream().filter(d -> d.status() == status).toList();
    }

    private static String names(List<DatasetOutcome> datasets) {
        return datasets.stream().map(DatasetOutcome::id).collect(Collectors.joining(", "));
    }

    private static String tables(int n) {
        return n + (n == 1 ? " table" : " tables");
    }
}
