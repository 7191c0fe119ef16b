package dev.preflight.execution;

import dev.preflight.check.CheckContext;
import dev.preflight.check.CheckResult;
import dev.preflight.metric.DatasetMetrics;
import dev.preflight.metric.Metric;
import dev.preflight.model.DateWindow;
import dev.preflight.source.Redaction;
import dev.preflight.suite.CheckDefinition;
import dev.preflight.suite.Dataset;
import dev.preflight.warehouse.MetricHistory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One dataset's part of the suite's metric history: the earlier values each check reads (read once per dataset) and
 * the points this run appends (written once, after every check is judged). Nothing here can fail a check: a history
 * that cannot be opened, read or written becomes a warning, and the checks are judged on their window alone.
 */
final class DatasetHistory {

    /** The detail of a check's result that carries a history warning. */
    static final String WARNING = "history_warning";
    /** The detail of a check's result that carries its series' recent values, for the summary's trend line. */
    static final String TREND = "history_trend";
    static final int TREND_DATES = 90;

    private final SuiteRun run;
    private final Dataset dataset;
    private final List<MetricHistory.Point> points = new ArrayList<>();
    private final Set<String> users = new LinkedHashSet<>();
    private List<MetricHistory.Point> stored;
    private String warning;

    private DatasetHistory(SuiteRun run, Dataset dataset) {
        this.run = run;
        this.dataset = dataset;
    }

    static DatasetHistory of(SuiteRun run, Dataset dataset) {
        return new DatasetHistory(run, dataset);
    }

    /** {@return the check's series before the window, the latest run's value per date; empty without history} */
    NavigableMap<LocalDate, Double> earlier(CheckDefinition check, DateWindow window) {
        Optional<String> metric = check.spec().historyMetric();
        NavigableMap<LocalDate, Double> values = new TreeMap<>();
        if (metric.isEmpty() || !dataset.isDated()) {
            return values;
        }
        users.add(check.id());
        for (MetricHistory.Point point : stored()) {
            // Points come by date then run time: a later run's value of a date replaces an earlier one's.
            if (point.check().equals(check.id()) && point.metric().equals(metric.get()) && point.date().isBefore(window.start())) {
                values.put(point.date(), point.value());
            }
        }
        return values;
    }

    /**
     * Keeps the check's series on the window's dates for this run's append, and {@return the result with its trend}:
     * the last {@value #TREND_DATES} dates of the series, earlier runs' and this one's, as {@value #TREND}
     */
    CheckResult record(CheckDefinition check, CheckContext context, CheckResult result) {
        Optional<String> metric = check.spec().historyMetric();
        if (metric.isEmpty() || !dataset.isDated() || !enabled()) {
            return result;
        }
        TreeMap<LocalDate, Double> trend = new TreeMap<>(context.history());
        check.spec().historyValues(context).forEach((date, value) -> {
            points.add(point(check.id(), metric.get(), date, value));
            trend.put(date, value);
        });
        List<Map<String, Object>> shown = new ArrayList<>();
        trend.descendingMap().entrySet().stream().limit(TREND_DATES).forEach(e -> shown.add(0, Map.of("date", e.getKey().toString(), "value", e.getValue())));
        Map<String, Object> detail = new java.util.LinkedHashMap<>();
        detail.put("metric", metric.get());
        detail.put("points", shown);
        return result.withDetail(TREND, detail);
    }

    /** Keeps the dataset's rows per date, the series of its trend line. */
    void recordScan(DatasetMetrics metrics, DateWindow window) {
        if (!dataset.isDated() || !enabled() || !metrics.has(Metric.rowCount())) {
            return;
        }
        metrics.perDate(Metric.rowCount()).forEach((date, rows) -> {
            if (window.contains(date)) {
                points.add(point(MetricHistory.SCAN, Metric.rowCount().name(), date, rows));
            }
        });
    }

    /** {@return a warning when the history could not be read or written; appends this run's points} */
    Optional<String> write() {
        if (!points.isEmpty()) {
            try {
                run.history().ifPresent(h -> h.append(points));
            } catch (RuntimeException e) {
                warn("not written", e);
            }
        }
        return Optional.ofNullable(warning);
    }

    /** {@return the ids of the judged checks a warning belongs on: those that use history, else the first judged} */
    List<String> warned(Map<String, CheckRun> runs) {
        List<String> judged = runs.values().stream().filter(r -> r.result() != null).map(r -> r.check().id()).toList();
        List<String> using = judged.stream().filter(users::contains).toList();
        return using.isEmpty() ? judged.stream().limit(1).toList() : using;
    }

    private boolean enabled() {
        return run.suite().historySpec().isPresent();
    }

    private List<MetricHistory.Point> stored() {
        if (stored == null) {
            stored = List.of();
            try {
                stored = run.history().map(h -> h.read(run.suite().name(), dataset.id())).orElse(List.of());
            } catch (RuntimeException e) {
                warn("not read", e);
            }
        }
        return stored;
    }

    private void warn(String what, RuntimeException e) {
        if (warning != null) {
            return;
        }
        String where = run.suite().historySpec().map(h -> h.tableName()).orElse("");
        warning = Redaction.redact("metric history (" + where + ") " + what + "; the verdict does not depend on it: "
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }

    private MetricHistory.Point point(String check, String metric, LocalDate date, double value) {
        return new MetricHistory.Point(run.suite().name(), dataset.id(), check, metric, date, value, run.runId(), run.runTime());
    }
}
