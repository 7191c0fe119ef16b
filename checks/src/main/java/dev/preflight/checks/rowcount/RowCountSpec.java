package dev.preflight.checks.rowcount;

import dev.preflight.check.CheckContext;
import dev.preflight.check.CheckResult;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.Format;
import dev.preflight.metric.Metric;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows in the window between optional bounds, each inclusive unless strict (as {@code values} and Great
 * Expectations' {@code strict_min}/{@code strict_max}).
 *
 * @param min the fewest rows, or {@code null}
 * @param max the most rows, or {@code null}
 * @param strictMin whether the count must be above {@code min}, not just reach it
 * @param strictMax whether the count must be below {@code max}, not just stay within it
 */
public record RowCountSpec(Long min, Long max, boolean strictMin, boolean strictMax) implements CheckSpec {

    /** Inclusive bounds. */
    public RowCountSpec(Long min, Long max) {
        this(min, max, false, false);
    }

    @Override
    public String defaultId() {
        return "row_count";
    }

    @Override
    public List<Metric> metrics() {
        return List.of(Metric.rowCount());
    }

    @Override
    public String describe() {
        if (min != null && max != null) {
            return "rows " + (strictMin ? "> " : ">= ") + min + " and " + (strictMax ? "< " : "<= ") + max;
        }
        return "rows " + expected();
    }

    private String expected() {
        if (min != null && max != null) {
            return (strictMin ? "(" : "[") + min + ", " + max + (strictMax ? ")" : "]");
        }
        return min != null ? (strictMin ? "> " : ">= ") + min : (strictMax ? "< " : "<= ") + max;
    }

    @Override
    public CheckResult evaluate(CheckContext context) {
        long rows = context.judgedMetrics().total(Metric.rowCount());
        Map<String, Object> observed = new LinkedHashMap<>();
        observed.put("rows", rows);
        String text = context.dataset().table() + " has " + Format.count(rows) + " rows";
        String window = "(window " + context.window() + ")";
        if (min != null && (strictMin ? rows <= min : rows < min)) {
            return CheckResult.failed(text + ", " + (strictMin && rows == min ? "not above" : "below") + " the minimum of " + Format.count(min)
                    + " " + window, expected(), String.valueOf(rows), observed);
        }
        if (max != null && (strictMax ? rows >= max : rows > max)) {
            return CheckResult.failed(text + ", " + (strictMax && rows == max ? "not below" : "above") + " the maximum of " + Format.count(max)
                    + " " + window, expected(), String.valueOf(rows), observed);
        }
        return CheckResult.passed(text + ", within " + expected() + " " + window, expected(), String.valueOf(rows), observed);
    }
}
