package dev.preflight.checks.anomaly;

import dev.preflight.check.CheckResult;
import dev.preflight.checks.BuiltInChecks;
import dev.preflight.model.HistorySpec;
import dev.preflight.model.WarehouseSpec;
import dev.preflight.testing.DuckDbFixture;
import dev.preflight.testing.SuiteEvaluation;
import dev.preflight.warehouse.MetricHistory;
import dev.preflight.warehouse.Warehouses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Metric history across runs on DuckDB: a first run over January to early March appends its per-date values; a
 * second run over one day, the half-scraped 2024-03-15, judges it against the first run's values. One date a day,
 * 100–104 rows, 60 on the planted date.
 */
class AnomalyHistoryTest {

    static final String HALF = "2024-03-15";

    @TempDir
    Path dir;
    Path database;

    @BeforeEach
    void warehouse() {
        database = dir.resolve("nba.duckdb");
        try (DuckDbFixture db = DuckDbFixture.create(database)) {
            db.sql("CREATE SCHEMA nba_raw", "CREATE SCHEMA nba_analytics",
                    "CREATE TABLE nba_raw.schedule AS SELECT unnest(range(DATE '2024-01-01', DATE '2024-04-01', INTERVAL 1 DAY))::DATE AS game_date",
                    "CREATE TABLE nba_analytics.pgs AS SELECT s.game_date, i AS player FROM nba_raw.schedule s, range(0, 200) t(i)"
                            + " WHERE i < CASE WHEN s.game_date = DATE '" + HALF + "' THEN 60 ELSE 100 + dayofyear(s.game_date) % 5 END");
        }
    }

    @Test
    void should_judge_a_one_day_window_against_the_values_an_earlier_run_recorded() {
        // GIVEN a first run that recorded January to early March
        run("2024-01-01", "2024-03-10", "history: {}");

        // WHEN a second run looks at one day
        CheckResult result = run(HALF, HALF, "history: {}").result("pgs", "rows");

        // THEN the baseline is the first run's last 28 values (the default lookback)
        assertThat(AnomalyTest.dates(result)).containsExactly(HALF);
        assertThat(result.observations()).containsEntry("baseline_from_history", 28);
    }

    @Test
    void should_not_judge_a_one_day_window_without_history() {
        CheckResult result = run(HALF, HALF, "").result("pgs", "rows");

        assertThat(result.status()).isEqualTo(CheckResult.Status.NOT_APPLICABLE);
    }

    @Test
    void should_append_each_runs_values_beside_the_warehouse_file() {
        run("2024-01-01", "2024-01-31", "history: {}");
        run("2024-01-20", "2024-02-10", "history: {}");

        List<MetricHistory.Point> points = history().read("history", "pgs");

        // Rows per date of the dataset's scan, and the check's own series, from both runs.
        assertThat(Files.exists(dir.resolve(HistorySpec.DEFAULT_FILE))).isTrue();
        assertThat(points.stream().filter(p -> p.check().equals(MetricHistory.SCAN)).map(MetricHistory.Point::metric).distinct()).containsExactly("row_count");
        assertThat(points.stream().filter(p -> p.check().equals("rows")).map(MetricHistory.Point::metric).distinct()).containsExactly("rows");
        assertThat(points.stream().map(MetricHistory.Point::runId).distinct()).hasSize(2);
        // 2024-01-20..31 were seen by both runs: 12 dates twice, for each of the two series.
        assertThat(points).hasSize(2 * (31 + 22));
        assertThat(points.stream().filter(p -> p.check().equals("rows") && p.date().toString().equals("2024-01-05")).map(MetricHistory.Point::value))
                .containsExactly(100.0 + 5 % 5);
    }

    @Test
    void should_leave_the_verdict_unchanged_and_warn_when_history_cannot_be_written() throws Exception {
        // GIVEN a history file that is not a DuckDB database
        Path broken = dir.resolve("broken.duckdb");
        Files.writeString(broken, "not a database");
        CheckResult without = run("2024-01-01", "2024-03-31", "").result("pgs", "rows");

        // WHEN the same run keeps its history there
        CheckResult with = run("2024-01-01", "2024-03-31", "history: {path: \"" + broken + "\"}").result("pgs", "rows");

        // THEN the result is the same, with a warning
        assertThat(with.status()).isEqualTo(without.status()).isEqualTo(CheckResult.Status.FAILED);
        assertThat(with.message()).isEqualTo(without.message());
        assertThat(AnomalyTest.dates(with)).containsExactly(HALF);
        assertThat((String) with.details().get("history_warning")).startsWith("metric history (preflight_metric_history) not read;"
                + " the verdict does not depend on it: ");
        assertThat(without.details()).doesNotContainKey("history_warning");
    }

    private SuiteEvaluation run(String start, String end, String history) {
        return BuiltInChecks.evaluate("""
                preflight: 1
                name: history
                window: {start: %s, end: %s}
                calendar: {table: nba_raw.schedule, date_column: game_date}
                %s
                datasets:
                  - table: nba_analytics.pgs
                    date_column: game_date
                    checks:
                      - anomaly: {id: rows, metric: rows}
                """.formatted(start, end, history), database);
    }

    private MetricHistory history() {
        return Warehouses.load(getClass().getClassLoader()).history(new HistorySpec(null, null, null),
                new WarehouseSpec("duckdb", Map.of("path", database.toString()), null));
    }
}
