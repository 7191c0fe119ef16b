package dev.preflight.runner.gate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.result.CheckOutcome;
import dev.preflight.result.DatasetOutcome;
import dev.preflight.result.DatasetStatus;
import dev.preflight.result.Outcome;
import dev.preflight.result.SuiteOutcome;
import dev.preflight.reports.Backfill;
import dev.preflight.source.ShellArguments;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The gate's report for people: per dataset, covered/expected dates, percent, missing count, status and what needs
 * the table (the seed's pre-flight table), then one line of verdict.
 */
public final class TextSummary {

    /** Ranges a blocking table's line lists before it says how many more there are. */
    static final int RANGES_SHOWN = 4;
    private static final String MISSING_DUCKDB = "DuckDB database ";

    private final boolean verbose;
    private final boolean strict;

    public TextSummary(boolean verbose, boolean strict) {
        this.verbose = verbose;
        this.strict = strict;
    }

    public void print(RunResult result, PrintWriter out) {
        // An invalid suite's problems arrive twice, as discovery warnings and under its suite: print them once,
        // under the suite. A warning whose suite a --tag filtered out is printed as a warning.
        Set<String> shown = result.suites().stream().flatMap(s -> s.problems().stream()).collect(Collectors.toSet());
        for (String warning : result.warnings()) {
            if (!shown.contains(warning)) {
                out.println("! " + warning);
            }
        }
        Map<String, Long> shared = sharedErrors(result);
        for (SuiteOutcome suite : result.suites()) {
            out.println();
            out.println("Suite " + suite.name() + (suite.window().isEmpty() ? "" : " · window " + suite.window())
                    + (suite.verdict().isEmpty() ? "" : " · " + suite.verdict()));
            for (String problem : suite.problems()) {
                out.println("  ✗ " + problem);
            }
            if (!suite.datasets().isEmpty()) {
                table(suite, shared, out);
            }
        }
        // One cause (a missing warehouse file) errors every check alike: say it once, with what to do.
        shared.forEach((message, checks) -> {
            out.println("? " + checks + " checks could not be verified: " + message);
            if (message.startsWith(MISSING_DUCKDB) && message.endsWith("does not exist")) {
                out.println("  Name the database with --warehouse PATH; after ./preflight demo it is --warehouse preflight-demo/nba.duckdb");
            }
        });
        for (String problem : result.unverified()) {
            out.println("? " + problem);
        }
        next(result, out);
        out.println();
        out.println(verdict(result));
        out.flush();
    }

    /** {@return the messages more than one errored check gave, with how many gave each} */
    private static Map<String, Long> sharedErrors(RunResult result) {
        Map<String, Long> counts = result.suites().stream().flatMap(s -> s.datasets().stream()).flatMap(d -> d.checks().stream())
                .filter(c -> c.is(Outcome.ERRORED)).collect(Collectors.groupingBy(CheckOutcome::message, LinkedHashMap::new, Collectors.counting()));
        counts.values().removeIf(n -> n < 2);
        return counts;
    }

    /** For every blocking table with missing dates, the command that prints its backfill ranges. */
    private void next(RunResult result, PrintWriter out) {
        boolean first = true;
        for (SuiteOutcome suite : result.suites()) {
            for (DatasetOutcome dataset : suite.datasets()) {
                if (dataset.status() != DatasetStatus.BLOCKING || dataset.checks(Outcome.FAILED).stream().allMatch(c -> c.missingRanges().isEmpty())) {
                    continue;
                }
                if (first) {
                    out.println();
                    out.println("Next: the backfill ranges of each blocking table, one per line:");
                    first = false;
                }
                // The run's warehouse and parameters, so the command reads the same data when pasted.
                out.println("  ./preflight " + ShellArguments.join(
                        Backfill.planArguments(suiteArgument(suite.file()), result.dataOptions(), dataset.table(), suite.window())));
            }
        }
    }

    /** {@return the suite as --suite takes it: a file: URI as a path (relative when under the working directory)} */
    static String suiteArgument(String uri) {
        String location = ShellArguments.suite(uri);
        if (location.equals(uri)) {
            return uri;
        }
        Path file = Path.of(location);
        Path here = Path.of("").toAbsolutePath();
        return (file.startsWith(here) ? here.relativize(file) : file).toString();
    }

    private void table(SuiteOutcome suite, Map<String, Long> shared, PrintWriter out) {
        int width = Math.max(5, suite.datasets().stream().mapToInt(d -> d.table().length()).max().orElse(5));
        String format = "  %-" + width + "s  %13s  %7s  %7s  %-13s %s";
        // A column nobody's suite fills says nothing; rows end at their last text, without padding.
        boolean requiredBy = suite.datasets().stream().anyMatch(d -> !d.requiredBy().isEmpty());
        out.println(String.format(Locale.ROOT, format, "Table", "Covered", "%", "Missing", "Status", requiredBy ? "Required by" : "").stripTrailing());
        for (DatasetOutcome dataset : suite.datasets()) {
            String covered = "-";
            String percent = "-";
            String missing = "-";
            CheckOutcome coverage = dataset.coverage().orElse(null);
            if (coverage != null) {
                JsonNode observed = coverage.observed();
                covered = observed.path("covered_dates").asText() + "/" + observed.path("expected_dates").asText();
                percent = String.format(Locale.ROOT, "%.1f%%", observed.path("coverage_percent").asDouble());
                missing = observed.path("missing_dates").asText();
            }
            out.println(String.format(Locale.ROOT, format, dataset.table(), covered, percent, missing, dataset.status().label(),
                    String.join(", ", dataset.requiredBy())).stripTrailing());
            for (CheckOutcome check : dataset.checks()) {
                boolean coverageRow = check == coverage;
                if (check.is(Outcome.ERRORED) && shared.containsKey(check.message())) {
                    continue;
                }
                if (verbose || !check.is(Outcome.PASSED) && !coverageRow) {
                    out.println("      " + mark(check) + " " + check.check() + (check.is(Outcome.PASSED) ? "" : " [" + label(check) + "]")
                            + ": " + message(check));
                } else if (coverageRow && check.is(Outcome.FAILED) && !check.missingRanges().isEmpty()) {
                    // The row has the numbers; a blocking table also needs the dates, or nobody knows what to backfill.
                    out.println("      ✗ missing " + check.missingDates().size() + " dates: " + ranges(check.document(), RANGES_SHOWN));
                }
                // The message lists the first ranges; --verbose promises all of them.
                if (verbose && check.document().path("missing_ranges").size() > 0 && check.message().contains("more ranges")) {
                    out.println("        missing " + check.document().path("missing_dates").size() + " dates: " + ranges(check.document()));
                }
            }
        }
    }

    /** The check's message without the fallback it ends with: the label in front says it already. */
    private static String message(CheckOutcome check) {
        String suffix = " [" + label(check) + "]";
        return check.fallbackUsed() && check.message().endsWith(suffix)
                ? check.message().substring(0, check.message().length() - suffix.length()) : check.message();
    }

    /** A warning that came from a fallback says so; otherwise the severity explains how the result counts. */
    private static String label(CheckOutcome check) {
        if (check.fallbackUsed()) {
            return "fallback: " + check.document().path("fallback").path("note").asText();
        }
        // An error-severity check can still only warn, e.g. completeness whose failing columns are not critical.
        return check.is(Outcome.WARNED) && check.severity().equals("error") ? "warns" : check.severity();
    }

    private static String mark(CheckOutcome check) {
        return switch (check.outcome()) {
            case PASSED -> "✓";
            case WARNED -> "⚠";
            case FAILED -> "✗";
            case ERRORED -> "?";
            case NOT_APPLICABLE -> "-";
        };
    }

    static String ranges(JsonNode document) {
        return ranges(document, Integer.MAX_VALUE);
    }

    /** {@return the first {@code shown} ranges, e.g. "2022-04-18..2022-04-24 (7), … and 3 more ranges"} */
    static String ranges(JsonNode document, int shown) {
        List<String> ranges = new ArrayList<>();
        for (JsonNode range : document.path("missing_ranges")) {
            String first = range.path("first").asText();
            String last = range.path("last").asText();
            ranges.add(first.equals(last) ? first : first + ".." + last + " (" + range.path("count").asInt() + ")");
        }
        if (ranges.size() - 1 <= shown) {
            return String.join(", ", ranges);
        }
        int more = ranges.size() - shown;
        return String.join(", ", ranges.subList(0, shown)) + ", … and " + more + " more " + (more == 1 ? "range" : "ranges");
    }

    String verdict(RunResult result) {
        ExitCode code = result.exitCode(strict);
        List<String> blocking = tables(result, DatasetStatus.BLOCKING);
        List<String> degraded = tables(result, DatasetStatus.DEGRADED);
        List<String> unverified = tables(result, DatasetStatus.UNVERIFIED);
        StringBuilder line = new StringBuilder("Verdict: ");
        switch (code) {
            case OPEN -> line.append(degraded.isEmpty() ? "GATE OPEN — every check passed"
                    : "GATE OPEN, DEGRADED — " + degraded.size() + " table(s) below target, accepted as a warning or with a fallback: " + String.join(", ", degraded));
            case CLOSED -> {
                line.append("GATE CLOSED — ");
                line.append(blocking.isEmpty() ? "warnings fail a strict gate: " + String.join(", ", degraded)
                        : blocking.size() + " blocking table(s): " + String.join(", ", blocking));
                if (!degraded.isEmpty() && !blocking.isEmpty()) {
                    line.append("; ").append(degraded.size()).append(" degraded: ").append(String.join(", ", degraded));
                }
            }
            case USAGE -> line.append(result.checks().isEmpty() && !result.hasSuiteProblems()
                    ? "NOTHING CHECKED — no check ran (do the files start with 'preflight: 1'? did --tag exclude everything?)"
                    : "INVALID SUITE — fix the problems above");
            case UNVERIFIED -> line.append("COULD NOT VERIFY — ")
                    .append(unverified.isEmpty() ? "the run failed" : "no answer for " + String.join(", ", unverified))
                    .append("; failing closed");
        }
        line.append(". Exit code ").append(code.code()).append('.');
        return line.toString();
    }

    private static List<String> tables(RunResult result, DatasetStatus status) {
        return result.suites().stream().flatMap(s -> s.datasets().stream()).filter(d -> d.status() == status)
                .map(DatasetOutcome::table).collect(Collectors.toList());
    }
}
