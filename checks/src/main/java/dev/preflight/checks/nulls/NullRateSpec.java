package dev.preflight.checks.nulls;

import dev.preflight.check.CheckContext;
import dev.preflight.check.CheckResult;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.Format;
import dev.preflight.metric.Metric;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NULLs in one column over the window, judged either as a NULL percent (at most) or as completeness (at least).
 *
 * @param column the column
 * @param threshold the percentage
 * @param completeness true when {@code threshold} is a minimum non-NULL percent, false for a maximum NULL percent
 */
public record NullRateSpec(String column, double threshold, boolean completeness) implements CheckSpec {

    public static NullRateSpec atMost(String column, double maxNullPercent) {
        return new NullRateSpec(column, maxNullPercent, false);
    }

    public static NullRateSpec atLeastComplete(String column, double minNonNullPercent) {
        return new NullRateSpec(column, minNonNullPercent, true);
    }

    @Override
    public String defaultId() {
        return "null_rate(" + column + ")";
    }

    @Override
    public List<Metric> metrics() {
        return List.of(Metric.rowCount(), new Metric.NullCount(column));
    }

    @Override
    public java.util.Optional<dev.preflight.check.SampleSource> failingRows() {
        return java.util.Optional.of(new dev.preflight.check.SampleSource.Rows(dev.preflight.metric.Predicate.isNull(column)));
    }

    @Override
    public String describe() {
        return completeness ? column + " non-null >= " + Format.percent(threshold) : column + " null <= " + Format.percent(threshold);
    }

    @Override
    public CheckResult evaluate(CheckContext context) {
        long rows = context.judgedMetrics().total(Metric.rowCount());
        long nulls = context.judgedMetrics().total(new Metric.NullCount(column));
        String where = column + " of " + context.dataset().table();
        String window = "(window " + context.window() + ")";
        if (rows == 0) {
            return CheckResult.notApplicable(where + " cannot be judged: the table has no rows in the window " + window);
        }
        Map<String, Object> observed = new LinkedHashMap<>();
        observed.put("rows", rows);
        observed.put("null_rows", nulls);
        double nullPercent = Format.percent(nulls, rows);
        observed.put("null_percent", Math.round(nullPercent * 100) / 100.0);
        if (completeness) {
            long present = rows - nulls;
            double percent = Format.percent(present, rows);
            String actual = Format.percent(percent, threshold);
            String text = where + " is non-NULL in " + Format.count(present) + " of " + Format.count(rows) + " rows (" + actual + ")";
            return (percent >= threshold
                    ? CheckResult.passed(text + ", at least the " + Format.percent(threshold) + " minimum " + window, ">= " + Format.percent(threshold), actual, observed)
                    : CheckResult.failed(text + ", below the " + Format.percent(threshold) + " minimum " + window, ">= " + Format.percent(threshold), actual, observed))
                    .withWaived(context.waivedDatesWithRows());
        }
        String actual = Format.percent(nullPercent, threshold);
        String text = where + " is NULL in " + Format.count(nulls) + " of " + Format.count(rows) + " rows (" + actual + ")";
        return (nullPercent <= threshold
                ? CheckResult.passed(text + ", within the " + Format.percent(threshold) + " maximum " + window, "<= " + Format.percent(threshold), actual, observed)
                : CheckResult.failed(text + ", above the " + Format.percent(threshold) + " maximum " + window, "<= " + Format.percent(threshold), actual, observed))
                .withWaived(context.waivedDatesWithRows());
    }
}
