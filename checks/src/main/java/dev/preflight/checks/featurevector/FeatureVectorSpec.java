package dev.preflight.checks.featurevector;

import dev.preflight.check.CheckContext;
import dev.preflight.check.CheckResult;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.Format;
import dev.preflight.check.SampleSource;
import dev.preflight.metric.DatasetMetrics;
import dev.preflight.metric.Metric;
import dev.preflight.metric.Predicate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every row of a feature-vector table holds a well-formed vector: the ARRAY {@code column} has {@code count}
 * elements and no NaN or ±Inf, {@code countColumn} says {@code count}, and {@code namesColumn} lists exactly
 * {@code names}. Each rule is one conditional count in the dataset's scan; any breaking row fails the check.
 *
 * @param column the ARRAY of numbers
 * @param count the number of features, or {@code null} to skip length checks
 * @param countColumn the column that states the number of features, or {@code null}
 * @param namesColumn the ARRAY of feature names, or {@code null}
 * @param names the names in order, empty when not checked
 * @param finite whether NaN and ±Inf break the expectation
 * @param minNonNull the minimum percent of rows in which each named feature is not NULL, or {@code null}
 */
public record FeatureVectorSpec(String column, Long count, String countColumn, String namesColumn, List<String> names,
                                boolean finite, Double minNonNull) implements CheckSpec {

    public FeatureVectorSpec {
        names = List.copyOf(names);
    }

    /** A vector check without per-feature completeness. */
    public FeatureVectorSpec(String column, Long count, String countColumn, String namesColumn, List<String> names, boolean finite) {
        this(column, count, countColumn, namesColumn, names, finite, null);
    }

    /** Rows where the feature at {@code index} is NULL. */
    Metric nullFeature(int index) {
        return new Metric.CountIf(new Predicate.ArrayElementIsNull(column, index));
    }

    @Override
    public String defaultId() {
        return "feature_vector(" + column + ")";
    }

    /** The rules, each a condition a breaking row meets, by name for messages. */
    Map<String, Predicate> rules() {
        Map<String, Predicate> rules = new LinkedHashMap<>();
        if (count != null) {
            rules.put(column + " length != " + count, new Predicate.ArrayLengthIsNot(column, count));
            if (countColumn != null) {
                rules.put(countColumn + " != " + count, new Predicate.Or(List.of(Predicate.isNull(countColumn),
                        new Predicate.Compare(countColumn, Predicate.Operator.NOT_EQUAL, new Predicate.Literal.Number(BigDecimal.valueOf(count))))));
            }
        }
        if (namesColumn != null && !names.isEmpty()) {
            rules.put(namesColumn + " != the " + names.size() + " declared names", new Predicate.ArrayIsNot(namesColumn, names));
        }
        if (finite) {
            rules.put(column + " has NaN or Inf", new Predicate.ArrayHasNonFinite(column));
        }
        return rules;
    }

    @Override
    public List<Metric> metrics() {
        List<Metric> metrics = new ArrayList<>();
        metrics.add(Metric.rowCount());
        rules().values().forEach(p -> metrics.add(new Metric.CountIf(p)));
        if (minNonNull != null) {
            for (int i = 0; i < names.size(); i++) {
                metrics.add(nullFeature(i));
            }
        }
        return metrics;
    }

    @Override
    public Optional<SampleSource> failingRows() {
        List<Predicate> rules = List.copyOf(rules().values());
        return Optional.of(new SampleSource.Rows(rules.size() == 1 ? rules.get(0) : new Predicate.Or(rules)));
    }

    @Override
    public String describe() {
        return column + " well-formed (" + String.join(", ", rules().keySet()).replace("!=", "==").replace(" has NaN or Inf", " finite") + ")"
                + (minNonNull == null ? "" : ", each feature non-null >= " + Format.percent(minNonNull));
    }

    @Override
    public CheckResult evaluate(CheckContext context) {
        DatasetMetrics metrics = context.judgedMetrics();
        long rows = metrics.total(Metric.rowCount());
        String window = context.dataset().isDated() ? " (window " + context.window() + ")" : "";
        if (rows == 0) {
            return CheckResult.notApplicable(column + " of " + context.dataset().table() + " cannot be judged: no rows" + window);
        }
        Map<String, Object> observed = new LinkedHashMap<>();
        observed.put("rows", rows);
        List<String> broken = new ArrayList<>();
        rules().forEach((name, rule) -> {
            long breaking = metrics.total(new Metric.CountIf(rule));
            observed.put(name.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "").toLowerCase(java.util.Locale.ROOT) + "_rows", breaking);
            if (breaking > 0) {
                broken.add(Format.count(breaking) + " rows with " + name);
            }
        });
        List<String> incomplete = new ArrayList<>();
        if (minNonNull != null) {
            for (int i = 0; i < names.size(); i++) {
                long present = rows - metrics.total(nullFeature(i));
                double percent = Format.percent(present, rows);
                observed.put(names.get(i) + "_non_null_percent", Math.round(percent * 100) / 100.0);
                if (percent < minNonNull) {
                    incomplete.add(names.get(i) + " " + Format.percent(percent, minNonNull));
                }
            }
            observed.put("features_below_min", incomplete.size());
            if (!incomplete.isEmpty()) {
                broken.add(Format.plural(incomplete.size(), "feature") + " non-null in less than " + Format.percent(minNonNull) + " of rows: "
                        + String.join(", ", incomplete));
            }
        }
        String expected = "0 malformed rows" + (minNonNull == null ? "" : ", features non-null >= " + Format.percent(minNonNull));
        CheckResult result = broken.isEmpty()
                ? CheckResult.passed(column + " of " + context.dataset().table() + " is well-formed in all " + Format.count(rows) + " rows" + window,
                        expected, "0", observed)
                : CheckResult.failed(column + " of " + context.dataset().table() + " is malformed: " + String.join("; ", broken) + " (of "
                        + Format.count(rows) + " rows)" + window, expected, String.join("; ", broken), observed);
        return result.withWaived(context.waivedDatesWithRows());
    }
}
