package dev.preflight.checks.coverage;

import dev.preflight.calendar.DateRanges;
import dev.preflight.calendar.ExpectedCalendar;
import dev.preflight.check.CheckContext;
import dev.preflight.check.CheckResult;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.Format;
import dev.preflight.metric.DatasetMetrics;
import dev.preflight.metric.Metric;
import dev.preflight.source.Problem;
import dev.preflight.source.SourceLocation;
import dev.preflight.source.SuiteDefinitionException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Coverage of the expected calendar: expected dates (bootstrap excluded) that have their rows ÷ expected dates in the
 * window. A date with no rows is missing; with {@code minRowsPerDate} or {@code rowsPerCalendarCount} a date with
 * fewer rows than it needs is short, and neither counts as covered. Waived dates leave the judgement.
 *
 * @param min the minimum percentage, 0–100
 * @param minRowsPerDate the fewest rows every expected date needs, or {@code null}
 * @param rowsPerCalendarCount rows needed per unit of the calendar's per-date count (2 team rows per game), or
 *        {@code null}
 * @param bootstrapRowsAllowed whether the dataset may have rows on bootstrap dates (Phase 4 tables must not)
 * @param rowsPerCalendarCountAt where the suite says {@code rows_per_calendar_count}, or {@code null}: a calendar
 *        without per-date counts makes that a suite mistake, located there, known only once the calendar is loaded
 */
public record CoverageSpec(double min, Long minRowsPerDate, Long rowsPerCalendarCount, boolean bootstrapRowsAllowed,
                           SourceLocation rowsPerCalendarCountAt) implements CheckSpec {

    /** Coverage that ignores bootstrap dates whether or not they have rows. */
    public CoverageSpec(double min, Long minRowsPerDate, Long rowsPerCalendarCount) {
        this(min, minRowsPerDate, rowsPerCalendarCount, true, null);
    }

    /** Missing ranges shown in a message; all of them are in the result. */
    static final int RANGES_IN_MESSAGE = 8;
    /** Short dates shown in a message; all of them are in the result. */
    static final int SHORT_IN_MESSAGE = 5;

    /** Coverage by dates alone: one row makes a date covered. */
    public CoverageSpec(double min) {
        this(min, null, null, true, null);
    }

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
        String rows = minRowsPerDate != null ? ", >= " + minRowsPerDate + " rows a date"
                : rowsPerCalendarCount != null ? ", " + rowsPerCalendarCount + " rows per calendar unit" : "";
        return "coverage >= " + Format.percent(min) + rows + (bootstrapRowsAllowed ? "" : ", no rows on bootstrap dates");
    }

    /** {@return the rows {@code date} needs to count as covered} */
    private long needed(LocalDate date, ExpectedCalendar calendar) {
        long needed = 1;
        if (minRowsPerDate != null) {
            needed = Math.max(needed, minRowsPerDate);
        }
        if (rowsPerCalendarCount != null) {
            needed = Math.max(needed, rowsPerCalendarCount * calendar.countOn(date));
        }
        return needed;
    }

    @Override
    public CheckResult evaluate(CheckContext context) {
        ExpectedCalendar calendar = context.expectedCalendar()
                .orElseThrow(() -> new IllegalStateException("coverage runs only with a calendar"));
        if (rowsPerCalendarCount != null && !calendar.hasCounts()) {
            // Not "not applicable": that would open the gate on a check the suite asked for and nobody ran.
            String message = "'rows_per_calendar_count' needs the calendar's per-date count: add 'count_distinct' to"
                    + " 'calendar' (or a third column to its query)";
            if (rowsPerCalendarCountAt == null) {
                throw new IllegalStateException(message);
            }
            throw new SuiteDefinitionException(new Problem(rowsPerCalendarCountAt, message));
        }
        ExpectedCalendar.Expectation expectation = calendar.within(context.window());
        DatasetMetrics metrics = context.metrics();
        List<LocalDate> missing = new ArrayList<>();
        List<LocalDate> waived = new ArrayList<>();
        List<Map<String, Object>> short_ = new ArrayList<>();
        List<String> shortText = new ArrayList<>();
        for (LocalDate date : expectation.expected()) {
            long rows = metrics.on(Metric.rowCount(), date);
            long needed = needed(date, calendar);
            if (rows >= needed) {
                continue;
            }
            if (context.isWaived(date)) {
                waived.add(date);
            } else if (rows == 0) {
                missing.add(date);
            } else {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("date", date.toString());
                entry.put("rows", rows);
                entry.put("expected_rows", needed);
                short_.add(entry);
                shortText.add(date + " (" + rows + " of " + needed + " rows)");
            }
        }
        boolean perDate = minRowsPerDate != null || rowsPerCalendarCount != null;
        int expected = expectation.expected().size() - waived.size();
        int covered = expected - missing.size() - short_.size();
        String table = context.dataset().table().toString();
        String scope = "(window " + context.window() + ", " + expectation.bootstrap().size() + " bootstrap dates excluded)";
        Map<String, Object> observed = new LinkedHashMap<>();
        observed.put("covered_dates", covered);
        observed.put("expected_dates", expected);
        observed.put("missing_dates", missing.size());
        if (perDate) {
            observed.put("short_dates", short_.size());
        }
        observed.put("bootstrap_dates", expectation.bootstrap().size());
        if (!waived.isEmpty()) {
            observed.put("waived_dates", waived.size());
        }
        List<LocalDate> bootstrapWithRows = bootstrapRowsAllowed ? List.of()
                : expectation.bootstrap().stream().filter(d -> metrics.on(Metric.rowCount(), d) > 0).toList();
        if (!bootstrapRowsAllowed) {
            observed.put("bootstrap_dates_with_rows", bootstrapWithRows.size());
        }
        String threshold = ">= " + Format.percent(min);
        if (expected == 0) {
            observed.put("coverage_percent", 100.0);
            return CheckResult.passed(table + " has no expected dates to cover: every calendar date in the window is a bootstrap date or the window has none "
                    + scope, threshold, "nothing expected", observed).withWaived(waived);
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
        String gaps = (missing.isEmpty() ? "" : "; missing " + Format.plural(missing.size(), "date") + ": " + DateRanges.describe(ranges, RANGES_IN_MESSAGE))
                + (short_.isEmpty() ? "" : "; " + Format.plural(short_.size(), "date") + " short of rows: " + Format.first(shortText, SHORT_IN_MESSAGE));
        if (!bootstrapWithRows.isEmpty()) {
            gaps += "; rows on " + Format.plural(bootstrapWithRows.size(), "bootstrap date") + ", which must have none: "
                    + Format.first(bootstrapWithRows, SHORT_IN_MESSAGE);
        }
        boolean ok = percent >= min && bootstrapWithRows.isEmpty();
        String verdict = percent >= min ? ", at least the " : ", below the ";
        CheckResult result = ok
                ? CheckResult.passed(counts + ", at least the " + Format.percent(min) + " minimum" + gaps + " " + scope, threshold, actual, observed)
                : CheckResult.failed(counts + verdict + Format.percent(min) + " minimum" + gaps + " " + scope, threshold, actual, observed);
        result = result.withMissing(missing, ranges).withWaived(waived);
        return perDate ? result.withDetail("short_dates", short_) : result;
    }
}
