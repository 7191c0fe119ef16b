package dev.preflight.checks.duplicates;

import dev.preflight.check.CheckContext;
import dev.preflight.check.CheckResult;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.Format;
import dev.preflight.check.SampleSource;
import dev.preflight.metric.DatasetMetrics;
import dev.preflight.metric.Metric;
import dev.preflight.metric.NullKeys;
import dev.preflight.metric.Predicate;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Rows that repeat a key over the window: a key present three times is two duplicate rows. With {@code mostly}, the
 * share of rows (with a complete key) whose key occurs once must be at least {@code mostly} percent instead: every
 * copy of a repeated key counts as not unique, as in Great Expectations.
 *
 * @param keys the key columns
 * @param max the most duplicate rows allowed
 * @param mostly the minimum percent of unique rows, or {@code null} to judge {@code max}
 * @param nullKeys which rows with NULLs in the key take part
 */
public record DuplicatesSpec(List<String> keys, long max, Double mostly, NullKeys nullKeys) implements CheckSpec {

    public DuplicatesSpec {
        keys = List.copyOf(keys);
    }

    /** Rows with a NULL in any key column never count. */
    public DuplicatesSpec(List<String> keys, long max, Double mostly) {
        this(keys, max, mostly, NullKeys.IGNORE_ANY);
    }

    /** Duplicates judged by count. */
    public DuplicatesSpec(List<String> keys, long max) {
        this(keys, max, null);
    }

    @Override
    public String defaultId() {
        return "duplicates";
    }

    Metric keyedRows() {
        return nullKeys.rowsCompared(keys).<Metric>map(Metric.CountIf::new).orElse(Metric.rowCount());
    }

    @Override
    public List<Metric> metrics() {
        return mostly == null ? List.of(new Metric.DuplicateRows(keys, nullKeys))
                : List.of(new Metric.DuplicateRows(keys, nullKeys), new Metric.RepeatedKeyRows(keys, nullKeys), keyedRows());
    }

    @Override
    public Optional<SampleSource> failingRows() {
        return Optional.of(new SampleSource.Rows(new Predicate.KeyRepeated(keys, nullKeys)));
    }

    @Override
    public String describe() {
        return mostly == null ? "duplicate rows on (" + String.join(", ", keys) + ") <= " + max
                : "unique (" + String.join(", ", keys) + ") in >= " + Format.percent(mostly) + " of rows";
    }

    @Override
    public CheckResult evaluate(CheckContext context) {
        DatasetMetrics metrics = context.judgedMetrics();
        Metric metric = new Metric.DuplicateRows(keys, nullKeys);
        long duplicates = metrics.total(metric);
        Map<String, Object> observed = new LinkedHashMap<>();
        observed.put("duplicate_rows", duplicates);
        String on = "(" + String.join(", ", keys) + ")" + (nullKeys == NullKeys.IGNORE_ANY ? "" : ", NULLs " + nullKeys.key());
        String window = context.dataset().isDated() ? " (window " + context.window() + ")" : "";
        if (mostly != null) {
            return unique(context, metrics, observed, on, window).withWaived(context.waivedDatesWithRows());
        }
        String text = context.dataset().table() + " has " + Format.count(duplicates) + " duplicate rows on " + on;
        if (duplicates <= max) {
            return CheckResult.passed(text + ", within the maximum of " + Format.count(max) + window, "<= " + max, String.valueOf(duplicates), observed)
                    .withWaived(context.waivedDatesWithRows());
        }
        List<LocalDate> dates = metrics.perDate(metric).entrySet().stream()
                .filter(e -> e.getValue() > 0).map(Map.Entry::getKey).collect(Collectors.toList());
        String where = context.dataset().isDated() ? "; on " + dates.stream().limit(5).map(LocalDate::toString).collect(Collectors.joining(", "))
                + (dates.size() > 5 ? ", … (" + dates.size() + " dates)" : "") : "";
        return CheckResult.failed(text + ", above the maximum of " + Format.count(max) + where + window,
                "<= " + max, String.valueOf(duplicates), observed).withWaived(context.waivedDatesWithRows());
    }

    private CheckResult unique(CheckContext context, DatasetMetrics metrics, Map<String, Object> observed, String on, String window) {
        long keyed = metrics.total(keyedRows());
        long repeated = metrics.total(new Metric.RepeatedKeyRows(keys, nullKeys));
        observed.put("keyed_rows", keyed);
        observed.put("repeated_key_rows", repeated);
        if (keyed == 0) {
            return CheckResult.notApplicable(context.dataset().table() + " cannot be judged: no rows with a key to compare " + on + window);
        }
        double percent = Format.percent(keyed - repeated, keyed);
        observed.put("unique_percent", Math.round(percent * 100) / 100.0);
        String actual = Format.percent(percent, mostly);
        boolean ok = percent >= mostly;
        return CheckResult.of(ok, context.dataset().table() + " has a unique " + on + " on " + Format.count(keyed - repeated) + " of "
                + Format.count(keyed) + " rows (" + actual + "), " + (ok ? "at least" : "below") + " the " + Format.percent(mostly)
                + " minimum" + window, ">= " + Format.percent(mostly), actual, observed);
    }
}
