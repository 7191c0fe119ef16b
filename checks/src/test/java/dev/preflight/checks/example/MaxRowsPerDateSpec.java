package dev.preflight.checks.example;

import dev.preflight.check.CheckContext;
import dev.preflight.check.CheckResult;
import dev.preflight.check.CheckSpec;
import dev.preflight.check.Format;
import dev.preflight.metric.Metric;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.stream.Collectors;

/**
 * No date in the window has more than {@code max} rows: a date loaded twice shows up as a date with too many rows.
 *
 * @param max the most rows one date may have
 */
public record MaxRowsPerDateSpec(long max) implements CheckSpec {

    @Override
    public String defaultId() {
        return "max_rows_per_date";
    }

    @Override
    public List<Metric> metrics() {
        return List.of(Metric.rowCount());
    }

    @Override
    public String describe() {
        return "rows per date <= " + max;
    }

    @Override
    public CheckResult evaluate(CheckContext context) {
        NavigableMap<LocalDate, Long> rows = context.metrics().perDate(Metric.rowCount());
        Map<LocalDate, Long> over = rows.entrySet().stream().filter(e -> e.getValue() > max)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        long most = rows.values().stream().mapToLong(Long::longValue).max().orElse(0);
        Map<String, Object> observed = new LinkedHashMap<>();
        observed.put("dates_over", over.size());
        observed.put("most_rows_on_a_date", most);
        String table = context.dataset().table().toString();
        String window = "(window " + context.window() + ")";
        if (over.isEmpty()) {
            return CheckResult.passed(table + " has at most " + Format.count(most) + " rows on any date, within the maximum of "
                    + Format.count(max) + " " + window, "<= " + max, String.valueOf(most), observed);
        }
        String dates = over.entrySet().stream().limit(5).map(e -> e.getKey() + " (" + Format.count(e.getValue()) + ")")
                .collect(Collectors.joining(", "));
        return CheckResult.failed(table + " has " + Format.count(over.size()) + " dates with more than " + Format.count(max)
                + " rows: " + dates + (over.size() > 5 ? ", …" : "") + " " + window, "<= " + max, String.valueOf(most), observed);
    }
}
