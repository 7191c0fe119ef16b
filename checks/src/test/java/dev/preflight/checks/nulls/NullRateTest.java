package dev.preflight.checks.nulls;

import dev.preflight.check.CheckResult;
import dev.preflight.checks.BuiltInChecks;
import dev.preflight.testing.DuckDbFixture;
import dev.preflight.testing.SuiteEvaluation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * null_rate in both forms against 8 player games in the window, 2 of them without a usage rate (25%), plus a NULL
 * after the window that must not count.
 */
class NullRateTest {

    private static SuiteEvaluation evaluation;

    @BeforeAll
    static void evaluate(@TempDir Path dir) {
        Path database = dir.resolve("nba.duckdb");
        try (DuckDbFixture db = DuckDbFixture.create(database)) {
            DuckDbFixture.Table games = db.table("nba_analytics.player_game_summary", "game_date DATE", "player_lookup VARCHAR", "usage_rate DOUBLE");
            for (int day = 0; day < 8; day++) {
                games.row(LocalDate.parse("2024-10-22").plusDays(day), "player" + day, day < 2 ? null : 20.0 + day);
            }
            games.row(LocalDate.parse("2024-11-01"), "player9", null);
            db.table("nba_analytics.upcoming_player_game_context", "game_date DATE", "usage_rate DOUBLE");
            // 1,899 of 1,999 rows have a value: 94.997%, which must not print as the 95.0% it misses.
            db.table("nba_analytics.player_shot_zone_analysis", "game_date DATE", "paint_rate DOUBLE")
                    .and().sql("INSERT INTO nba_analytics.player_shot_zone_analysis"
                            + " SELECT DATE '2024-10-22', CASE WHEN i < 100 THEN NULL ELSE 0.4 END FROM range(1999) t(i)");
        }
        evaluation = BuiltInChecks.evaluate("""
                preflight: 1
                name: player_games
                window: {start: 2024-10-22, end: 2024-10-31}
                datasets:
                  - table: nba_analytics.player_game_summary
                    date_column: game_date
                    checks:
                      - null_rate: {column: usage_rate, max: 20, id: at_most_20}
                      - null_rate: {column: usage_rate, max: 25%, id: at_most_25}
                      - null_rate: {column: usage_rate, min: 80, id: complete_80}
                      - null_rate: {column: usage_rate, min: 75, id: complete_75}
                  - table: nba_analytics.upcoming_player_game_context
                    date_column: game_date
                    checks:
                      - null_rate: {column: usage_rate, max: 5}
                  - table: nba_analytics.player_shot_zone_analysis
                    date_column: game_date
                    checks:
                      - null_rate: {column: paint_rate, min: 95}
                """, database);
    }

    @Test
    void should_fail_when_the_null_percent_exceeds_max() {
        CheckResult result = evaluation.result("player_game_summary", "at_most_20");

        assertThat(result.status()).isEqualTo(CheckResult.Status.FAILED);
        assertThat(result.expected()).isEqualTo("<= 20.0%");
        assertThat(result.actual()).isEqualTo("25.0%");
        assertThat(result.observations()).containsExactly(Map.entry("rows", 8L), Map.entry("null_rows", 2L), Map.entry("null_percent", 25.0));
        assertThat(result.message()).isEqualTo("usage_rate of nba_analytics.player_game_summary is NULL in 2 of 8 rows (25.0%),"
                + " above the 20.0% maximum (window 2024-10-22..2024-10-31)");
    }

    @Test
    void should_pass_when_the_null_percent_equals_max() {
        CheckResult result = evaluation.result("player_game_summary", "at_most_25");

        assertThat(result.status()).isEqualTo(CheckResult.Status.PASSED);
        assertThat(result.message()).isEqualTo("usage_rate of nba_analytics.player_game_summary is NULL in 2 of 8 rows (25.0%),"
                + " within the 25.0% maximum (window 2024-10-22..2024-10-31)");
    }

    @Test
    void should_fail_when_completeness_is_below_min() {
        CheckResult result = evaluation.result("player_game_summary", "complete_80");

        assertThat(result.status()).isEqualTo(CheckResult.Status.FAILED);
        assertThat(result.expected()).isEqualTo(">= 80.0%");
        assertThat(result.actual()).isEqualTo("75.0%");
        assertThat(result.message()).isEqualTo("usage_rate of nba_analytics.player_game_summary is non-NULL in 6 of 8 rows (75.0%),"
                + " below the 80.0% minimum (window 2024-10-22..2024-10-31)");
    }

    @Test
    void should_pass_when_completeness_equals_min() {
        CheckResult result = evaluation.result("player_game_summary", "complete_75");

        assertThat(result.status()).isEqualTo(CheckResult.Status.PASSED);
        assertThat(result.message()).isEqualTo("usage_rate of nba_analytics.player_game_summary is non-NULL in 6 of 8 rows (75.0%),"
                + " at least the 75.0% minimum (window 2024-10-22..2024-10-31)");
    }

    @Test
    void should_not_judge_a_table_without_rows_in_the_window() {
        CheckResult result = evaluation.result("upcoming_player_game_context", "null_rate(usage_rate)");

        assertThat(result.status()).isEqualTo(CheckResult.Status.NOT_APPLICABLE);
        assertThat(result.message()).isEqualTo("usage_rate of nba_analytics.upcoming_player_game_context cannot be judged:"
                + " the table has no rows in the window (window 2024-10-22..2024-10-31)");
    }

    @Test
    void should_print_enough_decimals_that_a_miss_never_reads_as_the_threshold() {
        CheckResult result = evaluation.result("player_shot_zone_analysis", "null_rate(paint_rate)");

        assertThat(result.status()).isEqualTo(CheckResult.Status.FAILED);
        assertThat(result.actual()).isEqualTo("94.997%");
        assertThat(result.message()).isEqualTo("paint_rate of nba_analytics.player_shot_zone_analysis is non-NULL in 1,899 of 1,999 rows"
                + " (94.997%), below the 95.0% minimum (window 2024-10-22..2024-10-31)");
    }
}
