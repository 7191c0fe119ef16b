package dev.preflight.warehouse;

import org.apiguardian.api.API;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * One series of a dataset's metric history: a check's metric by date, each date's value as the latest run saw it
 * (a run that saw a date again, after a backfill, replaces what an earlier run saw).
 *
 * @param check the check's id, or {@link MetricHistory#SCAN}
 * @param metric the metric's key
 * @param points by date, one a date
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record HistorySeries(String check, String metric, List<MetricHistory.Point> points) {

    public HistorySeries {
        points = List.copyOf(points);
    }

    /** {@return the series of the points, in the order each first appears; points come by date then run time} */
    public static List<HistorySeries> of(List<MetricHistory.Point> all) {
        Map<List<String>, TreeMap<LocalDate, MetricHistory.Point>> series = new LinkedHashMap<>();
        for (MetricHistory.Point point : all) {
            series.computeIfAbsent(List.of(point.check(), point.metric()), k -> new TreeMap<>()).merge(point.date(), point,
                    (earlier, later) -> later.runTime().isBefore(earlier.runTime()) ? earlier : later);
        }
        List<HistorySeries> out = new ArrayList<>();
        series.forEach((key, points) -> out.add(new HistorySeries(key.get(0), key.get(1), new ArrayList<>(points.values()))));
        return out;
    }
}
