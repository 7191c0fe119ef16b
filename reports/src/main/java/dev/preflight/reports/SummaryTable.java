package dev.preflight.reports;

import dev.preflight.result.Outcome;

import dev.preflight.result.DatasetStatus;

import dev.preflight.result.GateResult;
import dev.preflight.result.DatasetOutcome;
import dev.preflight.result.SuiteOutcome;

import dev.preflight.result.CheckOutcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The per-dataset table both summaries show: coverage, null rates, duplicates, dependency gaps and status, each
 * cell with the state of its worst check. Built once, rendered as HTML and as Markdown.
 */
public final class SummaryTable {

    /**
     * @param state ok, warn, fail, na or none (no such check)
     * @param title the checks' full messages, for a tooltip
     */
    public record Cell(String text, String state, String title) {
        static final Cell NONE = new Cell("—", "none", "");

        public String mark() {
            return switch (state) {
                case "ok" -> "✓";
                case "warn" -> "⚠";
                case "fail" -> "✗";
                case "na" -> "–";
                default -> "";
            };
        }
    }

    /** One dataset's row. */
    public record Row(String suite, String table, List<String> requiredBy, DatasetStatus status, Cell coverage, Cell nullRates, Cell duplicates,
                      Cell dependencyGaps, Cell other) {

        /** {@return e.g. "✗ blocking"} */
        public String statusLabel() {
            return status.label();
        }
    }

    /** A waiver as the summary lists it. */
    public record Waived(String table, String check, int dates, String which, String reason, String approvedBy, String expires, boolean expired) {
    }

    /** A check whose shortfall degrades instead of blocks, and why that is acceptable. */
    public record Fallback(String table, String check, Outcome outcome, String note) {
    }

    private static final Pattern COLUMN = Pattern.compile("\\w+\\((.+)\\)");

    private SummaryTable() {
    }

    public static List<Row> rows(GateResult run) {
        List<Row> rows = new ArrayList<>();
        for (SuiteOutcome suite : run.suites()) {
            for (DatasetOutcome dataset : suite.datasets()) {
                rows.add(new Row(suite.name(), dataset.table(), dataset.requiredBy(), dataset.status(),
                        cell(dataset.checksOfType("coverage"), SummaryTable::coverage),
                        cell(dataset.checksOfType("null_rate", "completeness"), SummaryTable::nullRate),
                        cell(dataset.checksOfType("duplicates"), SummaryTable::duplicates),
                        cell(dataset.checksOfType("dependency"), SummaryTable::dependency),
                        other(dataset)));
            }
        }
        return rows;
    }

    public static List<Waived> waivers(GateResult run) {
        List<Waived> waived = new ArrayList<>();
        for (DatasetOutcome dataset : run.datasets()) {
            for (CheckOutcome check : dataset.checks()) {
                List<CheckOutcome.Waiver> waivers = check.waivers();
                if (waivers.isEmpty() && !check.waivedDates().isEmpty()) {
                    waived.add(new Waived(dataset.table(), check.check(), check.waivedDates().size(), "", "", "", "", false));
                }
                for (CheckOutcome.Waiver waiver : waivers) {
                    waived.add(new Waived(dataset.table(), check.check(), check.waivedDates().size(), waiver.dates(), waiver.reason(),
                            waiver.approvedBy(), waiver.expires(), waiver.expired()));
                }
            }
        }
        return waived;
    }

    /**
     * Checks that declare a fallback, with the author's sentence of why; a warn-severity check without one is a
     * degraded reason, not a fallback.
     */
    public static List<Fallback> fallbacks(GateResult run) {
        List<Fallback> fallbacks = new ArrayList<>();
        for (DatasetOutcome dataset : run.datasets()) {
            for (CheckOutcome check : dataset.checks()) {
                if (!check.fallback().isBlank()) {
                    fallbacks.add(new Fallback(dataset.table(), check.check(), check.outcome(),
                            check.fallback() + (check.description().isBlank() ? "" : ": " + check.description())));
                }
            }
        }
        return fallbacks;
    }

    /** {@return per degraded table, each warning in a few words (with its fallback or the author's why), for a bullet list} */
    public static List<String> degradedReasons(GateResult run) {
        List<String> reasons = new ArrayList<>();
        for (DatasetOutcome dataset : run.datasets()) {
            if (dataset.status() != DatasetStatus.DEGRADED) {
                continue;
            }
            for (CheckOutcome check : dataset.checks(Outcome.WARNED)) {
                reasons.add(dataset.id() + ": " + Verdict.finding(check)
                        + (check.fallback().isBlank() && !check.description().isBlank() ? " (" + check.description().replaceAll("\\.$", "") + ")" : ""));
            }
        }
        return reasons;
    }

    /** {@return which of the optional columns (null rates, duplicates, dependency gaps, other checks) hold a check in some row} */
    public static List<Column> columns(List<Row> rows) {
        return java.util.Arrays.stream(Column.values()).filter(c -> rows.stream().anyMatch(r -> !c.of(r).state().equals("none"))).toList();
    }

    /** The columns between Table and Status; a column no table has a check for is left out. */
    public enum Column {
        COVERAGE("Coverage", "coverage num"), NULL_RATES("Null rates", "nulls"), DUPLICATES("Duplicates", "duplicates"),
        DEPENDENCY_GAPS("Dependency gaps", "dependencies"), OTHER("Other checks", "other");

        private final String heading;
        private final String css;

        Column(String heading, String css) {
            this.heading = heading;
            this.css = css;
        }

        public String heading() {
            return heading;
        }

        String css() {
            return css;
        }

        public Cell of(Row row) {
            return switch (this) {
                case COVERAGE -> row.coverage();
                case NULL_RATES -> row.nullRates();
                case DUPLICATES -> row.duplicates();
                case DEPENDENCY_GAPS -> row.dependencyGaps();
                case OTHER -> row.other();
            };
        }
    }

    private static Cell cell(List<CheckOutcome> checks, Function<CheckOutcome, String> text) {
        if (checks.isEmpty()) {
            return Cell.NONE;
        }
        String shown = checks.stream().map(c -> c.is(Outcome.ERRORED) ? "could not verify" : text.apply(c)).collect(Collectors.joining("; "));
        String title = checks.stream().map(CheckOutcome::message).collect(Collectors.joining("\n"));
        return new Cell(shown, worst(checks), title);
    }

    private static Cell other(DatasetOutcome dataset) {
        List<CheckOutcome> others = dataset.checks().stream()
                .filter(c -> !List.of("coverage", "null_rate", "completeness", "duplicates", "dependency").contains(c.type())).toList();
        if (others.isEmpty()) {
            return Cell.NONE;
        }
        long passed = others.stream().filter(c -> c.is(Outcome.PASSED)).count();
        String failing = others.stream().filter(c -> !c.is(Outcome.PASSED)).map(c -> c.check() + " " + c.actual().trim())
                .collect(Collectors.joining(", "));
        return new Cell(passed + " of " + others.size() + " passed" + (failing.isEmpty() ? "" : ": " + failing), worst(others),
                others.stream().map(CheckOutcome::message).collect(Collectors.joining("\n")));
    }

    static String worst(List<CheckOutcome> checks) {
        String state = "ok";
        for (CheckOutcome check : checks) {
            String of = switch (check.outcome()) {
                case FAILED, ERRORED -> "fail";
                case WARNED -> "warn";
                case NOT_APPLICABLE -> "na";
                case PASSED -> "ok";
            };
            if (rank(of) > rank(state)) {
                state = of;
            }
        }
        return state;
    }

    private static int rank(String state) {
        return List.of("ok", "na", "warn", "fail").indexOf(state);
    }

    static String coverage(CheckOutcome check) {
        if (check.observedNumber("expected_dates").isEmpty()) {
            return check.actual();
        }
        long covered = check.observedNumber("covered_dates").orElse(0.0).longValue();
        long expected = check.observedNumber("expected_dates").get().longValue();
        long missing = check.observedNumber("missing_dates").orElse(0.0).longValue();
        String text = String.format(Locale.ROOT, "%,d/%,d · %s", covered, expected, percent(check.observedNumber("coverage_percent").orElse(100.0)));
        if (missing > 0) {
            text += String.format(Locale.ROOT, " · %,d missing", missing);
        }
        if (!check.waivedDates().isEmpty()) {
            text += String.format(Locale.ROOT, " · %,d waived", check.waivedDates().size());
        }
        return text;
    }

    /** {@return e.g. "usage_rate 89.6% non-null (needs >= 95.0%)" for a completeness floor, "x 2.1% null (needs <= 5.0%)" for a ceiling} */
    static String nullRate(CheckOutcome check) {
        Matcher column = COLUMN.matcher(check.check());
        String name = column.matches() ? column.group(1) : check.check();
        boolean floor = check.expected().startsWith(">=");
        String value = floor || check.observedNumber("null_percent").isEmpty() ? check.actual() + (floor ? " non-null" : "")
                : percent(check.observedNumber("null_percent").get()) + " null";
        return name + " " + value + (check.expected().isEmpty() ? "" : " (needs " + check.expected() + ")");
    }

    static String duplicates(CheckOutcome check) {
        return check.observedNumber("duplicate_rows").map(n -> String.format(Locale.ROOT, "%,d duplicate rows", n.longValue()))
                .orElse(check.actual());
    }

    static String dependency(CheckOutcome check) {
        return check.actual().isBlank() ? check.outcome().name().toLowerCase(Locale.ROOT) : check.actual();
    }

    static String percent(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        text = text.endsWith("0") ? text.substring(0, text.length() - 1) : text;
        return text + "%";
    }
}
