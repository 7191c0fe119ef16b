package dev.preflight.checks;

import dev.preflight.metric.Metric;
import dev.preflight.testing.Days;
import dev.preflight.testing.DuckDbFixture;
import dev.preflight.testing.SuiteEvaluation;
import dev.preflight.sql.Statement;
import dev.preflight.warehouse.StatementLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every metric of a dataset comes from one statement, however many checks ask for it (Deequ's numCombinedJobs == 1). */
class FusedScanTest {

    private static final String SUITE = """
            preflight: 1
            name: player_games
            window: {start: 2024-10-22, end: 2024-10-31}
            calendar:
              table: nba_raw.nbac_schedule
              date_column: game_date
            datasets:
              - table: nba_analytics.player_game_summary
                date_column: game_date
                keys: [game_id, player_lookup]
                checks:
                  - coverage: {min: 95}
                  - null_rate: {column: minutes_played, max: 5}
                  - null_rate: {column: usage_rate, min: 90}
                  - duplicates: {}
                  - row_count: {min: 1, id: not_empty}
                  - row_count: {max: 100000, id: not_exploded}
              - table: nba_analytics.team_offense_game_summary
                date_column: game_date
                checks:
                  - coverage: {min: 95}
                  - null_rate: {column: points, max: 0}
                  - null_rate: {column: points, min: 100, id: points_complete}
            """;

    private static Path warehouse(Path dir) {
        Path database = dir.resolve("nba.duckdb");
        try (DuckDbFixture db = DuckDbFixture.create(database)) {
            db.table("nba_raw.nbac_schedule", "game_date DATE").rowPerDate(Days.between("2024-10-22", "2024-10-31"));
            db.table("nba_analytics.player_game_summary", "game_date DATE", "game_id VARCHAR", "player_lookup VARCHAR",
                    "minutes_played INTEGER", "usage_rate DOUBLE").rowPerDate(Days.between("2024-10-22", "2024-10-31"), "g", "p", 30, 0.2);
            db.table("nba_analytics.team_offense_game_summary", "game_date DATE", "points INTEGER")
                    .rowPerDate(Days.between("2024-10-22", "2024-10-31"), 110);
        }
        return database;
    }

    @Test
    void should_send_one_calendar_statement_and_one_scan_per_dataset(@TempDir Path dir) {
        SuiteEvaluation evaluation = BuiltInChecks.evaluate(SUITE, warehouse(dir));

        assertThat(evaluation.statements()).extracting(e -> e.statement().kind(), e -> e.statement().label())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Statement.Kind.CALENDAR, "calendar"),
                        org.assertj.core.groups.Tuple.tuple(Statement.Kind.SCAN, "player_game_summary"),
                        org.assertj.core.groups.Tuple.tuple(Statement.Kind.SCAN, "team_offense_game_summary"));
        assertThat(evaluation.statements()).noneMatch(StatementLog.Entry::failed);
    }

    @Test
    void should_compute_a_metric_that_several_checks_need_once(@TempDir Path dir) {
        SuiteEvaluation evaluation = BuiltInChecks.evaluate(SUITE, warehouse(dir));

        // coverage, both row_counts and both null_rates need the row count; both null_rates on points need its NULLs
        assertThat(evaluation.scan("player_game_summary").metrics()).containsExactly(new Metric.RowCount(),
                new Metric.NullCount("minutes_played"), new Metric.NullCount("usage_rate"),
                new Metric.DuplicateRows(List.of("game_id", "player_lookup")));
        assertThat(evaluation.scan("team_offense_game_summary").metrics())
                .containsExactly(new Metric.RowCount(), new Metric.NullCount("points"));
        assertThat(evaluation.scan("team_offense_game_summary").statement().sql()).containsOnlyOnce("\"points\" IS NULL");
    }

    @Test
    void should_read_only_the_window_with_a_between_predicate_on_the_date_column(@TempDir Path dir) {
        SuiteEvaluation evaluation = BuiltInChecks.evaluate(SUITE, warehouse(dir));

        // The table is read three times inside the one statement (per-date counts, the key hashes that repeat, and
        // the rows of those keys for duplicates): every read is limited to the window, so a partitioned warehouse
        // prunes each.
        String sql = evaluation.scan("player_game_summary").statement().sql();
        String read = " FROM \"nba_analytics\".\"player_game_summary\"";
        String windowed = read + " WHERE \"game_date\" BETWEEN DATE '2024-10-22' AND DATE '2024-10-31'";
        assertThat(sql.split(java.util.regex.Pattern.quote(windowed), -1)).hasSize(4);
        assertThat(sql.split(java.util.regex.Pattern.quote(read), -1)).hasSize(4);
    }
}
