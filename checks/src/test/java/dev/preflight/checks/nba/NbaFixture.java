package dev.preflight.checks.nba;

import java.util.List;

/**
 * A month of one NBA season for the NBA suites' tests: the schedule has two games a day on 30 days from the
 * 2024-10-22 opener (days 0–13 are bootstrap, so 16 dates are expected: day 14 = 2024-11-05 to day 29 = 2024-11-20),
 * four teams, five players a team. Tables are SQL over {@code range()}, so each fault is one visible condition.
 */
final class NbaFixture {

    static final String START = "2024-10-22";
    static final String END = "2024-11-20";

    private NbaFixture() {
    }

    /** {@return the date expression of day {@code d} of the season} */
    static String day(String d) {
        return "DATE '" + START + "' + CAST(" + d + " AS INTEGER)";
    }

    static List<String> schedule() {
        return List.of("CREATE SCHEMA nba_raw", "CREATE SCHEMA nba_analytics", "CREATE SCHEMA nba_precompute", "CREATE SCHEMA nba_predictions",
                "CREATE TABLE nba_raw.nbac_schedule AS SELECT 'g' || d || '_' || g AS game_id, " + day("d") + " AS game_date, 2024 AS season_year,"
                        + " 3 AS game_status, TRUE AS is_regular_season, FALSE AS is_playoffs, FALSE AS is_all_star,"
                        + " CASE g WHEN 0 THEN 'ATL' ELSE 'BOS' END AS home_team_tricode, CASE g WHEN 0 THEN 'CHI' ELSE 'DAL' END AS away_team_tricode"
                        + " FROM range(30) a(d), range(2) b(g)");
    }

    /** Team rows: two per game on the days {@code where} keeps (over {@code d}, the day, and {@code g}, the game). */
    static String teamRows(String table, String teamColumn, String where) {
        return "CREATE TABLE " + table + " AS SELECT 'g' || d || '_' || g AS game_id, " + day("d") + " AS game_date,"
                + " CASE WHEN t = 0 THEN (CASE g WHEN 0 THEN 'ATL' ELSE 'BOS' END) ELSE (CASE g WHEN 0 THEN 'CHI' ELSE 'DAL' END) END AS " + teamColumn
                + " FROM range(30) a(d), range(2) b(g), range(2) c(t) WHERE " + where;
    }
}
