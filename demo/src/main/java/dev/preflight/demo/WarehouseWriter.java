package dev.preflight.demo;

import dev.preflight.demo.FactTables.PlayerGame;
import dev.preflight.demo.FactTables.TeamDefense;
import dev.preflight.demo.FactTables.TeamOffense;
import dev.preflight.demo.FactTables.UpcomingPlayer;
import dev.preflight.demo.FactTables.UpcomingTeam;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** Creates the production schemas and tables and bulk-loads them with DuckDB's appender. */
final class WarehouseWriter {
    private WarehouseWriter() {}

    static final String RAW = "nba_raw";
    static final String ANALYTICS = "nba_analytics";

    private static final List<String> DDL =
            List.of(
                    "CREATE SCHEMA " + RAW,
                    "CREATE SCHEMA " + ANALYTICS,
                    """
      CREATE TABLE nba_raw.nbac_schedule (
        game_id VARCHAR, game_date DATE, season_year INTEGER, game_status INTEGER,
        is_regular_season BOOLEAN, is_playoffs BOOLEAN, is_all_star BOOLEAN,
        home_team_tricode VARCHAR, away_team_tricode VARCHAR)""",
                    """
      CREATE TABLE nba_analytics.player_game_summary (
        game_id VARCHAR, player_lookup VARCHAR, team_abbr VARCHAR, game_date DATE,
        minutes_played DOUBLE, usage_rate DOUBLE, points INTEGER, rebounds INTEGER, assists INTEGER,
        fg_attempts INTEGER, three_pt_attempts INTEGER, paint_attempts INTEGER)""",
                    """
      CREATE TABLE nba_analytics.team_offense_game_summary (
        game_id VARCHAR, team_abbr VARCHAR, game_date DATE,
        pace DOUBLE, offensive_rating DOUBLE, points_scored INTEGER)""",
                    """
      CREATE TABLE nba_analytics.team_defense_game_summary (
        game_id VARCHAR, defending_team_abbr VARCHAR, opponent_team_abbr VARCHAR, game_date DATE,
        defensive_rating DOUBLE, opponent_fg_pct DOUBLE, turnovers_forced INTEGER)""",
                    """
      CREATE TABLE nba_analytics.upcoming_player_game_context (
        game_date DATE, player_lookup VARCHAR, team_abbr VARCHAR, game_id VARCHAR,
        has_prop_line BOOLEAN, points_line DOUBLE, days_rest INTEGER)""",
                    """
      CREATE TABLE nba_analytics.upcoming_team_game_context (
        game_date DATE, team_abbr VARCHAR, game_id VARCHAR, game_spread DOUBLE, game_total DOUBLE)""");

    static void write(Connection connection, List<ScheduledGame> schedule, FactTables facts)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String ddl : DDL) {
                statement.execute(ddl);
            }
        }
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        try (DuckDBAppender a = duck.createAppender(RAW, "nbac_schedule")) {
            for (ScheduledGame g : schedule) {
                a.beginRow()
                        .append(g.gameId())
                        .append(g.gameDate())
                        .append(g.seasonYear())
                        .append(g.gameStatus())
                        .append(g.regularSeason())
                        .append(g.playoffs())
                        .append(g.allStar())
                        .append(g.homeTeam())
                        .append(g.awayTeam())
                        .endRow();
            }
        }
        append(duck, facts);
    }

    /** Appends the rows of the five analytics tables (a backfill passes only one table's rows). */
    static void append(DuckDBConnection duck, FactTables facts) throws SQLException {
        try (DuckDBAppender a = duck.createAppender(ANALYTICS, "player_game_summary")) {
            for (PlayerGame r : facts.playerGames()) {
                a.beginRow()
                        .append(r.gameId())
                        .append(r.playerLookup())
                        .append(r.teamAbbr())
                        .append(r.gameDate())
                        .append(r.minutesPlayed());
                nullable(a, r.usageRate());
                a.append(r.points())
                        .append(r.rebounds())
                        .append(r.assists())
                        .append(r.fgAttempts())
                        .append(r.threePtAttempts())
                        .append(r.paintAttempts())
                        .endRow();
            }
        }
        try (DuckDBAppender a = duck.createAppender(ANALYTICS, "team_offense_game_summary")) {
            for (TeamOffense r : facts.teamOffense()) {
                a.beginRow()
                        .append(r.gameId())
                        .append(r.teamAbbr())
                        .append(r.gameDate())
                        .append(r.pace())
                        .append(r.offensiveRating())
                        .append(r.pointsScored())
                        .endRow();
            }
        }
        try (DuckDBAppender a = duck.createAppender(ANALYTICS, "team_defense_game_summary")) {
            for (TeamDefense r : facts.teamDefense()) {
                a.beginRow()
                        .append(r.gameId())
                        .append(r.defendingTeamAbbr())
                        .append(r.opponentTeamAbbr())
                        .append(r.gameDate())
                        .append(r.defensiveRating())
                        .append(r.opponentFgPct())
                        .append(r.turnoversForced())
                        .endRow();
            }
        }
        try (DuckDBAppender a = duck.createAppender(ANALYTICS, "upcoming_player_game_context")) {
            for (UpcomingPlayer r : facts.upcomingPlayers()) {
                a.beginRow()
                        .append(r.gameDate())
                        .append(r.playerLookup())
                        .append(r.teamAbbr())
                        .append(r.gameId())
                        .append(r.hasPropLine());
                nullable(a, r.pointsLine());
                if (r.daysRest() == null) {
                    a.appendNull();
                } else {
                    a.append(r.daysRest().intValue());
                }
                a.endRow();
            }
        }
        try (DuckDBAppender a = duck.createAppender(ANALYTICS, "upcoming_team_game_context")) {
            for (UpcomingTeam r : facts.upcomingTeams()) {
                a.beginRow()
                        .append(r.gameDate())
                        .append(r.teamAbbr())
                        .append(r.gameId())
                        .append(r.gameSpread())
                        .append(r.gameTotal())
                        .endRow();
            }
        }
    }

    private static void nullable(DuckDBAppender appender, Double value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value.doubleValue());
        }
    }
}
