package dev.preflight.checks.coverage;

import dev.preflight.calendar.DateRanges;
import dev.preflight.calendar.ExpectedCalendar;
import dev.preflight.check.CheckContext;
import dev.preflight.check.CheckResult;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.Format;
import dev.preflight.metric.Metric;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Coverage of the expected calendar: distinct dates with rows ÷ expected dates in the window, bootstrap excluded.
 *
 * @param min the minimum percentage, 0–100
 */
public record CoverageSpec(double min) implements CheckSpec {

    /** Missing ranges shown in a message; all of them are in the result. */
    static final int RANGES_IN_MESSAGE = 8;

    @Override
    public String defaultId() {
        return "coverage";
    }

    @Override
    public List<Metric> metrics() {
        return List.of(Metric.rowCount());
    }

    @Override
    public boolean needsCalendar() {
        return true;
    }

    @Override
    public String describe() {
        return "coverage >= " + Format.percent(min);
    }

    @Override
    public CheckResult evaluate(CheckContext context) {
        ExpectedCalendar.Expectation expectation = context.expectedCalendar()
                .orElseThrow(() -> new IllegalStateException("coverage runs only with a calendar"))
                .within(context.window());
        NavigableSet<LocalDate> present = context.metrics().datesWithRows();
        List<LocalDate> missing = new ArrayList<>();
        for (LocalDate date : expectation.expected()) {
            if (!present.contains(date)) {
                missing.add(date);
            }
        }
        int expected = expectation.expected().size();
        int covered = expected - missing.size();
        String table = context.dataset().table().toString();
        String scope = "(window " + context.window() + ", " + expectation.bootstrap().size() + " bootstrap dates excluded)";
        Map<String, Object> observed = new LinkedHashMap<>();
        observed.put("covered_dates", covered);
        observed.put("expected_dates", expected);
        observed.put("missing_dates", missing.size());
        observed.put("bootstrap_dates", expectation.bootstrap().size());
        String threshold = ">= " + Format.percent(min);
        if (expected == 0) {
            observed.put("coverage_percent", 100.0);
            return CheckResult.passed(table + " has no expected dates to cover: every calendar date in the window is a bootstrap date or the window has none "
                    + scope, threshold, "nothing expected", observed);
        }
        double percent = Format.percent(covered, expected);
        observed.put("coverage_percent", Math.round(percent * 10) / 10.0);
        String actual = Format.percent(percent, min);
        // Runs are compacted over every calendar date in the window, bootstrap dates included: those are never
        // missing, so they end a run, and a range never spans an off-season (2023-10-31..2024-10-25 would be a year).
        TreeSet<LocalDate> calendarDates = new TreeSet<>(expectation.expected());
        calendarDates.addAll(expectation.bootstrap());
        List<DateRanges.Range> ranges = DateRanges.compact(missing, calendarDates);
        String counts = table + " covers " + Format.count(covered) + " of " + Format.count(expected) + " expected dates (" + actual + ")";
        if (percent >= min) {
            String gaps = missing.isEmpty() ? "" : "; missing " + Format.count(missing.size()) + (missing.size() == 1 ? " date: " : " dates: ") + DateRanges.describe(ranges, RANGES_IN_MESSAGE);
            return CheckResult.passed(counts + ", at least the " + Format.percent(min) + " minimum" + gaps + " " + scope,
                    threshold, actual, observed).withMissing(missing, ranges);
        }
        return CheckResult.failed(counts + ", below the " + Format.percent(min) + " minimum; missing " + Format.count(missing.size())
                        + " dates: " + DateRanges.describe(ranges, RANGES_IN_MESSAGE) + " " + scope, threshold, actual, observed)
                .withMissing(missing, ranges);
    }
}
