package dev.preflight.checks.values;

import dev.preflight.model.SqlFragment;
import dev.preflight.check.CheckContext;
import dev.preflight.check.CheckResult;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.Format;
import dev.preflight.check.SampleSource;
import dev.preflight.metric.DatasetMetrics;
import dev.preflight.metric.Metric;
import dev.preflight.metric.Predicate;
import dev.preflight.metric.Predicate.Literal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The non-NULL values of one column comply: within a range, in an accepted set, not negative. At least
 * {@code mostly} percent of the non-NULL rows (of the rows {@code where} selects) must comply; NULLs are neither
 * compliant nor not, as in Great Expectations.
 *
 * @param column the column
 * @param min the lowest allowed value, or {@code null}
 * @param max the highest allowed value, or {@code null}
 * @param strictMin whether {@code min} itself is not allowed
 * @param strictMax whether {@code max} itself is not allowed
 * @param accepted the accepted values, or {@code null} for any
 * @param notNegative whether values below 0 break the expectation
 * @param mostly the minimum percent of non-NULL rows that must comply, 0–100
 * @param where an author's row filter, or {@code null}
 */
public record ValuesSpec(String column, Literal min, Literal max, boolean strictMin, boolean strictMax, List<Literal> accepted,
                         boolean notNegative, double mostly, SqlFragment where) implements CheckSpec {

    static final double ALL = 100.0;

    public ValuesSpec {
        accepted = accepted == null ? null : List.copyOf(accepted);
    }

    @Override
    public String defaultId() {
        return "values(" + column + ")";
    }

    /** {@return the condition a non-NULL value breaks} */
    Predicate violation() {
        List<Predicate> breaks = new ArrayList<>();
        if (min != null) {
            breaks.add(new Predicate.Compare(column, strictMin ? Predicate.Operator.LESS_OR_EQUAL : Predicate.Operator.LESS, min));
        }
        if (max != null) {
            breaks.add(new Predicate.Compare(column, strictMax ? Predicate.Operator.GREATER_OR_EQUAL : Predicate.Operator.GREATER, max));
        }
        if (notNegative) {
            breaks.add(new Predicate.Compare(column, Predicate.Operator.LESS, new Literal.Number(java.math.BigDecimal.ZERO)));
        }
        if (accepted != null) {
            breaks.add(new Predicate.Not(new Predicate.In(column, accepted)));
        }
        return breaks.size() == 1 ? breaks.get(0) : new Predicate.Or(breaks);
    }

    private Predicate scoped(Predicate predicate) {
        return where == null ? predicate : Predicate.and(new Predicate.Sql(where), predicate);
    }

    Metric nonNullRows() {
        return new Metric.CountIf(scoped(Predicate.notNull(column)));
    }

    Metric violatingRows() {
        return new Metric.CountIf(scoped(Predicate.and(Predicate.notNull(column), violation())));
    }

    @Override
    public List<Metric> metrics() {
        return List.of(nonNullRows(), violatingRows());
    }

    @Override
    public Optional<SampleSource> failingRows() {
        return Optional.of(new SampleSource.Rows(scoped(Predicate.and(Predicate.notNull(column), violation()))));
    }

    @Override
    public String describe() {
        return column + " " + rule() + (mostly < ALL ? " in >= " + Format.percent(mostly) + " of rows" : "");
    }

    /** {@return the rule in words, e.g. "in [0, 60]", "in {ATL, BOS}", "not negative"} */
    String rule() {
        List<String> parts = new ArrayList<>();
        if (min != null || max != null) {
            parts.add((min == null ? "(-inf" : (strictMin ? "(" : "[") + text(min)) + ", "
                    + (max == null ? "+inf)" : text(max) + (strictMax ? ")" : "]")));
        }
        if (accepted != null) {
            parts.add("{" + String.join(", ", accepted.stream().map(ValuesSpec::text).toList()) + "}");
        }
        String rule = parts.isEmpty() ? "" : "in " + String.join(" and in ", parts);
        if (notNegative) {
            rule = rule.isEmpty() ? "not negative" : rule + " and not negative";
        }
        return rule;
    }

    private static String text(Literal literal) {
        return literal instanceof Literal.Number number ? number.value().toPlainString() : ((Literal.Text) literal).value();
    }

    @Override
    public CheckResult evaluate(CheckContext context) {
        DatasetMetrics metrics = context.judgedMetrics();
        long values = metrics.total(nonNullRows());
        long violating = metrics.total(violatingRows());
        String subject = column + " of " + context.dataset().table() + (where == null ? "" : " (rows where " + where + ")");
        String window = context.dataset().isDated() ? " (window " + context.window() + ")" : "";
        if (values == 0) {
            return CheckResult.notApplicable(subject + " cannot be judged: it has no non-NULL values" + window);
        }
        long complying = values - violating;
        double percent = Format.percent(complying, values);
        Map<String, Object> observed = new LinkedHashMap<>();
        observed.put("non_null_rows", values);
        observed.put("unexpected_rows", violating);
        observed.put("complying_percent", Math.round(percent * 100) / 100.0);
        String expected = mostly < ALL ? rule() + " in >= " + Format.percent(mostly) : rule();
        String actual = Format.percent(percent, mostly);
        String counts = subject + " has " + Format.count(violating) + " of " + Format.count(values) + " non-NULL values breaking '" + rule() + "'";
        CheckResult result;
        if (mostly >= ALL) {
            result = CheckResult.of(violating == 0, counts + window, expected, violating + " unexpected", observed);
        } else {
            boolean ok = percent >= mostly;
            result = CheckResult.of(ok, counts + " (" + actual + " comply, " + (ok ? "at least" : "below") + " the "
                    + Format.percent(mostly) + " minimum)" + window, expected, actual, observed);
        }
        return result.withWaived(context.waivedDatesWithRows());
    }
}
