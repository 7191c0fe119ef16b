package dev.preflight.checks.example;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The small DuckDB warehouse behind the documented example suite: two seasons of schedule and two Phase 3 tables,
 * one complete and one that stops in March (like upcoming_player_game_context in the backfill plan).
 */
public final class ExampleWarehouse {

    private ExampleWarehouse() {
    }

    public static Path create(Path file) throws SQLException, java.io.IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.deleteIfExists(file);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE SCHEMA nba_raw");
            sql.execute("CREATE SCHEMA nba_analytics");
            // Season 2024-25: opener 2024-10-22, regular season to 2025-04-13, playoffs 2025-04-19 to 2025-06-22;
            // season 2025-26 from 2025-10-21. Preseason dates are in the table but filtered out by the suite.
            sql.execute("CREATE TABLE nba_raw.nbac_schedule AS "
                    + "SELECT d::DATE AS game_date, 2024 AS season_year, d <= DATE '2025-04-13' AS is_regular_season, "
                    + "d >= DATE '2025-04-19' AS is_playoffs FROM range(DATE '2024-10-22', DATE '2025-06-23', INTERVAL 1 DAY) t(d) "
                    + "WHERE d <= DATE '2025-04-13' OR d >= DATE '2025-04-19' "
                    + "UNION ALL SELECT d::DATE, 2024, false, false FROM range(DATE '2024-10-04', DATE '2024-10-19', INTERVAL 1 DAY) t(d) "
                    + "UNION ALL SELECT d::DATE, 2025, true, false FROM range(DATE '2025-10-21', DATE '2026-01-04', INTERVAL 1 DAY) t(d)");
            // Every game date has rows, except the first four days of 2024-25: bootstrap days, not expected.
            sql.execute("CREATE TABLE nba_analytics.player_game_summary AS "
                    + "SELECT s.game_date, 'G' || strftime(s.game_date, '%Y%m%d') AS game_id, 'player_' || p AS player_lookup, "
                    + "CASE WHEN p = 0 AND day(s.game_date) = 1 THEN NULL ELSE 20 + p END AS minutes_played "
                    + "FROM nba_raw.nbac_schedule s, range(10) r(p) "
                    + "WHERE (s.is_regular_season OR s.is_playoffs) AND s.game_date >= DATE '2024-10-26'");
            // Stops after 2025-02-28: well below 95% coverage of the window.
            sql.execute("CREATE TABLE nba_analytics.upcoming_player_game_context AS "
                    + "SELECT s.game_date, 'player_' || p AS player_lookup "
                    + "FROM nba_raw.nbac_schedule s, range(10) r(p) "
                    + "WHERE (s.is_regular_season OR s.is_playoffs) AND s.game_date <= DATE '2025-02-28'");
        }
        return file;
    }
}
