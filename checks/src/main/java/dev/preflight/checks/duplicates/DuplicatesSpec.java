package dev.preflight.checks.duplicates;

import dev.preflight.check.CheckContext;
import dev.preflight.check.CheckResult;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.Format;
import dev.preflight.metric.Metric;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Rows that repeat a key over the window: a key present three times is two duplicate rows.
 *
 * @param keys the key columns
 * @param max the most duplicate rows allowed
 */
public record DuplicatesSpec(List<String> keys, long max) implements CheckSpec {

    public DuplicatesSpec {
        keys = List.copyOf(keys);
    }

    @Override
    public String defaultId() {
        return "duplicates";
    }

    @Override
    public List<Metric> metrics() {
        return List.of(new Metric.DuplicateRows(keys));
    }

    @Override
    public String describe() {
        return "duplicate rows on (" + String.join(", ", keys) + ") <= " + max;
    }

    @Override
    public CheckResult evaluate(CheckContext context) {
        Metric metric = new Metric.DuplicateRows(keys);
        long duplicates = context.metrics().total(metric);
        Map<String, Object> observed = new LinkedHashMap<>();
        observed.put("duplicate_rows", duplicates);
        String text = context.dataset().table() + " has " + Format.count(duplicates) + " duplicate rows on (" + String.join(", ", keys) + ")";
        String window = "(window " + context.window() + ")";
        if (duplicates <= max) {
            return CheckResult.passed(text + ", within the maximum of " + Format.count(max) + " " + window, "<= " + max, String.valueOf(duplicates), observed);
        }
        List<LocalDate> dates = context.metrics().perDate(metric).entrySet().stream()
                .filter(e -> e.getValue() > 0).map(Map.Entry::getKey).collect(Collectors.toList());
        String where = dates.stream().limit(5).map(LocalDate::toString).collect(Collectors.joining(", "))
                + (dates.size() > 5 ? ", … (" + dates.size() + " dates)" : "");
        return CheckResult.failed(text + ", above the maximum of " + Format.count(max) + "; on " + where + " " + window,
                "<= " + max, String.valueOf(duplicates), observed);
    }
}
