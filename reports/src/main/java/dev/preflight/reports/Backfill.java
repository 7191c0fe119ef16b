package dev.preflight.reports;

import dev.preflight.source.ShellArguments;
import dev.preflight.result.CheckOutcome;
import dev.preflight.result.DatasetOutcome;
import dev.preflight.result.DatasetStatus;
import dev.preflight.result.GateResult;
import dev.preflight.result.Outcome;
import dev.preflight.result.SuiteOutcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one blocking table needs before the gate opens: its missing dates as ranges, and the command that prints
 * them for a backfill job. Shown as the summary's "What to backfill" block, so nobody has to hover a heatmap.
 *
 * @param table the table
 * @param missing how many expected dates it lacks (0 when it blocks for another reason)
 * @param ranges the missing dates as runs of consecutive expected dates
 * @param findings what failed besides missing dates, e.g. "null_rate(x) is 12.0% (needs <= 5.0%)"
 * @param command the {@code preflight plan} call that prints the ranges as backfill arguments
 */
public record Backfill(String table, int missing, List<CheckOutcome.MissingRange> ranges, List<String> findings, String command) {

    public Backfill {
        ranges = List.copyOf(ranges);
        findings = List.copyOf(findings);
    }

    /** {@return one block per blocking table, in the gate's order} */
    public static List<Backfill> of(GateResult run) {
        List<Backfill> blocks = new ArrayList<>();
        for (SuiteOutcome suite : run.suites()) {
            for (DatasetOutcome dataset : suite.datasets()) {
                if (dataset.status() != DatasetStatus.BLOCKING) {
                    continue;
                }
                int missing = 0;
                List<CheckOutcome.MissingRange> ranges = new ArrayList<>();
                List<String> findings = new ArrayList<>();
                for (CheckOutcome check : dataset.checks(Outcome.FAILED)) {
                    if (ranges(check).isEmpty()) {
                        findings.add(Verdict.finding(check));
                    } else if (ranges.isEmpty()) {
                        ranges.addAll(ranges(check));
                        missing = check.observedNumber("missing_dates").map(Double::intValue)
                                .orElse(ranges.stream().mapToInt(CheckOutcome.MissingRange::count).sum());
                    }
                }
                blocks.add(new Backfill(dataset.table(), missing, ranges, findings, command(suite, run.dataOptions(), dataset.table())));
            }
        }
        return blocks;
    }

    /**
     * {@return the check's missing ranges; a result written without them (by hand, or by an older gate) gets runs of
     * consecutive days, which is as close as the result alone allows}
     */
    static List<CheckOutcome.MissingRange> ranges(CheckOutcome check) {
        if (!check.missingRanges().isEmpty() || check.missingDates().isEmpty()) {
            return check.missingRanges();
        }
        List<CheckOutcome.MissingRange> ranges = new ArrayList<>();
        List<java.time.LocalDate> dates = check.missingDates().stream().sorted().toList();
        java.time.LocalDate first = dates.get(0);
        java.time.LocalDate last = first;
        for (java.time.LocalDate date : dates.subList(1, dates.size())) {
            if (!date.equals(last.plusDays(1))) {
                ranges.add(new CheckOutcome.MissingRange(first, last, (int) (last.toEpochDay() - first.toEpochDay()) + 1));
                first = date;
            }
            last = date;
        }
        ranges.add(new CheckOutcome.MissingRange(first, last, (int) (last.toEpochDay() - first.toEpochDay()) + 1));
        return ranges;
    }

    /**
     * {@return e.g. "preflight plan --suite suites/x.yaml --warehouse w.duckdb --table t --start-date 2021-10-19 --end-date
     * 2026-01-03"}: the gate's warehouse and parameters included, a suite file as its path, so it runs as pasted
     */
    static String command(SuiteOutcome suite, List<String> dataOptions, String table) {
        String location = suite.file().isBlank() ? "SUITE" : ShellArguments.suite(suite.file());
        return "preflight " + ShellArguments.join(planArguments(location, dataOptions, table, suite.window()));
    }

    /**
     * {@return the arguments of the {@code preflight plan} call that prints a table's missing ranges}: the suite, the
     * run's warehouse and parameters ({@link GateResult#dataOptions()}), the table, and the suite's window
     * ({@code start..end}, left out when empty); the summary and the gate's text both print it
     */
    public static List<String> planArguments(String suite, List<String> dataOptions, String table, String window) {
        List<String> arguments = new ArrayList<>(List.of("plan", "--suite", suite));
        arguments.addAll(dataOptions);
        arguments.addAll(List.of("--table", table));
        String[] dates = window.split("\\.\\.");
        if (dates.length == 2) {
            arguments.addAll(List.of("--start-date", dates[0], "--end-date", dates[1]));
        }
        return arguments;
    }

    /** {@return e.g. "72 dates in 5 ranges"} */
    public String size() {
        return String.format(Locale.ROOT, "%,d %s in %d %s", missing, missing == 1 ? "date" : "dates", ranges.size(),
                ranges.size() == 1 ? "range" : "ranges");
    }

    /** {@return e.g. "2022-04-18 → 2022-04-24 (7 dates)"} */
    public static String range(CheckOutcome.MissingRange range) {
        return range.first().equals(range.last()) ? range.first() + " (1 date)"
                : String.format(Locale.ROOT, "%s → %s (%,d dates)", range.first(), range.last(), range.count());
    }
}
