package dev.preflight.checks.rowcount;

import dev.preflight.check.CheckResult;
import dev.preflight.checks.BuiltInChecks;
import dev.preflight.testing.DuckDbFixture;
import dev.preflight.testing.SuiteEvaluation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** row_count against 1,250 team games in the window and 10 after it. */
class RowCountTest {

    private static SuiteEvaluation evaluation;

    @BeforeAll
    static void evaluate(@TempDir Path dir) {
        Path database = dir.resolve("nba.duckdb");
        try (DuckDbFixture db = DuckDbFixture.create(database)) {
            db.table("nba_analytics.team_offense_game_summary", "game_date DATE", "team_abbr VARCHAR")
                    .and().sql("INSERT INTO nba_analytics.team_offense_game_summary"
                            + " SELECT DATE '2024-10-22' + CAST(i % 10 AS INTEGER), 'T' || i FROM range(1250) t(i)",
                    "INSERT INTO nba_analytics.team_offense_game_summary SELECT DATE '2024-11-15', 'LATE' FROM range(10)");
        }
        evaluation = BuiltInChecks.evaluate("""
                preflight: 1
                name: team_games
                window: {start: 2024-10-22, end: 2024-10-31}
                datasets:
                  - table: nba_analytics.team_offense_game_summary
                    date_column: game_date
                    checks:
                      - row_count: {min: 1, id: not_empty}
                      - row_count: {min: 2_000, id: at_least_2000}
                      - row_count: {max: 1000, id: at_most_1000}
                      - row_count: {min: 1250, max: 1250, id: exactly_1250}
                      - row_count: {min: 1250, strict_min: true, id: above_1250}
                      - row_count: {max: 1250, strict_max: true, id: below_1250}
                      - row_count: {min: 1249, max: 1251, strict_min: true, strict_max: true, id: strictly_between}
                """, database);
    }

    @Test
    void should_pass_above_min() {
        CheckResult result = evaluation.result("team_offense_game_summary", "not_empty");

        assertThat(result.status()).isEqualTo(CheckResult.Status.PASSED);
        assertThat(result.observations()).containsExactly(Map.entry("rows", 1250L));
        assertThat(result.message()).isEqualTo("nba_analytics.team_offense_game_summary has 1,250 rows, within >= 1 (window 2024-10-22..2024-10-31)");
    }

    @Test
    void should_fail_below_min() {
        CheckResult result = evaluation.result("team_offense_game_summary", "at_least_2000");

        assertThat(result.status()).isEqualTo(CheckResult.Status.FAILED);
        assertThat(result.expected()).isEqualTo(">= 2000");
        assertThat(result.actual()).isEqualTo("1250");
        assertThat(result.message()).isEqualTo("nba_analytics.team_offense_game_summary has 1,250 rows, below the minimum of 2,000"
                + " (window 2024-10-22..2024-10-31)");
    }

    @Test
    void should_fail_above_max() {
        CheckResult result = evaluation.result("team_offense_game_summary", "at_most_1000");

        assertThat(result.status()).isEqualTo(CheckResult.Status.FAILED);
        assertThat(result.expected()).isEqualTo("<= 1000");
        assertThat(result.message()).isEqualTo("nba_analytics.team_offense_game_summary has 1,250 rows, above the maximum of 1,000"
                + " (window 2024-10-22..2024-10-31)");
    }

    @Test
    void should_pass_on_both_bounds() {
        CheckResult result = evaluation.result("team_offense_game_summary", "exactly_1250");

        assertThat(result.status()).isEqualTo(CheckResult.Status.PASSED);
        assertThat(result.expected()).isEqualTo("[1250, 1250]");
        assertThat(result.message()).isEqualTo("nba_analytics.team_offense_game_summary has 1,250 rows, within [1250, 1250]"
                + " (window 2024-10-22..2024-10-31)");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            above_1250       | FAILED | > 1250       | nba_analytics.team_offense_game_summary has 1,250 rows, not above the minimum of 1,250 (window 2024-10-22..2024-10-31)
            below_1250       | FAILED | < 1250       | nba_analytics.team_offense_game_summary has 1,250 rows, not below the maximum of 1,250 (window 2024-10-22..2024-10-31)
            strictly_between | PASSED | (1249, 1251) | nba_analytics.team_offense_game_summary has 1,250 rows, within (1249, 1251) (window 2024-10-22..2024-10-31)
            """)
    void should_exclude_a_strict_bound(String id, CheckResult.Status status, String expected, String message) {
        CheckResult result = evaluation.result("team_offense_game_summary", id);

        assertThat(result.status()).isEqualTo(status);
        assertThat(result.expected()).isEqualTo(expected);
        assertThat(result.message()).isEqualTo(message);
    }
}
