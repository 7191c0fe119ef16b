package dev.preflight.checks.example;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/** The check type of docs/adding-a-check-type.md, found through META-INF/services and run by the engine. */
class MaxRowsPerDateTest {

    @Test
    void runsThroughTheEngine(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("w.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA nba_analytics");
            // 10 rows a date for five dates; 2025-01-03 was loaded twice.
            s.execute("CREATE TABLE nba_analytics.team_offense_game_summary AS "
                    + "SELECT DATE '2025-01-01' + CAST(d AS INTEGER) AS game_date, 'team_' || t AS team_abbr "
                    + "FROM range(5) a(d), range(10) b(t)");
            s.execute("INSERT INTO nba_analytics.team_offense_game_summary "
                    + "SELECT game_date, team_abbr FROM nba_analytics.team_offense_game_summary WHERE game_date = DATE '2025-01-03'");
        }
        Path suite = dir.resolve("suite.yaml");
        Files.writeString(suite, """
                preflight: 1
                name: rows_per_date
                parameters: {start_date: 2025-01-01, end_date: 2025-01-05}
                warehouse: {path: %s}
                datasets:
                  - table: nba_analytics.team_offense_game_summary
                    date_column: game_date
                    checks:
                      - max_rows_per_date: {max: 10}
                      - max_rows_per_date: {max: 20, id: loose}
                """.formatted(db));

        EngineExecutionResults results = EngineTestKit.engine("preflight").selectors(selectFile(suite.toFile())).execute();

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
        results.testEvents().assertThatEvents()
                .haveExactly(1, event(test("max_rows_per_date"), finishedWithFailure(message(
                        "nba_analytics.team_offense_game_summary has 1 dates with more than 10 rows: 2025-01-03 (20) "
                                + "(window 2025-01-01..2025-01-05)"))))
                .haveExactly(1, event(test("loose"), finishedSuccessfully()));
        assertThat(results.testEvents().started().stream().map(e -> e.getTestDescriptor().getDisplayName()))
                .containsExactly("team_offense_game_summary › max_rows_per_date: rows per date <= 10",
                        "team_offense_game_summary › loose: rows per date <= 20");
    }

    @Test
    void reportsAMisspeltMaxOnceWhereItIsWritten(@TempDir Path dir) throws Exception {
        Path suite = dir.resolve("suite.yaml");
        Files.writeString(suite, """
                preflight: 1
                name: rows_per_date
                parameters: {start_date: 2025-01-01, end_date: 2025-01-05}
                datasets:
                  - table: a.b
                    date_column: d
                    checks:
                      - max_rows_per_date: {maximum: 10}
                """);

        EngineExecutionResults results = EngineTestKit.engine("preflight").selectors(selectFile(suite.toFile())).execute();

        results.testEvents().assertThatEvents().haveExactly(1, event(test(), finishedWithFailure(message(m ->
                !m.contains("needs 'max'")
                        && m.endsWith("suite.yaml:8:29: unknown key 'maximum' in check 'max_rows_per_date' of dataset 'b'; "
                        + "known keys: id, severity, tags, description, fallback, samples, max")))));
    }
}
