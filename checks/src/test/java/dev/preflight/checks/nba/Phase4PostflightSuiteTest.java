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

/** The Phase 4 post-flight on a month after a backfill with three planted faults. */
class Phase4PostflightSuiteTest {

    /** Rows of a Phase 4 table: {@code players} players a day on the days {@code where} keeps (over {@code d}). */
    private static String phase4(String table, String dateColumn, String keyColumn, int players, String where) {
        return "CREATE TABLE " + table + " AS SELECT " + day("d") + " AS " + dateColumn + ", 'p' || p AS " + keyColumn
                + " FROM range(30) a(d), range(" + players + ") c(p) WHERE " + where;
    }

    @Test
    void should_find_bootstrap_rows_incomplete_inputs_and_duplicates_and_nothing_else(@TempDir Path dir) {
        List<String> sql = new ArrayList<>(NbaFixture.schedule());
        // Phase 3 inputs: player data lacks day 25; the context tables stop after day 22.
        sql.add("CREATE TABLE nba_analytics.player_game_summary AS SELECT " + day("d") + " AS game_date, 'p' || p AS player_lookup"
                + " FROM range(30) a(d), range(4) c(p) WHERE d <> 25");
        sql.add(NbaFixture.teamRows("nba_analytics.team_offense_game_summary", "team_abbr", "TRUE"));
        sql.add(NbaFixture.teamRows("nba_analytics.team_defense_game_summary", "defending_team_abbr", "TRUE"));
        sql.add("CREATE TABLE nba_analytics.upcoming_player_game_context AS SELECT " + day("d") + " AS game_date FROM range(23) a(d)");
        sql.add("CREATE TABLE nba_analytics.upcoming_team_game_context AS SELECT " + day("d") + " AS game_date FROM range(23) a(d)");
        // Phase 4: bootstrap skipped everywhere except shot zones (days 12 and 13 written by mistake).
        sql.add(phase4("nba_precompute.team_defense_zone_analysis", "analysis_date", "team_abbr", 4, "d >= 14"));
        sql.add(phase4("nba_precompute.player_shot_zone_analysis", "analysis_date", "player_lookup", 4, "d >= 12 AND d <> 25"));
        // Composite factors ran on day 25 although player data was missing: incomplete dependencies.
        sql.add(phase4("nba_precompute.player_composite_factors", "game_date", "player_lookup", 4, "d >= 14"));
        sql.add(phase4("nba_precompute.player_daily_cache", "cache_date", "player_lookup", 4, "d >= 14 AND d <> 25"));
        sql.add(phase4("nba_predictions.ml_feature_store_v2", "game_date", "player_lookup", 4, "d >= 14 AND d <> 25"));
        sql.add("INSERT INTO nba_predictions.ml_feature_store_v2 VALUES (" + day("20") + ", 'p1')");
        Path db = SuiteHarness.database(dir, sql.toArray(String[]::new));

        SuiteHarness.Run run = SuiteHarness.runResource("preflight/nba/phase4_postflight.yaml", db, NbaFixture.START, NbaFixture.END);

        assertThat(run.outcomes()).containsExactly(
                entry("player_game_summary/row_count", "PASSED"),
                entry("team_offense_game_summary/row_count", "PASSED"),
                entry("team_defense_game_summary/row_count", "PASSED"),
                entry("upcoming_player_game_context/row_count", "PASSED"),
                entry("upcoming_team_game_context/row_count", "PASSED"),
                entry("team_defense_zone_analysis/coverage", "PASSED"),
                entry("team_defense_zone_analysis/duplicates", "PASSED"),
                entry("team_defense_zone_analysis/dependency", "PASSED"),
                entry("player_shot_zone_analysis/coverage", "FAILED"),
                entry("player_shot_zone_analysis/duplicates", "PASSED"),
                entry("player_shot_zone_analysis/dependency", "PASSED"),
                entry("player_composite_factors/coverage", "PASSED"),
                entry("player_composite_factors/duplicates", "PASSED"),
                entry("player_composite_factors/dependency", "FAILED"),
                entry("player_composite_factors/context", "WARNED"),
                entry("player_daily_cache/coverage", "PASSED"),
                entry("player_daily_cache/duplicates", "PASSED"),
                entry("player_daily_cache/dependency", "PASSED"),
                entry("ml_feature_store_v2/coverage", "PASSED"),
                entry("ml_feature_store_v2/duplicates", "FAILED"),
                entry("ml_feature_store_v2/dependency", "PASSED"));
        assertThat(run.message("player_shot_zone_analysis/coverage")).isEqualTo("nba_precompute.player_shot_zone_analysis covers 15 of 16"
                + " expected dates (93.8%), at least the 88.0% minimum; missing 1 date: 2024-11-16; rows on 2 bootstrap dates, which must have"
                + " none: 2024-11-03, 2024-11-04 (window 2024-10-22..2024-11-20, 14 bootstrap dates excluded)");
        assertThat(run.message("player_composite_factors/dependency")).isEqualTo("nba_precompute.player_composite_factors ran with incomplete"
                + " dependencies: it has data on 1 date that upstream player_game_summary lacks: 2024-11-16 (window 2024-10-22..2024-11-20)");
        assertThat(run.message("player_composite_factors/context")).startsWith("nba_precompute.player_composite_factors ran with incomplete"
                + " dependencies: it has data on 7 dates that upstream upcoming_player_game_context lacks: 2024-11-14, 2024-11-15,")
                .endsWith(" [fallback: synthetic context]");
        // ml_feature_store_v2 has data on day 25's neighbours only; composite factors' day 25 is reported as not processed yet
        assertThat(run.check("ml_feature_store_v2/dependency").path("dependencies").get(0).path("unprocessed_upstream_dates").toString())
                .isEqualTo("[\"2024-11-16\"]");
        // composite factors: one scan, and one comparison per upstream pair (5 upstreams)
        assertThat(run.statements("player_composite_factors")).isEqualTo(6);
        assertThat(run.statements("team_defense_zone_analysis")).isEqualTo(3);
    }
}
