package dev.preflight.engine;

import dev.preflight.calendar.ExpectedCalendar;
import dev.preflight.execution.DatasetRun;
import dev.preflight.metric.DatasetMetrics;
import dev.preflight.metric.Metric;
import dev.preflight.model.DateWindow;
import dev.preflight.result.ResultJson;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

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
        List<Metric> columns = metrics.metrics();
        ExpectedCalendar calendar = run.calendar();
        return ResultJson.stream(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("metrics");
            for (Metric metric : columns) {
                json.writeString(metric.name());
            }
            json.writeEndArray();
            json.writeObjectFieldStart("counts");
            for (LocalDate date : metrics.datesWithRows()) {
                json.writeArrayFieldStart(date.toString());
                for (Metric metric : columns) {
                    if (metric.isCount()) {
                        json.writeNumber(metrics.on(metric, date));
                    } else {
                        json.writeNumber(metrics.value(metric, date));
                    }
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            if (calendar != null) {
                ExpectedCalendar.Expectation expectation = calendar.within(window);
                json.writeObjectFieldStart("calendar");
                dates(json, "season_starts", calendar.seasonStarts());
                dates(json, "expected_dates", expectation.expected());
                dates(json, "bootstrap_dates", expectation.bootstrap());
                json.writeEndObject();
            }
            json.writeEndObject();
        });
    }

    private static void dates(JsonGenerator json, String field, Collection<LocalDate> dates) throws IOException {
        json.writeArrayFieldStart(field);
        for (LocalDate date : dates) {
            json.writeString(date.toString());
        }
        json.writeEndArray();
    }
}
