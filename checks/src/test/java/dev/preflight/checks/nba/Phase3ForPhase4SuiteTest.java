package dev.preflight.checks.nba;

import dev.preflight.checks.testing.SuiteHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.preflight.checks.nba.NbaFixture.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The production Phase 3 → 4 gate on a month with the seed's kinds of faults planted. */
class Phase3ForPhase4SuiteTest {

    @Test
    void should_block_on_team_defense_and_the_team_context_and_degrade_on_player_data(@TempDir Path dir) {
        List<String> sql = new ArrayList<>(NbaFixture.schedule());
        // 600 player lines; usage_rate NULL on every tenth (90% complete), one line duplicated by a re-run.
        sql.add("CREATE TABLE nba_analytics.player_game_summary AS SELECT 'g' || d || '_' || g AS game_id, 'p' || g || '_' || p AS player_lookup,"
                + " 'ATL' AS team_abbr, " + day("d") + " AS game_date, 30.0 AS minutes_played,"
                + " CASE WHEN (d * 20 + g * 10 + p) % 10 = 0 THEN NULL ELSE 21.5 END AS usage_rate, 12 AS points, 5 AS rebounds, 3 AS assists,"
                + " 10 AS fg_attempts, 4 AS three_pt_attempts, 3 AS paint_attempts FROM range(30) a(d), range(2) b(g), range(10) c(p)");
        sql.add("INSERT INTO nba_analytics.player_game_summary SELECT * FROM nba_analytics.player_game_summary WHERE game_id = 'g20_1' AND player_lookup = 'p1_3'");
        sql.add(NbaFixture.teamRows("nba_analytics.team_offense_game_summary", "team_abbr", "TRUE"));
        // Team defense lost days 20 and 21, and one team's row on day 25: 13 of 16 expected dates.
        sql.add(NbaFixture.teamRows("nba_analytics.team_defense_game_summary", "defending_team_abbr",
                "d NOT IN (20, 21) AND NOT (d = 25 AND g = 1 AND t = 1)"));
        sql.add("CREATE TABLE nba_analytics.upcoming_player_game_context AS SELECT " + day("d") + " AS game_date, 'p' || p AS player_lookup"
                + " FROM range(14, 23) a(d), range(20) c(p)");
        sql.add(NbaFixture.teamRows("nba_analytics.upcoming_team_game_context", "team_abbr", "d BETWEEN 14 AND 19"));
        Path db = SuiteHarness.database(dir, sql.toArray(String[]::new));

        SuiteHarness.Run run = SuiteHarness.runResource("preflight/nba/phase3_for_phase4.yaml", db, NbaFixture.START, NbaFixture.END);

        assertThat(run.outcomes()).containsExactly(
                entry("player_game_summary/coverage", "PASSED"),
                entry("player_game_summary/null_rate(usage_rate)", "WARNED"),
                entry("player_game_summary/duplicates", "WARNED"),
                entry("player_game_summary/completeness", "WARNED"),
                entry("player_game_summary/rows_per_game", "PASSED"),
                entry("player_game_summary/usage_rate_null_drift", "PASSED"),
                entry("team_offense_game_summary/coverage", "PASSED"),
                entry("team_defense_game_summary/coverage", "FAILED"),
                entry("upcoming_player_game_context/coverage", "WARNED"),
                entry("upcoming_team_game_context/coverage", "FAILED"));
        assertThat(run.message("team_defense_game_summary/coverage")).isEqualTo("nba_analytics.team_defense_game_summary covers 13 of 16"
                + " expected dates (81.3%), below the 95.0% minimum; missing 2 dates: 2024-11-11..2024-11-12 (2); 1 date short of rows:"
                + " 2024-11-16 (3 of 4 rows) (window 2024-10-22..2024-11-20, 14 bootstrap dates excluded)");
        assertThat(run.message("upcoming_player_game_context/coverage")).endsWith("; accepted with fallback 'synthetic context' (coverage >= 50.0% holds)");
        assertThat(run.message("upcoming_team_game_context/coverage")).contains("covers 6 of 16 expected dates (37.5%)")
                .endsWith("; fallback 'synthetic context' does not hold either (coverage >= 50.0%, 2 rows per calendar unit)");
        assertThat(run.message("player_game_summary/completeness")).isEqualTo("nba_analytics.player_game_summary (rows where points IS NOT NULL):"
                + " 1 of 8 features below their minimum non-NULL share in 601 rows; non-critical only: usage_rate 90.0% < 95.0% (541 rows)"
                + " (window 2024-10-22..2024-11-20)");
        // every dataset: one scan (the calendar loads once per suite, before the datasets)
        for (String dataset : List.of("player_game_summary", "team_offense_game_summary", "team_defense_game_summary",
                "upcoming_player_game_context", "upcoming_team_game_context")) {
            assertThat(run.statements(dataset)).as(dataset).isEqualTo(1);
        }
        assertThat(run.check("player_game_summary/completeness").path("observed").path("rows").asLong()).isEqualTo(601);
    }
}
