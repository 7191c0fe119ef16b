package dev.preflight.checks.bigquery;

import dev.preflight.bigquery.BigQueryStubServer;
import dev.preflight.checks.engine.ParallelScanTest;
import dev.preflight.model.WarehouseSpec;
import dev.preflight.warehouse.Warehouses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

/**
 * Datasets scanned at once on BigQuery (issue 11, target 4): the real client against the REST stub, with the warehouse
 * setting {@code parallelism} at 4. Statements of different datasets are in flight together; the engine still reports
 * what a sequential run reports; a silent endpoint costs timeout_seconds once and no dataset's timeout is diagnosed as
 * a missing table.
 */
class ParallelScanOnBigQueryStubTest {

    /** A scan's answer with no rows: every row_count check is judged, and fails. */
    private static final BigQueryStubServer.Answer NO_ROWS = new BigQueryStubServer.Answer(
            List.of(new BigQueryStubServer.Column("pf_date", "DATE"), new BigQueryStubServer.Column("m0", "INTEGER")), List.of(), 0);
    private static final Pattern FROM = Pattern.compile("FROM `[^`]+\\.([^`.]+)`");

    @TempDir
    Path dir;

    @Test
    void should_have_the_scans_of_four_datasets_in_flight_at_once() throws IOException {
        // The first dataset runs alone (so a silent endpoint is found out as in a sequential run); each later scan
        // waits in the stub until four are waiting, so four can only be counted if four datasets' jobs were sent together.
        CountDownLatch four = new CountDownLatch(4);
        AtomicInteger arrived = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        Set<String> together = java.util.Collections.synchronizedSet(new HashSet<>());
        BigQueryStubServer.Engine engine = sql -> {
            if (arrived.incrementAndGet() > 1) {
                mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                together.add(table(sql));
                four.countDown();
                try {
                    four.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                inFlight.decrementAndGet();
            }
            return NO_ROWS;
        };
        try (BigQueryStubServer stub = BigQueryStubServer.start(engine)) {
            Path suite = suite("t1", "t2", "t3", "t4", "t5");

            EngineExecutionResults results = run(suite, stub, 4, Map.of());

            assertThat(mostInFlight.get()).isEqualTo(4);
            assertThat(four.getCount()).isZero();
            assertThat(together).hasSize(4).isSubsetOf("t1", "t2", "t3", "t4", "t5");
            assertThat(stub.requests("POST", "/jobs$")).hasSize(5);
            // Every check was judged on its answer (no rows: row_count fails), none errored.
            assertThat(results.testEvents().failed().stream().map(e -> e.getPayload(TestExecutionResult.class).orElseThrow()
                    .getThrowable().orElseThrow().getClass().getSimpleName()).toList())
                    .as(results.testEvents().failed().stream().map(ParallelScanOnBigQueryStubTest::message).toList().toString())
                    .containsExactly("AssertionFailedError", "AssertionFailedError", "AssertionFailedError", "AssertionFailedError",
                            "AssertionFailedError");
        }
    }

    @Test
    void should_report_the_events_and_results_of_a_sequential_run() throws Exception {
        Path fixture = NbaFixture.create(dir.resolve("nba.duckdb"));
        Path suite = Files.writeString(dir.resolve("nba_parallel.yaml"), """
                preflight: 1
                name: nba_parallel
                parameters:
                  start_date: 2021-10-19
                  end_date: 2026-01-03
                calendar:
                  table: nba_raw.nbac_schedule
                  date_column: game_date
                  season_column: season_year
                  where: is_regular_season OR is_playoffs
                  count_distinct: game_id
                datasets:
                  - table: nba_analytics.player_game_summary
                    date_column: game_date
                    checks:
                      - coverage: {min: 95}
                      - null_rate: {column: usage_rate, max: 5, severity: warn}
                  - table: nba_analytics.team_offense_game_summary
                    date_column: game_date
                    checks:
                      - coverage: {min: 95}
                  - table: nba_analytics.player_game_sumary
                    date_column: game_date
                    checks:
                      - row_count: {min: 1}
                  - table: nba_analytics.team_defense_game_summary
                    date_column: game_date
                    checks:
                      - coverage: {min: 95}
                  - table: nba_analytics.upcoming_team_game_context
                    date_column: game_date
                    checks:
                      - null_rate: {column: game_totl, max: 5}
                      - row_count: {min: 1}
                  - table: nba_analytics.upcoming_player_game_context
                    date_column: game_date
                    checks:
                      - coverage: {min: 90}
                """);
        try (DuckDbBackedBigQuery engine = new DuckDbBackedBigQuery(fixture); BigQueryStubServer stub = BigQueryStubServer.start(engine)) {
            NbaSchemas.TABLES.forEach(t -> stub.table(NbaSchemas.PROJECT, t.dataset(), t.table(), t.columns().stream()
                    .map(c -> new BigQueryStubServer.Column(c.name(), c.type())).toList()));

            List<String> sequential = ParallelScanTest.events(run(suite, stub, 1, Map.of()));
            List<String> parallel = ParallelScanTest.events(run(suite, stub, 4, Map.of()));

            assertThat(sequential).hasSizeGreaterThan(20);
            assertThat(parallel).containsExactlyElementsOf(sequential);
            // The diagnosis held with statements at once: the misspelt table, where the suite writes it.
            assertThat(parallel).anyMatch(e -> e.contains("nba_parallel.yaml:22:5: table nba_analytics.player_game_sumary does not exist"));
        }
    }

    @Test
    void should_wait_out_a_silent_endpoint_once_and_report_its_timeout_on_every_dataset() throws IOException {
        try (BigQueryStubServer stub = BigQueryStubServer.start(sql -> NO_ROWS)) {
            for (int i = 0; i < 8; i++) {
                stub.hang("POST", "/jobs$");
            }
            Path suite = suite("t1", "t2", "t3", "t4");

            EngineExecutionResults results = run(suite, stub, 4, Map.of("timeout_seconds", "1"));

            List<String> messages = results.testEvents().failed().stream().map(ParallelScanOnBigQueryStubTest::message).toList();
            assertThat(messages).as(stub.requests().toString()).hasSize(4)
                    .allMatch(m -> m.contains(" took longer than timeout_seconds = 1 s; BigQuery job preflight_"), "the timeout")
                    .noneMatch(m -> m.contains("does not exist"));
            // The first dataset's statement waited its timeout; every other was never sent and names it, as in a
            // sequential run.
            List<String> waited = messages.stream().filter(m -> !m.contains("not sent: ")).toList();
            assertThat(waited).hasSize(1).allMatch(m -> m.contains("t1 took longer than timeout_seconds"), "the first dataset");
            assertThat(messages).filteredOn(m -> m.contains("not sent: ")).hasSize(3)
                    .allMatch(m -> m.endsWith(", because " + waited.get(0)), "the first timeout");
            // At most one job (on a loaded machine the timeout may come before the stub has read it), and no
            // diagnosis asked for a table's columns.
            assertThat(stub.requests("POST", "/jobs$")).hasSizeLessThanOrEqualTo(1);
            assertThat(stub.requests("GET", "/tables/")).isEmpty();
        }
    }

    @Test
    void should_scan_four_datasets_at_once_on_bigquery_and_one_on_duckdb_by_default() {
        Warehouses warehouses = Warehouses.load(getClass().getClassLoader());

        assertThat(warehouses.parallelism(new WarehouseSpec("bigquery", Map.of("project", NbaSchemas.PROJECT), null))).isEqualTo(4);
        assertThat(warehouses.parallelism(new WarehouseSpec("duckdb", Map.of("path", ":memory:"), null))).isEqualTo(1);
    }

    /** A suite of one dataset per table, each with one row_count check and no calendar. */
    private Path suite(String... tables) throws IOException {
        StringBuilder yaml = new StringBuilder("preflight: 1\nname: parallel\nparameters:\n  start_date: 2024-01-01\n  end_date: 2024-01-20\n"
                + "datasets:\n");
        for (String table : tables) {
            yaml.append("  - table: d.").append(table).append("\n    date_column: d\n    checks:\n      - row_count: {min: 1}\n");
        }
        return Files.writeString(dir.resolve("parallel.yaml"), yaml);
    }

    private static EngineExecutionResults run(Path suite, BigQueryStubServer stub, int parallelism, Map<String, String> settings) {
        var run = EngineTestKit.engine("preflight").selectors(selectFile(suite.toFile()))
                .configurationParameter("preflight.warehouse.type", "bigquery")
                .configurationParameter("preflight.warehouse.project", NbaSchemas.PROJECT)
                .configurationParameter("preflight.warehouse.host", stub.host())
                .configurationParameter("preflight.warehouse.parallelism", String.valueOf(parallelism));
        settings.forEach((key, value) -> run.configurationParameter("preflight.warehouse." + key, value));
        return run.execute();
    }

    private static String table(String sql) {
        Matcher from = FROM.matcher(sql);
        return from.find() ? from.group(1) : sql;
    }

    private static String message(Event event) {
        return event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).map(Throwable::getMessage).orElse("");
    }
}
