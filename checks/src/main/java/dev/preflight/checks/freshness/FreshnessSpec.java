package dev.preflight.checks.freshness;

import dev.preflight.check.CheckContext;
import dev.preflight.check.CheckResult;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.Format;
import dev.preflight.metric.Metric;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The latest date with rows in the window is at most {@code maxDaysBehind} days before the reference day: the
 * window's end, or the day of the run.
 *
 * @param maxDaysBehind days the data may lag
 * @param fromToday true to measure from the day of the run, false from the window's end
 */
public record FreshnessSpec(long maxDaysBehind, boolean fromToday) implements CheckSpec {

    @Override
    public String defaultId() {
        return "freshness";
    }

    @Override
    public List<Metric> metrics() {
        return List.of(Metric.rowCount());
    }

    @Override
    public boolean needsDateColumn() {
        return true;
    }

    @Override
    public String describe() {
        return "latest date <= " + Format.plural(maxDaysBehind, "day") + " before " + reference();
    }

    private String reference() {
        return fromToday ? "today" : "the window end";
    }

    @Override
    public CheckResult evaluate(CheckContext context) {
        LocalDate reference = fromToday ? context.today() : context.window().end();
        String table = context.dataset().table().toString();
        String expected = "<= " + Format.plural(maxDaysBehind, "day") + " behind " + reference;
        Map<String, Object> observed = new LinkedHashMap<>();
        observed.put("reference_date", reference.toString());
        if (context.metrics().datesWithRows().isEmpty()) {
            return CheckResult.failed(table + " has no rows in the window " + context.window() + ", so nothing is fresh", expected, "no rows", observed);
        }
        LocalDate latest = context.metrics().datesWithRows().last();
        long behind = Math.max(0, ChronoUnit.DAYS.between(latest, reference));
        observed.put("latest_date", latest.toString());
        observed.put("days_behind", behind);
        String text = table + "'s latest date with rows is " + latest + ", " + Format.plural(behind, "day") + " before "
                + reference() + " " + reference;
        return behind <= maxDaysBehind
                ? CheckResult.passed(text + ", within the " + maxDaysBehind + " allowed", expected, behind + " days", observed)
                : CheckResult.failed(text + ", more than the " + maxDaysBehind + " allowed (window " + context.window() + ")", expected,
                        behind + " days", observed);
    }
}
