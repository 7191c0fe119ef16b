package dev.preflight.runner;

import dev.preflight.runner.gate.UsageException;

import dev.preflight.metric.Metric;
import dev.preflight.suite.Dataset;
import dev.preflight.model.DateWindow;
import dev.preflight.model.TableName;
import dev.preflight.execution.DatasetScanner;
import dev.preflight.plan.Scan;
import dev.preflight.plan.ScanPlanner;
import dev.preflight.source.SourceLocation;
import dev.preflight.duckdb.DuckDbWarehouse;
import dev.preflight.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code preflight bench}: measures the one-scan-per-dataset design against its baseline, one statement per check
 * (how dbt runs tests), on the same data in the same run, and reports the ratio rather than absolute times.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures one fused scan per dataset against one statement per check.",
                "Builds a synthetic DuckDB table and reports medians and their ratio."},
        footer = {"", "Example:", "  preflight bench --rows 5000000 --repeat 5"})
final class BenchCommand implements Callable<Integer> {

    private static final LocalDate FIRST = LocalDate.of(2021, 10, 19);
    private static final int DATES = 1_538;

    @Spec
    CommandSpec spec;

    @Option(names = "--rows", defaultValue = "5000000", description = "Rows in the synthetic table (default: ${DEFAULT-VALUE}).")
    long rows;

    @Option(names = "--repeat", defaultValue = "5", description = "Measured rounds after one warm-up round (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--window-days", defaultValue = "365", description = "Days in the checked window (default: ${DEFAULT-VALUE}); the table spans " + DATES + ".")
    int windowDays;

    @Override
    public Integer call() throws IOException, SQLException {
        if (rows < 1 || repeat < 1 || windowDays < 1) {
            throw new UsageException("--rows, --repeat and --window-days must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("preflight-bench");
        Path file = dir.resolve("preflight-bench.duckdb");
        try {
            long built = System.nanoTime();
            build(file);
            out.printf(Locale.ROOT, "Built %,d rows over %d dates in %.1f s (%s).%n", rows, DATES, (System.nanoTime() - built) / 1e9, file);
            Dataset dataset = new Dataset("facts", new TableName(List.of("bench", "facts")), "game_date", List.of("game_id", "player_lookup"),
                    null, List.of(), List.of(), List.of(), new SourceLocation(URI.create("bench:suite"), "bench", 1, 1));
            DateWindow window = new DateWindow(FIRST.plusDays(DATES / 3), FIRST.plusDays(DATES / 3 + windowDays - 1));
            List<Metric> metrics = List.of(Metric.rowCount(), new Metric.NullCount("minutes_played"), new Metric.NullCount("usage_rate"),
                    new Metric.NullCount("points"), new Metric.NullCount("rebounds"), new Metric.NullCount("assists"),
                    new Metric.DuplicateRows(List.of("game_id", "player_lookup")));
            try (Warehouse warehouse = DuckDbWarehouse.open(file.toString())) {
                out.printf(Locale.ROOT, "Window %s (%d of %d dates); medians of %d rounds after a warm-up.%n", window, windowDays, DATES, repeat);
                compare("row count + 5 null counts", dataset, window, metrics.subList(0, 6), warehouse, out);
                compare("row count + 5 null counts + duplicates", dataset, window, metrics, warehouse, out);
            }
        } finally {
            Files.deleteIfExists(dir.resolve("preflight-bench.duckdb.wal"));
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
        out.flush();
        return 0;
    }

    /** Times the fused scan and the per-check baseline for one set of metrics, one after the other, on the same data. */
    private void compare(String label, Dataset dataset, DateWindow window, List<Metric> metrics, Warehouse warehouse, PrintWriter out) {
        Scan fused = ScanPlanner.plan(dataset, window, metrics, warehouse.dialect());
        List<Scan> separate = new ArrayList<>();
        for (Metric metric : metrics.subList(1, metrics.size())) {
            separate.add(ScanPlanner.plan(dataset, window, List.of(metric), warehouse.dialect()));
        }
        double[] fusedMs = measure(() -> DatasetScanner.run(fused, warehouse));
        double[] separateMs = measure(() -> separate.forEach(scan -> DatasetScanner.run(scan, warehouse)));
        double f = median(fusedMs);
        double s = median(separateMs);
        out.printf(Locale.ROOT, "%s:%n", label);
        out.printf(Locale.ROOT, "  one fused scan          :  1 statement,  median %8.1f ms  (rounds %s)%n", f, rounds(fusedMs));
        out.printf(Locale.ROOT, "  one statement per check : %2d statements, median %8.1f ms  (rounds %s)%n", separate.size(), s, rounds(separateMs));
        out.printf(Locale.ROOT, "  ratio (per-check ÷ fused): %.2f×%n", s / f);
    }

    private void build(Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file); Statement sql = connection.createStatement()) {
            sql.execute("CREATE SCHEMA bench");
            // Deterministic pseudo-random columns from hash(i): the same table in every run, with NULLs in every column.
            sql.execute("CREATE TABLE bench.facts AS SELECT "
                    + "DATE '" + FIRST + "' + CAST(i % " + DATES + " AS INTEGER) AS game_date, "
                    + "'g' || (i // 26) AS game_id, 'p' || (i % 26) || '_' || (i // 26 % 1000) AS player_lookup, "
                    + "CASE WHEN hash(i) % 100 < 2 THEN NULL ELSE (hash(i) % 48)::DOUBLE END AS minutes_played, "
                    + "CASE WHEN hash(i + 1) % 100 < 10 THEN NULL ELSE (hash(i + 1) % 40)::DOUBLE END AS usage_rate, "
                    + "CASE WHEN hash(i + 2) % 1000 < 5 THEN NULL ELSE hash(i + 2) % 50 END AS points, "
                    + "CASE WHEN hash(i + 3) % 100 < 1 THEN NULL ELSE hash(i + 3) % 20 END AS rebounds, "
                    + "CASE WHEN hash(i + 4) % 100 < 1 THEN NULL ELSE hash(i + 4) % 15 END AS assists "
                    + "FROM range(" + rows + ") t(i)");
        }
    }

    private double[] measure(Runnable round) {
        round.run();
        double[] ms = new double[repeat];
        for (int i = 0; i < repeat; i++) {
            long started = System.nanoTime();
            round.run();
            ms[i] = (System.nanoTime() - started) / 1e6;
        }
        return ms;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String rounds(double[] ms) {
        StringBuilder text = new StringBuilder();
        for (double m : ms) {
            text.append(text.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.0f", m));
        }
        return text.toString();
    }
}
