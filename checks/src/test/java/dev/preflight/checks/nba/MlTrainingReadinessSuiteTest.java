package dev.preflight.checks.nba;

import dev.preflight.checks.testing.SuiteHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** ML training readiness: READY on a complete store, NOT READY on the seed's state, DEGRADED on stale features. */
class MlTrainingReadinessSuiteTest {

    private static final List<String> FEATURES = List.of("points_avg_last_5", "points_avg_last_10", "points_avg_season", "points_std_last_10",
            "minutes_avg_last_10", "fatigue_score", "shot_zone_mismatch_score", "pace_score", "usage_spike_score", "opponent_def_rating_last_15",
            "opponent_pace_last_15", "is_home", "days_rest", "back_to_back", "paint_rate_last_10", "mid_range_rate_last_10",
            "three_pt_rate_last_10", "assisted_rate_last_10", "team_pace_last_10", "team_off_rating_last_10", "usage_rate_last_10");

    /**
     * @param players players a day on the 16 expected dates (3,125 gives 50,000 rows)
     * @param lastDay the last day with features (29 = the window's end)
     * @param nullEvery fatigue_score (feature 5) is NULL on every n-th player, 0 for never
     * @param usageNullEvery usage_rate is NULL on every n-th player line, 0 for never
     */
    private static Path warehouse(Path dir, int players, int lastDay, int nullEvery, int usageNullEvery) {
        String names = FEATURES.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", ", "[", "]"));
        String features = IntStream.range(0, FEATURES.size())
                .mapToObj(i -> i == 5 && nullEvery > 0 ? "CASE WHEN p % " + nullEvery + " = 0 THEN NULL ELSE 0.5 END" : String.valueOf(i + 0.5))
                .collect(Collectors.joining(", ", "[", "]::DOUBLE[]"));
        List<String> sql = new java.util.ArrayList<>(NbaFixture.schedule());
        sql.add("CREATE TABLE nba_predictions.ml_feature_store_v2 AS SELECT " + NbaFixture.day("d") + " AS game_date, 'p' || p AS player_lookup,"
                + " 21 AS feature_count, " + names + " AS feature_names, " + features + " AS features, 'context' AS context_source"
                + " FROM range(14, " + (lastDay + 1) + ") a(d), range(" + players + ") c(p)");
        sql.add("CREATE TABLE nba_analytics.player_game_summary AS SELECT " + NbaFixture.day("d") + " AS game_date, 12 AS points,"
                + (usageNullEvery > 0 ? " CASE WHEN p % " + usageNullEvery + " = 0 THEN NULL ELSE 20.0 END" : " 20.0") + " AS usage_rate"
                + " FROM range(14, 30) a(d), range(100) c(p)");
        return SuiteHarness.database(dir, sql.toArray(String[]::new));
    }

    private static SuiteHarness.Run run(Path db) {
        return SuiteHarness.runResource("preflight/nba/ml_training_readiness.yaml", db, NbaFixture.START, NbaFixture.END);
    }

    @Test
    void should_be_ready_with_fifty_thousand_complete_rows(@TempDir Path dir) {
        SuiteHarness.Run run = run(warehouse(dir, 3125, 29, 0, 0));

        assertThat(run.outcomes().values()).containsOnly("PASSED");
        assertThat(run.verdict()).contains("READY");
        assertThat(run.check("ml_feature_store_v2/training_rows").path("observed").path("rows").asLong()).isEqualTo(50_000);
        assertThat(run.statements("ml_feature_store_v2")).isEqualTo(1);
    }

    @Test
    void should_not_be_ready_in_the_seeds_state(@TempDir Path dir) {
        // 1,600 rows, fatigue_score NULL for every 10th player, usage_rate NULL on every 10th line (90%)
        SuiteHarness.Run run = run(warehouse(dir, 100, 29, 10, 10));

        assertThat(run.outcomes()).containsExactly(
                entry("ml_feature_store_v2/training_features", "FAILED"),
                entry("ml_feature_store_v2/duplicates", "PASSED"),
                entry("ml_feature_store_v2/training_rows", "FAILED"),
                entry("ml_feature_store_v2/freshness", "PASSED"),
                entry("ml_feature_store_v2/real_context", "PASSED"),
                entry("player_game_summary/usage_rate", "FAILED"));
        assertThat(run.verdict()).contains("NOT READY");
        assertThat(run.message("ml_feature_store_v2/training_features")).isEqualTo("features of nba_predictions.ml_feature_store_v2 is malformed:"
                + " 1 feature non-null in less than 95.0% of rows: fatigue_score 90.0% (of 1,600 rows) (window 2024-10-22..2024-11-20)");
        assertThat(run.message("ml_feature_store_v2/training_rows")).isEqualTo("nba_predictions.ml_feature_store_v2 has 1,600 rows, below the"
                + " minimum of 50,000 (window 2024-10-22..2024-11-20)");
    }

    @Test
    void should_be_degraded_when_only_the_features_are_stale(@TempDir Path dir) {
        SuiteHarness.Run run = run(warehouse(dir, 5000, 24, 0, 0));

        assertThat(run.outcome("ml_feature_store_v2/freshness")).isEqualTo("WARNED");
        assertThat(run.outcomes().values()).filteredOn(o -> !o.equals("PASSED")).containsExactly("WARNED");
        assertThat(run.verdict()).contains("DEGRADED");
    }
}
