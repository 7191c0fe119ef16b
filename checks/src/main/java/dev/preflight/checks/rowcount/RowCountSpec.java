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
 * Rows in the window between optional bounds.
 *
 * @param min the fewest rows, or {@code null}
 * @param max the most rows, or {@code null}
 */
public record RowCountSpec(Long min, Long max) implements CheckSpec {

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
            return "rows between " + min + " and " + max;
        }
        return min != null ? "rows >= " + min : "rows <= " + max;
    }

    private String expected() {
        if (min != null && max != null) {
            return "[" + min + ", " + max + "]";
        }
        return min != null ? ">= " + min : "<= " + max;
    }

    @Override
    public CheckResult evaluate(CheckContext context) {
        long rows = context.judgedMetrics().total(Metric.rowCount());
        Map<String, Object> observed = new LinkedHashMap<>();
        observed.put("rows", rows);
        String text = context.dataset().table() + " has " + Format.count(rows) + " rows";
        String window = "(window " + context.window() + ")";
        if (min != null && rows < min) {
            return CheckResult.failed(text + ", below the minimum of " + Format.count(min) + " " + window, expected(), String.valueOf(rows), observed);
        }
        if (max != null && rows > max) {
            return CheckResult.failed(text + ", above the maximum of " + Format.count(max) + " " + window, expected(), String.valueOf(rows), observed);
        }
        return CheckResult.passed(text + ", within " + expected() + " " + window, expected(), String.valueOf(rows), observed);
    }
}
