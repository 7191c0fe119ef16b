package dev.preflight.checks.completeness;

import dev.preflight.model.SqlFragment;
import dev.preflight.check.CheckContext;
import dev.preflight.check.CheckResult;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.Format;
import dev.preflight.check.SampleSource;
import dev.preflight.metric.DatasetMetrics;
import dev.preflight.metric.Metric;
import dev.preflight.metric.Predicate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Feature completeness for ML: each column's non-NULL share of the rows (those {@code where} selects) must reach its
 * minimum. A critical column below its minimum fails the check; a non-critical one only degrades it (WARNED), whatever
 * the check's severity. Every count comes from the dataset's one scan; without {@code where} the NULL counts are the
 * same metrics {@code null_rate} uses, so both share them.
 *
 * @param features the columns, in the suite's order
 * @param where an author's row filter, e.g. {@code points IS NOT NULL}, or {@code null}
 */
public record CompletenessSpec(List<Feature> features, SqlFragment where) implements CheckSpec {

    public CompletenessSpec {
        features = List.copyOf(features);
    }

    @Override
    public String defaultId() {
        return "completeness";
    }

    Metric rows() {
        return where == null ? Metric.rowCount() : new Metric.CountIf(new Predicate.Sql(where));
    }

    Metric nulls(String column) {
        return where == null ? new Metric.NullCount(column) : new Metric.CountIf(Predicate.and(new Predicate.Sql(where), Predicate.isNull(column)));
    }

    @Override
    public List<Metric> metrics() {
        List<Metric> metrics = new ArrayList<>();
        metrics.add(rows());
        features.forEach(f -> metrics.add(nulls(f.column())));
        return metrics;
    }

    /** Rows missing a critical feature (any feature when none is critical). */
    @Override
    public Optional<SampleSource> failingRows() {
        List<Predicate> missing = features.stream().filter(Feature::critical).map(f -> Predicate.isNull(f.column())).toList();
        if (missing.isEmpty()) {
            missing = features.stream().map(f -> Predicate.isNull(f.column())).toList();
        }
        Predicate any = missing.size() == 1 ? missing.get(0) : new Predicate.Or(missing);
        return Optional.of(new SampleSource.Rows(where == null ? any : Predicate.and(new Predicate.Sql(where), any)));
    }

    @Override
    public String describe() {
        return features.size() + " features complete" + (where == null ? "" : " where " + where);
    }

    @Override
    public CheckResult evaluate(CheckContext context) {
        DatasetMetrics metrics = context.judgedMetrics();
        long rows = metrics.total(rows());
        String subject = context.dataset().table() + (where == null ? "" : " (rows where " + where + ")");
        String window = context.dataset().isDated() ? " (window " + context.window() + ")" : "";
        if (rows == 0) {
            return CheckResult.notApplicable(subject + " cannot be judged: no rows" + window);
        }
        List<String> critical = new ArrayList<>();
        List<String> other = new ArrayList<>();
        List<Map<String, Object>> details = new ArrayList<>();
        Map<String, Object> observed = new LinkedHashMap<>();
        observed.put("rows", rows);
        for (Feature feature : features) {
            long present = rows - metrics.total(nulls(feature.column()));
            double percent = Format.percent(present, rows);
            boolean ok = percent >= feature.min();
            observed.put(feature.column() + "_non_null_percent", Math.round(percent * 100) / 100.0);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("column", feature.column());
            detail.put("min_percent", feature.min());
            detail.put("critical", feature.critical());
            detail.put("non_null_rows", present);
            detail.put("non_null_percent", Math.round(percent * 100) / 100.0);
            detail.put("passed", ok);
            details.add(detail);
            if (!ok) {
                String text = feature.column() + " " + Format.percent(percent, feature.min()) + " < " + Format.percent(feature.min())
                        + " (" + Format.count(present) + " rows)";
                (feature.critical() ? critical : other).add(text);
            }
        }
        observed.put("critical_below_min", critical.size());
        observed.put("other_below_min", other.size());
        String expected = "every feature at its minimum non-NULL share";
        String actual = critical.size() + other.size() + " of " + features.size() + " below";
        CheckResult result;
        if (critical.isEmpty() && other.isEmpty()) {
            result = CheckResult.passed(subject + ": all " + features.size() + " features reach their minimum non-NULL share in "
                    + Format.count(rows) + " rows" + window, expected, actual, observed);
        } else {
            StringBuilder message = new StringBuilder(subject).append(": ").append(critical.size() + other.size()).append(" of ")
                    .append(features.size()).append(" features below their minimum non-NULL share in ").append(Format.count(rows)).append(" rows");
            if (!critical.isEmpty()) {
                message.append("; critical: ").append(String.join(", ", critical));
            }
            if (!other.isEmpty()) {
                message.append("; ").append(critical.isEmpty() ? "non-critical only: " : "non-critical: ").append(String.join(", ", other));
            }
            message.append(window);
            result = critical.isEmpty() ? CheckResult.warned(message.toString(), expected, actual, observed)
                    : CheckResult.failed(message.toString(), expected, actual, observed);
        }
        return result.withWaived(context.waivedDatesWithRows()).withDetail("features", details);
    }
}
