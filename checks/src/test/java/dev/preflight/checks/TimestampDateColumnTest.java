package dev.preflight.checks;

import dev.preflight.checks.testing.SuiteHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A date column that is a TIMESTAMP is named as the mistake it is. The warehouse used to cut timestamps to their
 * date, so such a column scanned without complaint while the scan grouped rows by instant and kept one group a date:
 * two rows at 10:00 and 20:00 on one day were counted as one.
 */
class TimestampDateColumnTest {

    @Test
    void should_error_the_checks_of_a_dataset_whose_date_column_is_a_timestamp(@TempDir Path dir) {
        Path db = SuiteHarness.database(dir, "CREATE SCHEMA nba_analytics",
                "CREATE TABLE nba_analytics.team_offense_game_summary AS SELECT * FROM (VALUES (TIMESTAMP '2024-10-22 10:00:00'),"
                        + " (TIMESTAMP '2024-10-22 20:00:00')) v(game_date)");
        Path suite = SuiteHarness.suite(dir, db, "window: {start: 2024-10-22, end: 2024-10-23}\ndatasets:\n"
                + "  - table: nba_analytics.team_offense_game_summary\n    date_column: game_date\n    checks:\n"
                + "      - row_count: {min: 2}\n");

        SuiteHarness.Run run = SuiteHarness.run(suite);

        assertThat(run.outcome("team_offense_game_summary/row_count")).isEqualTo("ERRORED");
        assertThat(run.error("team_offense_game_summary/row_count")).hasValueSatisfying(message -> assertThat(message)
                .contains("returned a date column of type LocalDateTime; the date column must be a DATE"));
    }
}
