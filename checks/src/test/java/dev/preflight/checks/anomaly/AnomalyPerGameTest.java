package dev.preflight.checks.anomaly;

import dev.preflight.check.CheckResult;
import dev.preflight.checks.BuiltInChecks;
import dev.preflight.testing.DuckDbFixture;
import dev.preflight.testing.SuiteEvaluation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.preflight.checks.anomaly.AnomalyTest.dates;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real 2024-25 schedule (the demo's copy of the NBA's): from 1 to 15 games a date, 26 player rows a game. Raw rows
 * per date swing with the number of games, so a plain rows series calls ordinary light dates anomalous; normalised by
 * the calendar's game count, only the planted half-scraped date (2025-01-15, rows of 6 of its games missing) is.
 */
class AnomalyPerGameTest {

    static final Path SCHEDULE = Path.of("../demo/src/main/resources/dev/preflight/demo/nba_schedule_2024_25.csv");
    static final String HALF = "2025-01-15";

    private static SuiteEvaluation evaluation;

    @BeforeAll
    static void evaluate(@TempDir Path dir) {
        assertThat(SCHEDULE).exists();
        Path database = dir.resolve("nba.duckdb");
        try (DuckDbFixture db = DuckDbFixture.create(database)) {
            db.sql("CREATE SCHEMA nba_raw", "CREATE SCHEMA nba_analytics",
                    "CREATE TABLE nba_raw.schedule AS SELECT game_id, game_date::DATE AS game_date FROM read_csv('"
                            + SCHEDULE.toAbsolutePath().toString().replace("'", "''") + "', header = true, all_varchar = true)"
                            + " WHERE game_label IS NULL OR game_label <> 'Preseason'",
                    "CREATE TABLE nba_analytics.pgs AS SELECT s.game_date, s.game_id, i AS player FROM nba_raw.schedule s, range(26) t(i)"
                            + " WHERE NOT (s.game_date = DATE '" + HALF + "' AND hash(s.game_id) % 10 < 6)");
        }
        evaluation = BuiltInChecks.evaluate("""
                preflight: 1
                name: per_game
                window: {start: 2024-10-22, end: 2025-04-13}
                calendar: {table: nba_raw.schedule, date_column: game_date, count_distinct: game_id}
                datasets:
                  - table: nba_analytics.pgs
                    date_column: game_date
                    checks:
                      - anomaly: {id: per_game, metric: rows, rows_per_calendar_count: true, direction: drop}
                      - anomaly: {id: raw, metric: rows, direction: drop}
                """, database);
    }

    @Test
    void should_find_only_the_half_scraped_date_per_game() throws Exception {
        assertThat(Files.size(SCHEDULE)).isPositive();
        CheckResult perGame = evaluation.result("pgs", "per_game");

        assertThat(dates(perGame)).containsExactly(HALF);
    }

    @Test
    void should_flag_ordinary_light_dates_without_the_normalisation(org.junit.jupiter.api.TestReporter reporter) {
        // Why the option exists: without it, dates with few games fall below the baseline of busy ones.
        java.util.List<String> raw = dates(evaluation.result("pgs", "raw"));
        reporter.publishEntry("raw_rows_anomalies", String.join(",", raw));
        assertThat(raw).filteredOn(d -> !d.equals(HALF)).isNotEmpty();
    }
}
