package dev.preflight.bigquery;

import dev.preflight.model.HistorySpec;
import dev.preflight.model.WarehouseSpec;
import dev.preflight.warehouse.HistoryTable;
import dev.preflight.warehouse.MetricHistory;
import dev.preflight.warehouse.Warehouses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static dev.preflight.bigquery.BigQueryWarehouseTest.AT;
import static dev.preflight.bigquery.BigQueryWarehouseTest.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metric history in a BigQuery table, through the real client against the stub server. The stub's engine keeps
 * the history table's rows in memory: CREATE TABLE makes it, INSERT appends the bound parameters eight at a time,
 * and the SELECT returns the suite's and dataset's rows by date then run time, as BigQuery would.
 */
class BigQueryHistoryTest {

    static final Instant FIRST = Instant.parse("2026-01-02T06:00:00Z");
    static final Instant SECOND = Instant.parse("2026-01-03T06:00:00Z");

    final List<List<String>> rows = new ArrayList<>();
    final List<String> statements = new ArrayList<>();
    BigQueryStubServer stub;
    MetricHistory history;

    @BeforeEach
    void start() {
        stub = BigQueryStubServer.start(new BigQueryStubServer.Engine() {
            @Override
            public BigQueryStubServer.Answer answer(String sql) {
                return answer(sql, List.of());
            }

            @Override
            public synchronized BigQueryStubServer.Answer answer(String sql, List<String> parameters) {
                statements.add(sql);
                if (sql.startsWith("INSERT")) {
                    for (int i = 0; i < parameters.size(); i += HistoryTable.COLUMNS.size()) {
                        rows.add(parameters.subList(i, i + HistoryTable.COLUMNS.size()));
                    }
                }
                List<List<String>> selected = sql.startsWith("SELECT")
                        ? rows.stream().filter(r -> r.get(0).equals(parameters.get(0)) && r.get(1).equals(parameters.get(1)))
                                .sorted(Comparator.<List<String>, String>comparing(r -> r.get(4)).thenComparing(r -> r.get(7))).toList()
                        : List.of();
                return new BigQueryStubServer.Answer(sql.startsWith("SELECT") ? SCHEMA : List.of(), selected, 0);
            }
        });
        history = Warehouses.load(getClass().getClassLoader()).history(new HistorySpec(null, "dq.metric_history", AT),
                new WarehouseSpec("bigquery", Map.of("project", PROJECT, "host", stub.host()), AT));
    }

    static final List<BigQueryStubServer.Column> SCHEMA = List.of(new BigQueryStubServer.Column("suite", "STRING"),
            new BigQueryStubServer.Column("dataset", "STRING"), new BigQueryStubServer.Column("check_id", "STRING"),
            new BigQueryStubServer.Column("metric", "STRING"), new BigQueryStubServer.Column("metric_date", "DATE"),
            new BigQueryStubServer.Column("value", "FLOAT"), new BigQueryStubServer.Column("run_id", "STRING"),
            new BigQueryStubServer.Column("run_time", "STRING"));

    @AfterEach
    void stop() {
        history.close();
        stub.close();
    }

    @Test
    void appendsEachRunAndReadsTheSeriesBackByDateThenRun() {
        // GIVEN two runs, the second seeing one date again
        List<MetricHistory.Point> first = List.of(point("2024-11-04", 24.5, "run-1", FIRST), point("2024-11-05", 25.0, "run-1", FIRST));
        List<MetricHistory.Point> second = List.of(point("2024-11-05", 14.75, "run-2", SECOND), point("2024-11-06", 24.0, "run-2", SECOND),
                new MetricHistory.Point("phase3", "other_table", "rows", "rows", LocalDate.parse("2024-11-05"), 1, "run-2", SECOND));

        // WHEN both are appended and the dataset is read
        history.append(first);
        history.append(second);
        stub.table(PROJECT, "dq", "metric_history", SCHEMA);
        List<MetricHistory.Point> read = history.read("phase3", "player_game_summary");

        // THEN every point of the dataset comes back, by date then run time
        assertThat(read).containsExactly(first.get(0), first.get(1), second.get(0), second.get(1));
        assertThat(statements.get(0)).isEqualTo("CREATE TABLE IF NOT EXISTS `test-project.dq.metric_history` (`suite` STRING, `dataset` STRING,"
                + " `check_id` STRING, `metric` STRING, `metric_date` DATE, `value` FLOAT64, `run_id` STRING, `run_time` STRING)");
        // The table is created once; values travel as parameters, never in the SQL.
        assertThat(statements).filteredOn(s -> s.startsWith("CREATE")).hasSize(1);
        assertThat(statements).filteredOn(s -> s.startsWith("INSERT")).hasSize(2).noneMatch(s -> s.contains("phase3") || s.contains("2024"));
    }

    @Test
    void readsNothingBeforeTheTableExists() {
        assertThat(history.read("phase3", "player_game_summary")).isEmpty();
        assertThat(statements).isEmpty();
    }

    @Test
    void opensBesideAWarehouseThatSetsParallelism() {
        try (MetricHistory withParallelism = Warehouses.load(getClass().getClassLoader()).history(new HistorySpec(null, "dq.metric_history", AT),
                new WarehouseSpec("bigquery", Map.of("project", PROJECT, "host", stub.host(), "parallelism", "1"), AT))) {
            assertThat(withParallelism.read("phase3", "player_game_summary")).isEmpty();
        }
    }

    @Test
    void describesItsTable() {
        assertThat(history.describe()).isEqualTo("BigQuery table dq.metric_history");
    }

    static MetricHistory.Point point(String date, double value, String run, Instant time) {
        return new MetricHistory.Point("phase3", "player_game_summary", "rows_per_game", "rows_per_calendar_count", LocalDate.parse(date), value, run, time);
    }
}
