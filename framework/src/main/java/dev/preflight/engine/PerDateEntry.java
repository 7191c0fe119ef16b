package dev.preflight.engine;

import dev.preflight.calendar.ExpectedCalendar;
import dev.preflight.execution.DatasetRun;
import dev.preflight.metric.DatasetMetrics;
import dev.preflight.metric.Metric;
import dev.preflight.model.DateWindow;
import dev.preflight.result.ResultJson;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dataset's numbers per date as data ({@value Constants#PER_DATE}): every metric's count on each date with rows,
 * and the expected calendar over the window when its checks needed one. Reports turn it into a per-date table and a
 * coverage calendar; the engine only says what it counted, no statement more.
 */
final class PerDateEntry {

    private PerDateEntry() {
    }

    /** {@return the entry's JSON, or null when the dataset has no metrics (its run failed before the scan)} */
    static String json(DatasetRun run, DateWindow window) {
        DatasetMetrics metrics = run.metrics();
        if (metrics == null) {
            return null;
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("metrics", metrics.metrics().stream().map(Metric::name).toList());
        Map<String, List<Number>> counts = new LinkedHashMap<>();
        for (LocalDate date : metrics.datesWithRows()) {
            counts.put(date.toString(), metrics.metrics().stream()
                    .<Number>map(m -> m.isCount() ? metrics.on(m, date) : metrics.value(m, date)).toList());
        }
        document.put("counts", counts);
        ExpectedCalendar calendar = run.calendar();
        if (calendar != null) {
            ExpectedCalendar.Expectation expectation = calendar.within(window);
            Map<String, Object> expected = new LinkedHashMap<>();
            expected.put("season_starts", calendar.seasonStarts().stream().map(LocalDate::toString).toList());
            expected.put("expected_dates", expectation.expected().stream().map(LocalDate::toString).toList());
            expected.put("bootstrap_dates", expectation.bootstrap().stream().map(LocalDate::toString).toList());
            document.put("calendar", expected);
        }
        return ResultJson.write(document);
    }
}
