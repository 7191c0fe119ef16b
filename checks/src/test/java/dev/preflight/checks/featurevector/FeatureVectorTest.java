package dev.preflight.checks.featurevector;

import dev.preflight.checks.testing.Contexts;
import dev.preflight.checks.testing.SuiteHarness;
import dev.preflight.plan.ScanPlanner;
import dev.preflight.duckdb.DuckDbDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeatureVectorTest {

    private static final FeatureVectorSpec SPEC = new FeatureVectorSpec("features", 3L, "feature_count", "feature_names",
            List.of("points_avg_last_5", "fatigue_score", "is_home"), true);

    @Test
    void should_read_defaults_for_the_count_and_names_columns() {
        var spec = SuiteHarness.parse("preflight: 1\nname: t\nwindow: {start: 2024-01-01, end: 2024-01-10}\ndatasets:\n"
                + "  - table: nba_predictions.ml_feature_store_v2\n    date_column: game_date\n    checks:\n"
                + "      - feature_vector: {column: features, count: 3, names: [points_avg_last_5, fatigue_score, is_home]}\n")
                .datasets().get(0).checks().get(0).spec();

        assertThat(spec).isEqualTo(SPEC);
        assertThat(spec.describe()).isEqualTo("features well-formed (features length == 3, feature_count == 3, feature_names == the 3 declared"
                + " names, features finite)");
    }

    @Test
    void should_render_each_rule_as_a_conditional_count_of_the_scan() {
        String sql = ScanPlanner.plan(Contexts.dataset("nba_predictions.ml_feature_store_v2", "game_date"), Contexts.WINDOW, SPEC.metrics(),
                DuckDbDialect.INSTANCE).statement().sql();

        assertThat(sql).isEqualTo("SELECT \"game_date\" AS pf_date, COUNT(*) AS m0, COUNT(*) FILTER (WHERE len(\"features\") IS DISTINCT FROM 3)"
                + " AS m1, COUNT(*) FILTER (WHERE \"feature_count\" IS NULL OR \"feature_count\" <> 3) AS m2, COUNT(*) FILTER"
                + " (WHERE NOT coalesce(\"feature_names\" = ['points_avg_last_5', 'fatigue_score', 'is_home'], false)) AS m3,"
                + " COUNT(*) FILTER (WHERE len(list_filter(\"features\", lambda pf_e: isnan(pf_e) OR isinf(pf_e))) > 0) AS m4"
                + " FROM \"nba_predictions\".\"ml_feature_store_v2\" WHERE \"game_date\" BETWEEN DATE '2024-01-01' AND DATE"
                + " '2024-01-10' GROUP BY pf_date ORDER BY pf_date");
    }

    @Test
    void should_find_short_vectors_wrong_names_and_non_finite_values_in_real_arrays(@TempDir Path dir) {
        Path db = SuiteHarness.database(dir, "CREATE SCHEMA nba_predictions",
                "CREATE TABLE nba_predictions.ml_feature_store_v2 (game_date DATE, player_lookup VARCHAR, feature_count INTEGER,"
                        + " feature_names VARCHAR[], features DOUBLE[])",
                "INSERT INTO nba_predictions.ml_feature_store_v2 VALUES"
                        + " ('2024-01-01', 'a', 3, ['points_avg_last_5', 'fatigue_score', 'is_home'], [1.0, 2.0, 1.0]::DOUBLE[]),"
                        + " ('2024-01-01', 'b', 3, ['points_avg_last_5', 'fatigue_score', 'is_home'], [1.0, 'nan'::DOUBLE, 0.0]),"
                        + " ('2024-01-02', 'c', 2, ['points_avg_last_5', 'fatigue_score'], [1.0, 2.0]),"
                        + " ('2024-01-02', 'd', 3, ['points_avg_last_5', 'is_home', 'fatigue_score'], [1.0, '-inf'::DOUBLE, 1.0])");
        Path suite = SuiteHarness.suite(dir, db, "window: {start: 2024-01-01, end: 2024-01-10}\ndatasets:\n"
                + "  - table: nba_predictions.ml_feature_store_v2\n    date_column: game_date\n    checks:\n"
                + "      - feature_vector: {column: features, count: 3, names: [points_avg_last_5, fatigue_score, is_home],"
                + " samples: {limit: 2, columns: [player_lookup]}}\n");

        SuiteHarness.Run run = SuiteHarness.run(suite);

        assertThat(run.outcome("ml_feature_store_v2/feature_vector(features)")).isEqualTo("FAILED");
        assertThat(run.message("ml_feature_store_v2/feature_vector(features)")).isEqualTo("features of nba_predictions.ml_feature_store_v2 is"
                + " malformed: 1 rows with features length != 3; 1 rows with feature_count != 3; 2 rows with feature_names != the 3 declared names;"
                + " 2 rows with features has NaN or Inf (of 4 rows) (window 2024-01-01..2024-01-10)");
        assertThat(run.check("ml_feature_store_v2/feature_vector(features)").path("samples").path("rows").toString()).isEqualTo("[[\"b\"],[\"c\"]]");
        assertThat(run.statements("ml_feature_store_v2")).isEqualTo(2);
    }
}
