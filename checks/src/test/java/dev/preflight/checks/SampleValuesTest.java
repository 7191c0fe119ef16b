package dev.preflight.checks;

import dev.preflight.checks.testing.SuiteHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failed check's sample rows reach the result document as JSON: the warehouse hands back a TIMESTAMP with its time
 * and an ARRAY as a list, and the engine writes them as ISO text and a JSON array (it no longer reads JDBC arrays).
 */
class SampleValuesTest {

    @Test
    void should_sample_a_timestamp_as_iso_text_and_an_array_as_a_json_array(@TempDir Path dir) {
        Path db = SuiteHarness.database(dir, "CREATE SCHEMA nba_predictions",
                "CREATE TABLE nba_predictions.ml_feature_store_v2 (game_date DATE, player_lookup VARCHAR, loaded_at TIMESTAMP, features DOUBLE[])",
                "INSERT INTO nba_predictions.ml_feature_store_v2 VALUES (DATE '2024-10-22', NULL, TIMESTAMP '2024-10-22 19:30:05', [1.5, NULL])");
        Path suite = SuiteHarness.suite(dir, db, "window: {start: 2024-10-22, end: 2024-10-22}\ndatasets:\n"
                + "  - table: nba_predictions.ml_feature_store_v2\n    date_column: game_date\n    checks:\n"
                + "      - null_rate: {column: player_lookup, max: 0, samples: {limit: 1, columns: [loaded_at, features]}}\n");

        SuiteHarness.Run run = SuiteHarness.run(suite);

        assertThat(run.outcome("ml_feature_store_v2/null_rate(player_lookup)")).isEqualTo("FAILED");
        assertThat(run.check("ml_feature_store_v2/null_rate(player_lookup)").path("samples").path("rows").toString())
                .isEqualTo("[[\"2024-10-22T19:30:05\",[1.5,null]]]");
    }
}
