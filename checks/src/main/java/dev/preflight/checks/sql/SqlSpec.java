package dev.preflight.checks.sql;

import dev.preflight.check.CheckContext;
import dev.preflight.check.CheckResult;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.Format;
import dev.preflight.check.SampleSource;
import dev.preflight.metric.CustomQuery;
import dev.preflight.metric.Metric;
import dev.preflight.source.Problem;
import dev.preflight.source.SuiteDefinitionException;
import dev.preflight.metric.QueryResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The author's own query: a metric (one number, judged against {@code min} and {@code max}) or failing rows (the
 * engine counts them; more than {@code max}, 0 by default, fails). One statement per query; its parameters are bound.
 *
 * @param query the query
 * @param min the lowest allowed value (metric), or {@code null}
 * @param max the highest allowed value, or the most failing rows allowed; {@code null} for none (metric only)
 */
public record SqlSpec(CustomQuery query, Double min, Double max) implements CheckSpec {

    @Override
    public String defaultId() {
        return "sql";
    }

    @Override
    public List<Metric> metrics() {
        return List.of();
    }

    @Override
    public List<CustomQuery> queries() {
        return List.of(query);
    }

    @Override
    public Optional<SampleSource> failingRows() {
        return query.mode() == CustomQuery.Mode.FAILING_ROWS ? Optional.of(new SampleSource.Query(query)) : Optional.empty();
    }

    @Override
    public String describe() {
        return query.mode() == CustomQuery.Mode.FAILING_ROWS ? "query returns <= " + (max == null ? 0 : number(max)) + " failing rows" : "query value " + bounds();
    }

    private String bounds() {
        if (min != null && max != null) {
            return "in [" + number(min) + ", " + number(max) + "]";
        }
        return min != null ? ">= " + number(min) : "<= " + number(max);
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }

    @Override
    public CheckResult evaluate(CheckContext context) {
        QueryResult result = context.facts().result(query).orElseThrow(() -> new IllegalStateException("query did not run"));
        String table = context.dataset().table().toString();
        Map<String, Object> observed = new LinkedHashMap<>();
        if (result.rows().size() != 1 || result.columns().isEmpty()) {
            throw new SuiteDefinitionException(new Problem(query.location(), "the query returned " + result.rows().size()
                    + " rows; a metric query returns one row whose first column is the value"));
        }
        Object value = result.rows().get(0).get(0);
        if (query.mode() == CustomQuery.Mode.FAILING_ROWS) {
            long failing = ((Number) value).longValue();
            observed.put("failing_rows", failing);
            long allowed = max == null ? 0 : (long) (double) max;
            String text = "the failing-rows query on " + table + " returned " + Format.plural(failing, "row");
            return CheckResult.of(failing <= allowed, text + (failing <= allowed ? ", within " : ", more than ") + "the " + allowed
                    + " allowed (window " + context.window() + ")", "<= " + allowed + " rows", String.valueOf(failing), observed);
        }
        if (value == null) {
            return CheckResult.notApplicable("the metric query on " + table + " returned NULL (window " + context.window() + ")");
        }
        if (!(value instanceof Number number)) {
            throw new SuiteDefinitionException(new Problem(query.location(), "the query's value is " + value.getClass().getSimpleName()
                    + " '" + value + "', not a number"));
        }
        double actual = number.doubleValue();
        observed.put("value", actual);
        boolean ok = (min == null || actual >= min) && (max == null || actual <= max);
        String shown = number(actual);
        return CheckResult.of(ok, "the metric query on " + table + " returned " + shown + (ok ? ", " : ", not ") + bounds()
                + " (window " + context.window() + ")", bounds(), shown, observed);
    }
}
