package dev.preflight.checks;

import dev.preflight.checks.testing.SuiteHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promise of the check library: every aggregate metric of a dataset comes from one statement, shared by the checks
 * that need it; a failing scan errors its own dataset's checks and no other; a table without a date column is judged
 * as a whole.
 */
class OneScanTest {

    private static Path warehouse(Path dir) {
        return SuiteHarness.database(dir, "CREATE SCHEMA nba",
                "CREATE TABLE nba.calendar AS SELECT DATE '2024-01-01' + CAST(i AS INTEGER) AS game_date FROM range(5) t(i)",
                "CREATE TABLE nba.pgs AS SELECT DATE '2024-01-01' + CAST(i % 5 AS INTEGER) AS game_date, 'p' || i AS player_lookup,"
                        + " CASE WHEN i % 4 = 0 THEN NULL ELSE i END AS usage_rate, i AS points, 30.0 AS minutes_played FROM range(40) t(i)",
                "CREATE TABLE nba.teams AS SELECT DATE '2024-01-01' AS game_date, 'ATL' AS team_abbr",
                "CREATE TABLE nba.ref AS SELECT * FROM (VALUES ('ATL', 1), ('BOS', 2), ('BOS', 3)) v(team_abbr, conference_rank)");
    }

    @Test
    void should_compute_every_metric_of_eleven_checks_in_one_statement(@TempDir Path dir) {
        Path suite = SuiteHarness.suite(dir, warehouse(dir), "window: {start: 2024-01-01, end: 2024-01-05}\n"
                + "calendar: {table: nba.calendar, date_column: game_date}\ndatasets:\n"
                + "  - table: nba.pgs\n    date_column: game_date\n    keys: [player_lookup]\n    checks:\n"
                + "      - coverage: {min: 95}\n"
                + "      - coverage: {id: deep, min: 95, min_rows_per_date: 8}\n"
                + "      - null_rate: {column: usage_rate, min: 95, severity: warn}\n"
                + "      - completeness: {columns: {usage_rate: 70, minutes_played: {min: 99, critical: true}}}\n"
                + "      - completeness: {id: scored, where: points IS NOT NULL, columns: {usage_rate: 70}}\n"
                + "      - duplicates: {}\n"
                + "      - duplicates: {id: mostly_unique, mostly: 99}\n"
                + "      - values: {column: points, min: 0, max: 39}\n"
                + "      - row_count: {min: 40, max: 40}\n"
                + "      - row_count_per_date: {min: 8, max: 8}\n"
                + "      - freshness: {max_days_behind: 0}\n");

        SuiteHarness.Run run = SuiteHarness.run(suite);

        assertThat(run.outcomes()).containsOnlyKeys("pgs/coverage", "pgs/deep", "pgs/null_rate(usage_rate)", "pgs/completeness", "pgs/scored",
                "pgs/duplicates", "pgs/mostly_unique", "pgs/values(points)", "pgs/row_count", "pgs/row_count_per_date", "pgs/freshness");
        assertThat(run.outcome("pgs/null_rate(usage_rate)")).isEqualTo("WARNED");
        assertThat(run.outcomes().values()).filteredOn(o -> !o.equals("WARNED")).containsOnly("PASSED");
        // the calendar loads once per suite, before the dataset; the dataset's statements are its one scan
        assertThat(run.statements("pgs")).isEqualTo(1);
        assertThat(run.check("pgs/completeness").path("observed").path("usage_rate_non_null_percent").asDouble()).isEqualTo(75.0);
    }

    @Test
    void should_error_only_the_check_whose_sql_the_warehouse_rejects(@TempDir Path dir) {
        // 'min: 1' against a text column: DuckDB cannot compare, so the fused scan fails. The engine probes each check
        // alone, errors the values check as the suite's mistake at its location, and scans again without it.
        Path suite = SuiteHarness.suite(dir, warehouse(dir), "window: {start: 2024-01-01, end: 2024-01-05}\ndatasets:\n"
                + "  - {table: nba.teams, date_column: game_date, checks: [{values: {column: team_abbr, min: 1}}, {row_count: {min: 1}}]}\n"
                + "  - {table: nba.pgs, date_column: game_date, checks: [{row_count: {min: 1}}]}\n");

        SuiteHarness.Run run = SuiteHarness.run(suite);

        assertThat(run.check("teams/values(team_abbr)").path("outcome").asText()).isEqualTo("ERRORED");
        assertThat(run.check("teams/values(team_abbr)").path("error").asText()).isEqualTo("suite");
        assertThat(run.check("teams/values(team_abbr)").path("message").asText()).contains("is not accepted by duckdb");
        assertThat(run.outcome("teams/row_count")).isEqualTo("PASSED");
        assertThat(run.outcome("pgs/row_count")).isEqualTo("PASSED");
    }

    @Test
    void should_error_only_the_check_that_names_a_missing_column(@TempDir Path dir) {
        // The fused scan fails on the misspelt column; the check that names it errors at its location, the other
        // check of the dataset is scanned again without it and judged.
        Path suite = SuiteHarness.suite(dir, warehouse(dir), "window: {start: 2024-01-01, end: 2024-01-05}\ndatasets:\n"
                + "  - {table: nba.teams, date_column: game_date, checks: [{null_rate: {column: team_abrr, max: 5}}, {row_count: {min: 1}}]}\n");

        SuiteHarness.Run run = SuiteHarness.run(suite);

        assertThat(run.check("teams/null_rate(team_abrr)").path("outcome").asText()).isEqualTo("ERRORED");
        assertThat(run.check("teams/null_rate(team_abrr)").path("error").asText()).isEqualTo("suite");
        assertThat(run.check("teams/null_rate(team_abrr)").path("message").asText())
                .contains("column 'team_abrr' does not exist in nba.teams; did you mean 'team_abbr'?");
        assertThat(run.outcome("teams/row_count")).isEqualTo("PASSED");
    }

    @Test
    void should_judge_a_table_without_a_date_column_as_a_whole(@TempDir Path dir) {
        Path suite = SuiteHarness.suite(dir, warehouse(dir), "window: {start: 2024-01-01, end: 2024-01-05}\ndatasets:\n"
                + "  - table: nba.ref\n    checks:\n"
                + "      - row_count: {min: 3, max: 3}\n"
                + "      - duplicates: {keys: [team_abbr]}\n"
                + "      - values: {column: team_abbr, in: [ATL, BOS]}\n");

        SuiteHarness.Run run = SuiteHarness.run(suite);

        assertThat(run.outcomes()).isEqualTo(Map.of("ref/row_count", "PASSED", "ref/duplicates", "FAILED", "ref/values(team_abbr)", "PASSED"));
        assertThat(run.message("ref/duplicates")).isEqualTo("nba.ref has 1 duplicate rows on (team_abbr), above the maximum of 0");
        assertThat(run.statements("ref")).isEqualTo(1);
    }
}
