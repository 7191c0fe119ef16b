package dev.preflight.runner;

import dev.preflight.result.ResultJson;
import dev.preflight.runner.gate.ExitCode;
import dev.preflight.runner.gate.RunRequest;
import dev.preflight.runner.gate.SuiteFilesLoader;
import dev.preflight.runner.gate.UsageException;
import dev.preflight.source.Suggestions;
import dev.preflight.suite.Dataset;
import dev.preflight.suite.Suite;
import dev.preflight.warehouse.HistorySeries;
import dev.preflight.warehouse.MetricHistory;
import dev.preflight.warehouse.Warehouses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code preflight history}: a table's series from the suite's metric history, each date's value as the latest run
 * saw it, with that run's id. Reads only the history, never the warehouse's data.
 */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Prints a table's metric history: one series per check and metric, a line per date (date, value, run).",
                "The suite's 'history:' section says where it is (docs/history.md)."},
        footer = {"", "Example (after two runs of ./preflight demo):",
                "  ./preflight history --suite classpath:preflight/nba/phase3_for_phase4.yaml \\",
                "      --warehouse preflight-demo/nba.duckdb --table nba_analytics.player_game_summary --metric rows_per_calendar_count"})
final class HistoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SuiteOptions options;

    @Option(names = "--table", required = true, paramLabel = "TABLE", description = "The table (dataset.table, or the dataset id).")
    String table;

    @Option(names = "--metric", paramLabel = "METRIC", description = "Only this metric key (e.g. row_count, null_share(usage_rate)) or check id.")
    String metric;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "text (default) or json.")
    String format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String shape = format.trim().toLowerCase(Locale.ROOT);
        if (!shape.equals("text") && !shape.equals("json")) {
            throw new UsageException("--format is text or json, not '" + format + "'");
        }
        RunRequest request = options.request();
        List<Suite> suites = new SuiteFilesLoader(request).load(request.suites());
        Suite suite = null;
        Dataset dataset = null;
        for (Suite candidate : suites) {
            Optional<Dataset> found = candidate.datasets().stream()
                    .filter(d -> d.id().equals(table) || d.table().toString().equals(table)).findFirst();
            if (found.isPresent()) {
                suite = candidate;
                dataset = found.get();
                break;
            }
        }
        if (dataset == null) {
            List<String> tables = suites.stream().flatMap(one -> one.datasets().stream()).map(d -> d.table().toString()).distinct().toList();
            throw new UsageException("no table '" + table + "' in " + String.join(", ", request.suites()) + Suggestions.hint(table, tables)
                    + "; tables: " + String.join(", ", tables));
        }
        if (suite.historySpec().isEmpty()) {
            throw new UsageException("suite " + suite.name() + " keeps no metric history: add 'history: {}' to it (docs/history.md)");
        }
        List<HistorySeries> series;
        String where;
        try (MetricHistory history = Warehouses.load(Thread.currentThread().getContextClassLoader())
                .history(suite.historySpec().get(), suite.warehouse())) {
            where = history.describe();
            List<HistorySeries> all = HistorySeries.of(history.read(suite.name(), dataset.id()));
            series = all.stream().filter(s -> metric == null || s.metric().equals(metric) || s.check().equals(metric)).toList();
            if (series.isEmpty() && !all.isEmpty() && dataset.checks().stream().noneMatch(c -> c.id().equals(metric))) {
                // Neither a series the history holds nor a check of the table: a misspelling, not a history to wait for.
                List<String> names = new ArrayList<>();
                all.forEach(one -> names.add(one.metric()));
                dataset.checks().forEach(c -> names.add(c.id()));
                throw new UsageException("no series '" + metric + "' of " + dataset.table() + " in " + where + Suggestions.hint(metric, names)
                        + "; series: " + all.stream().map(one -> one.metric() + (one.check().equals(MetricHistory.SCAN) ? "" : " (check " + one.check() + ")"))
                        .collect(java.util.stream.Collectors.joining(", ")));
            }
        }
        if (shape.equals("json")) {
            out.println(ResultJson.write(json(suite, dataset, where, series)));
        } else {
            text(out, suite, dataset, where, series);
        }
        out.flush();
        return ExitCode.OPEN.code();
    }

    private void text(PrintWriter out, Suite suite, Dataset dataset, String where, List<HistorySeries> series) {
        out.println(dataset.table() + " in suite " + suite.name() + ", from " + where);
        if (series.isEmpty()) {
            out.println("  no history" + (metric == null ? "" : " of " + metric) + " yet: run the gate first");
            return;
        }
        for (HistorySeries one : series) {
            out.println();
            out.println(one.metric() + (one.check().equals(MetricHistory.SCAN) ? "" : " (check " + one.check() + ")") + ", "
                    + one.points().size() + " dates");
            out.printf("  %-10s  %12s  %s%n", "date", "value", "run");
            for (MetricHistory.Point point : one.points()) {
                out.printf("  %-10s  %12s  %s%n", point.date(), number(point.value()), point.runId());
            }
        }
    }

    private static Map<String, Object> json(Suite suite, Dataset dataset, String where, List<HistorySeries> series) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("suite", suite.name());
        document.put("table", dataset.table().toString());
        document.put("history", where);
        List<Map<String, Object>> all = new ArrayList<>();
        for (HistorySeries one : series) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("check", one.check());
            entry.put("metric", one.metric());
            entry.put("points", one.points().stream().map(p -> {
                Map<String, Object> point = new LinkedHashMap<>();
                point.put("date", p.date().toString());
                point.put("value", p.value());
                point.put("run", p.runId());
                point.put("run_time", p.runTime().toString());
                return point;
            }).toList());
            all.add(entry);
        }
        document.put("series", all);
        return document;
    }

    /** Up to four decimals, no trailing zeros: 24, 24.5, 0.1234. */
    static String number(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
