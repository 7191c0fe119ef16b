package dev.preflight.checks.duplicates;

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
 * Duplicates on (game_id, player_lookup): one key three times (2 duplicate rows, counted on the date it first
 * appears), rows with a NULL in a key column twice each (never duplicates, as in SQL's UNIQUE), and a key repeated
 * only after the window.
 */
class DuplicatesTest {

    private static SuiteEvaluation evaluation;

    @BeforeAll
    static void evaluate(@TempDir Path dir) {
        Path database = dir.resolve("nba.duckdb");
        try (DuckDbFixture db = DuckDbFixture.create(database)) {
            db.table("nba_analytics.player_game_summary", "game_date DATE", "game_id VARCHAR", "player_lookup VARCHAR")
                    .row(LocalDate.parse("2024-10-22"), "0022400001", "lebronjames")
                    .row(LocalDate.parse("2024-10-22"), "0022400001", "anthonydavis")
                    .row(LocalDate.parse("2024-10-23"), "0022400001", "lebronjames")
                    .row(LocalDate.parse("2024-10-25"), "0022400001", "lebronjames")
                    .row(LocalDate.parse("2024-10-23"), null, "jaysontatum")
                    .row(LocalDate.parse("2024-10-24"), null, "jaysontatum")
                    .row(LocalDate.parse("2024-10-24"), "0022400002", null)
                    .row(LocalDate.parse("2024-10-24"), "0022400002", null)
                    .row(LocalDate.parse("2024-10-24"), "0022400003", "stephencurry")
                    .row(LocalDate.parse("2024-11-05"), "0022400003", "stephencurry");
        }
        evaluation = BuiltInChecks.evaluate("""
                preflight: 1
                name: player_games
                window: {start: 2024-10-22, end: 2024-10-31}
                datasets:
                  - table: nba_analytics.player_game_summary
                    date_column: game_date
                    keys: [game_id, player_lookup]
                    checks:
                      - duplicates: {}
                      - duplicates: {max: 2, id: at_most_2}
                      - duplicates: {keys: [game_id], id: per_game}
                """, database);
    }

    @Test
    void should_count_a_key_present_three_times_as_two_duplicate_rows() {
        CheckResult result = evaluation.result("player_game_summary", "duplicates");

        assertThat(result.status()).isEqualTo(CheckResult.Status.FAILED);
        assertThat(result.expected()).isEqualTo("<= 0");
        assertThat(result.actual()).isEqualTo("2");
        assertThat(result.observations()).containsExactly(Map.entry("duplicate_rows", 2L));
        assertThat(result.message()).isEqualTo("nba_analytics.player_game_summary has 2 duplicate rows on (game_id, player_lookup),"
                + " above the maximum of 0; on 2024-10-22 (window 2024-10-22..2024-10-31)");
    }

    @Test
    void should_pass_within_the_allowed_maximum() {
        CheckResult result = evaluation.result("player_game_summary", "at_most_2");

        assertThat(result.status()).isEqualTo(CheckResult.Status.PASSED);
        assertThat(result.message()).isEqualTo("nba_analytics.player_game_summary has 2 duplicate rows on (game_id, player_lookup),"
                + " within the maximum of 2 (window 2024-10-22..2024-10-31)");
    }

    @Test
    void should_use_the_checks_own_keys_over_the_datasets() {
        // 0022400001 appears 4 times (3 duplicates), 0022400002 twice (1), 0022400003 once in the window; NULL never.
        CheckResult result = evaluation.result("player_game_summary", "per_game");

        assertThat(result.observations()).containsExactly(Map.entry("duplicate_rows", 4L));
        assertThat(result.message()).isEqualTo("nba_analytics.player_game_summary has 4 duplicate rows on (game_id),"
                + " above the maximum of 0; on 2024-10-22, 2024-10-24 (window 2024-10-22..2024-10-31)");
    }
}
