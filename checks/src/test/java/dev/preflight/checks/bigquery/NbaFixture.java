package dev.preflight.checks.bigquery;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A small DuckDB copy of the NBA warehouse with the production schemas and the shape of the January 2026 incident:
 * five seasons of schedule (2021-22 to 2025-26, with games scheduled past the window's end), two games a day, and
 * Phase 3 tables with gaps: team_defense_game_summary misses a block of game dates, the two upcoming_* context
 * tables miss about half and 40 % of them.
 */
final class NbaFixture {

    private NbaFixture() {
    }

    static Path create(Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file); Statement sql = connection.createStatement()) {
            sql.execute("CREATE SCHEMA nba_raw");
            sql.execute("CREATE SCHEMA nba_analytics");
            sql.execute("""
                    CREATE TEMP TABLE seasons AS SELECT * FROM (VALUES
                      (2021, DATE '2021-10-19', DATE '2022-06-16'), (2022, DATE '2022-10-18', DATE '2023-06-12'),
                      (2023, DATE '2023-10-24', DATE '2024-06-17'), (2024, DATE '2024-10-22', DATE '2025-06-22'),
                      (2025, DATE '2025-10-21', DATE '2026-06-19')) s(season_year, opener, finals_end)""");
            // Game days: daily from the opener, with an off day every ninth day and the All-Star break off.
            sql.execute("""
                    CREATE TEMP TABLE game_days AS
                    SELECT season_year, CAST(d AS DATE) AS game_date, date_diff('day', DATE '1970-01-01', CAST(d AS DATE)) AS n,
                           CAST(d AS DATE) >= make_date(season_year + 1, 4, 15) AS playoffs
                    FROM seasons, range(CAST(opener AS TIMESTAMP), CAST(finals_end AS TIMESTAMP) + INTERVAL 1 DAY, INTERVAL 1 DAY) t(d)
                    WHERE date_diff('day', DATE '1970-01-01', CAST(d AS DATE)) % 9 <> 4
                      AND NOT (month(d) = 2 AND day(d) BETWEEN 14 AND 19)""");
            sql.execute("""
                    CREATE TEMP TABLE teams AS
                    SELECT ['ATL','BOS','BKN','CHA','CHI','CLE','DAL','DEN','DET','GSW','HOU','IND','LAC','LAL','MEM',
                            'MIA','MIL','MIN','NOP','NYK','OKC','ORL','PHI','PHX','POR','SAC','SAS','TOR','UTA','WAS'] AS codes""");
            sql.execute("""
                    CREATE TABLE nba_raw.nbac_schedule AS
                    SELECT 'G' || strftime(game_date, '%Y%m%d') || '_' || g AS game_id, game_date, season_year,
                           CAST(CASE WHEN game_date <= DATE '2026-01-03' THEN 3 ELSE 1 END AS BIGINT) AS game_status,
                           NOT playoffs AS is_regular_season, playoffs AS is_playoffs, false AS is_all_star,
                           codes[1 + CAST((n + 4 * g) % 30 AS INTEGER)] AS home_team_tricode,
                           codes[1 + CAST((n + 4 * g + 15) % 30 AS INTEGER)] AS away_team_tricode
                    FROM game_days, teams, range(2) t(g)
                    UNION ALL
                    SELECT 'AS' || season_year, make_date(season_year + 1, 2, 16), season_year, 3, false, false, true, 'EST', 'WST'
                    FROM seasons""");
            // One row per team a game: (game_id, game_date, team_abbr, opponent, n).
            sql.execute("""
                    CREATE TEMP TABLE sides AS
                    SELECT game_id, game_date, home_team_tricode AS team, away_team_tricode AS opponent,
                           date_diff('day', DATE '1970-01-01', game_date) AS n
                    FROM nba_raw.nbac_schedule WHERE NOT is_all_star AND game_date <= DATE '2026-01-03'
                    UNION ALL
                    SELECT game_id, game_date, away_team_tricode, home_team_tricode, date_diff('day', DATE '1970-01-01', game_date)
                    FROM nba_raw.nbac_schedule WHERE NOT is_all_star AND game_date <= DATE '2026-01-03'""");
            sql.execute("""
                    CREATE TABLE nba_analytics.player_game_summary AS
                    SELECT game_id, lower(team) || '_player_' || p AS player_lookup, team AS team_abbr, game_date,
                           CAST(30.5 - p AS DOUBLE) AS minutes_played,
                           CASE WHEN p = 3 AND n % 11 = 0 THEN NULL ELSE CAST(0.18 + p / 100.0 AS DOUBLE) END AS usage_rate,
                           CAST(10 + p AS BIGINT) AS points, CAST(5 AS BIGINT) AS rebounds, CAST(3 AS BIGINT) AS assists,
                           CAST(12 AS BIGINT) AS fg_attempts, CAST(4 AS BIGINT) AS three_pt_attempts, CAST(6 AS BIGINT) AS paint_attempts
                    FROM sides, range(1, 4) t(p)""");
            // A re-run scraper wrote some player rows twice.
            sql.execute("""
                    INSERT INTO nba_analytics.player_game_summary
                    SELECT * FROM nba_analytics.player_game_summary
                    WHERE date_diff('day', DATE '1970-01-01', game_date) % 97 = 0 AND player_lookup LIKE '%_player_1'""");
            sql.execute("""
                    CREATE TABLE nba_analytics.team_offense_game_summary AS
                    SELECT game_id, team AS team_abbr, game_date, CAST(99.5 AS DOUBLE) AS pace, CAST(112.0 AS DOUBLE) AS offensive_rating,
                           CAST(110 AS BIGINT) AS points_scored
                    FROM sides""");
            // 2023-01-05 to 2023-03-31: the block of game dates the Phase 3 backfill had skipped.
            sql.execute("""
                    CREATE TABLE nba_analytics.team_defense_game_summary AS
                    SELECT game_id, team AS defending_team_abbr, opponent AS opponent_team_abbr, game_date,
                           CAST(108.0 AS DOUBLE) AS defensive_rating, CAST(0.46 AS DOUBLE) AS opponent_fg_pct, CAST(14 AS BIGINT) AS turnovers_forced
                    FROM sides WHERE game_date NOT BETWEEN DATE '2023-01-05' AND DATE '2023-03-31'""");
            sql.execute("""
                    CREATE TABLE nba_analytics.upcoming_player_game_context AS
                    SELECT game_date, lower(team) || '_player_' || p AS player_lookup, team AS team_abbr, game_id,
                           p <> 3 AS has_prop_line, CASE WHEN p = 3 THEN NULL ELSE CAST(20.5 AS DOUBLE) END AS points_line,
                           CAST(1 AS BIGINT) AS days_rest
                    FROM sides, range(1, 4) t(p) WHERE n % 2 = 1""");
            sql.execute("""
                    CREATE TABLE nba_analytics.upcoming_team_game_context AS
                    SELECT game_date, team AS team_abbr, game_id, CAST(-3.5 AS DOUBLE) AS game_spread, CAST(221.5 AS DOUBLE) AS game_total
                    FROM sides WHERE n % 5 >= 2""");
        }
        return file;
    }
}
