package dev.preflight.checks.rowsperdate;

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
import java.util.TreeSet;

/**
 * Rows on each date between bounds. With a calendar, every expected date is judged (a date without rows has 0) and
 * any other date with rows is judged against the maximum; without one, the dates that have rows.
 *
 * @param min the fewest rows a date may have, or {@code null}
 * @param max the most rows a date may have, or {@code null}
 * @param useCalendar whether the suite's calendar says which dates are expected
 */
public record RowCountPerDateSpec(Long min, Long max, boolean useCalendar) implements CheckSpec {

    static final int DATES_IN_MESSAGE = 5;

    @Override
    public String defaultId() {
        return "row_count_per_date";
    }

    @Override
    public List<Metric> metrics() {
        return List.of(Metric.rowCount());
    }

    @Override
    public boolean needsCalendar() {
        return useCalendar;
    }

    @Override
    public boolean needsDateColumn() {
        return true;
    }

    @Override
    public String describe() {
        return "rows per date " + bounds();
    }

    private String bounds() {
        if (min != null && max != null) {
            return "in [" + min + ", " + max + "]";
        }
        return min != null ? ">= " + min : "<= " + max;
    }

    @Override
    public CheckResult evaluate(CheckContext context) {
        TreeSet<LocalDate> expected = new TreeSet<>();
        if (useCalendar) {
            ExpectedCalendar calendar = context.expectedCalendar().orElseThrow(() -> new IllegalStateException("needs a calendar"));
            expected.addAll(calendar.within(context.window()).expected());
        }
        TreeSet<LocalDate> judged = new TreeSet<>(expected);
        judged.addAll(context.metrics().datesWithRows());
        List<String> below = new ArrayList<>();
        List<String> above = new ArrayList<>();
        List<LocalDate> waived = new ArrayList<>();
        List<Map<String, Object>> failing = new ArrayList<>();
        for (LocalDate date : judged) {
            long rows = context.metrics().on(Metric.rowCount(), date);
            boolean low = min != null && rows < min && (expected.contains(date) || !useCalendar);
            boolean high = max != null && rows > max;
            if (!low && !high) {
                continue;
            }
            if (context.isWaived(date)) {
                waived.add(date);
                continue;
            }
            (low ? below : above).add(date + " (" + rows + ")");
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("date", date.toString());
            entry.put("rows", rows);
            failing.add(entry);
        }
        int dates = judged.size() - waived.size();
        Map<String, Object> observed = new LinkedHashMap<>();
        observed.put("dates", dates);
        observed.put("dates_below_min", below.size());
        observed.put("dates_above_max", above.size());
        String table = context.dataset().table().toString();
        String window = "(window " + context.window() + ")";
        String actual = Format.plural(failing.size(), "date") + " outside";
        if (failing.isEmpty()) {
            return CheckResult.passed(table + " has " + bounds() + " rows on each of its " + Format.plural(dates, "date") + " " + window,
                    bounds(), "all " + dates + " dates within", observed).withWaived(waived);
        }
        StringBuilder message = new StringBuilder(table).append(" has ").append(Format.plural(failing.size(), "date"))
                .append(" of ").append(Format.count(dates)).append(" outside ").append(bounds()).append(" rows");
        if (!below.isEmpty()) {
            message.append("; below ").append(min).append(": ").append(Format.first(below, DATES_IN_MESSAGE));
        }
        if (!above.isEmpty()) {
            message.append("; above ").append(max).append(": ").append(Format.first(above, DATES_IN_MESSAGE));
        }
        message.append(' ').append(window);
        return CheckResult.failed(message.toString(), bounds(), actual, observed).withWaived(waived).withDetail("failing_dates", failing);
    }
}
