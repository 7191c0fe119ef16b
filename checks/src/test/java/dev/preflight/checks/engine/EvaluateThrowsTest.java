package dev.preflight.checks.engine;

import dev.preflight.check.CheckType;
import dev.preflight.checks.testing.ContextServices;
import dev.preflight.checks.testing.SuiteHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * A check type whose {@code evaluate} throws errors that check only: its dataset's other checks, judged on the same
 * scan, still pass and fail on the data. (It used to escape the dataset's run and error every check beside it.)
 */
class EvaluateThrowsTest {

    @Test
    void should_error_only_the_check_whose_evaluate_throws(@TempDir Path dir) {
        Path db = SuiteHarness.database(dir, "CREATE SCHEMA nba_analytics",
                "CREATE TABLE nba_analytics.team_offense_game_summary AS SELECT DATE '2024-10-22' + CAST(d AS INTEGER) AS game_date"
                        + " FROM range(10) a(d)");
        Path suite = SuiteHarness.suite(dir, db, "window: {start: 2024-10-22, end: 2024-10-31}\ndatasets:\n"
                + "  - table: nba_analytics.team_offense_game_summary\n    date_column: game_date\n    checks:\n"
                + "      - row_count: {min: 1, id: not_empty}\n"
                + "      - throws_on_evaluate: {}\n"
                + "      - row_count: {min: 1000, id: at_least_1000}\n");

        // The type is registered for this run only, so the module's other tests keep their list of known types.
        SuiteHarness.Run run = ContextServices.with(Map.of(CheckType.class, ThrowingCheckType.class), () -> SuiteHarness.run(suite));

        assertThat(run.outcomes()).containsExactly(
                entry("team_offense_game_summary/not_empty", "PASSED"),
                entry("team_offense_game_summary/throws_on_evaluate", "ERRORED"),
                entry("team_offense_game_summary/at_least_1000", "FAILED"));
        assertThat(run.error("team_offense_game_summary/throws_on_evaluate")).hasValueSatisfying(m -> assertThat(m).contains(ThrowingCheckType.MESSAGE));
        assertThat(run.message("team_offense_game_summary/at_least_1000")).contains("has 10 rows, below the minimum of 1,000");
        // The dataset itself did not fail, and its three checks shared the one scan.
        assertThat(run.error("team_offense_game_summary")).isEmpty();
        assertThat(run.statements("team_offense_game_summary")).isEqualTo(1);
    }
}
