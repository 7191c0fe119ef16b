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
        String next = downstream(run);
        List<DatasetOutcome> blocking = with(run, DatasetStatus.BLOCKING);
        List<DatasetOutcome> degraded = with(run, DatasetStatus.DEGRADED);
        return switch (run.verdict()) {
            case "OPEN" -> next + " can run: every check passed on " + tables(run.datasets().size()) + ".";
            case "DEGRADED" -> next + " can run; " + tables(degraded.size()) + (degraded.size() == 1 ? " is" : " are")
                    + " below target but only degrade the gate: " + names(degraded) + ".";
            case "CLOSED" -> next + " must not run: " + (blocking.isEmpty()
                    ? "warnings close this strict gate (" + names(degraded) + ")"
                    : blocking.stream().map(Headline::shortfall).collect(Collectors.joining("; "))) + ".";
            case "UNVERIFIED" -> next + " must not run: the gate could not verify "
                    + (with(run, DatasetStatus.UNVERIFIED).isEmpty() ? "the run" : names(with(run, DatasetStatus.UNVERIFIED))) + ".";
            default -> next + " must not run: a suite is invalid, so nothing was verified.";
        };
    }

    /** {@return what the gate guards, e.g. "Phase 4" for suite phase3_for_phase4, else the blocked jobs, else "The next step"} */
    static String downstream(GateResult run) {
        List<String> named = new ArrayList<>();
        for (SuiteOutcome suite : run.suites()) {
            Matcher matcher = FOR.matcher(suite.name());
            if (matcher.matches()) {
                String words = WORD_NUMBER.matcher(matcher.group(1).replace('_', ' ')).replaceAll("$1 $2");
                named.add(words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1));
            }
        }
        if (!named.isEmpty()) {
            return named.stream().distinct().collect(Collectors.joining(", "));
        }
        List<DatasetOutcome> blocking = with(run, DatasetStatus.BLOCKING);
        List<String> jobs = (blocking.isEmpty() ? run.datasets() : blocking).stream().flatMap(d -> d.requiredBy().stream()).distinct().toList();
        return jobs.isEmpty() ? "The next step" : String.join(", ", jobs);
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
