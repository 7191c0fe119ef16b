package dev.preflight.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the ground truth on a written warehouse with SQL, using the gate's definitions, so the
 * recorded numbers are what is in the file even if the generator's plan were wrong.
 */
final class GroundTruthQueries {
    private GroundTruthQueries() {}

    static final String SCHEDULE = "nba_raw.nbac_schedule";
    static final String PLAYER_GAME_SUMMARY = "nba_analytics.player_game_summary";
    static final List<String> PHASE3_TABLES =
            List.of(
                    PLAYER_GAME_SUMMARY,
                    "nba_analytics.team_offense_game_summary",
                    "nba_analytics.team_defense_game_summary",
                    "nba_analytics.upcoming_player_game_context",
                    "nba_analytics.upcoming_team_game_context");

    static GroundTruth measure(
            Connection connection,
            long seed,
            LocalDate windowStart,
            LocalDate windowEnd,
            AnomalyPlanter.Plan anomalies)
            throws SQLException {
        String window = "BETWEEN DATE '" + windowStart + "' AND DATE '" + windowEnd + "'";
        // typed: dates with a regular-season or playoff game; openers: each season's first such
        // date;
        // bootstrap: opener to opener + 13 days; expected: typed dates in the window, not
        // bootstrap.
        String with =
                """
        WITH typed AS (
          SELECT DISTINCT season_year, game_date FROM %s WHERE is_regular_season OR is_playoffs),
        openers AS (SELECT season_year, min(game_date) AS opener FROM typed GROUP BY season_year),
        bootstrap AS (
          SELECT DISTINCT o.season_year, CAST(o.opener + CAST(r.i AS INTEGER) AS DATE) AS day
          FROM openers o, range(%d) r(i)),
        expected AS (
          SELECT DISTINCT game_date FROM typed
          WHERE game_date %s AND game_date NOT IN (SELECT day FROM bootstrap))
        """
                        .formatted(SCHEDULE, ExpectedDates.BOOTSTRAP_DAYS, window);

        try (Statement st = connection.createStatement()) {
            int expected = (int) single(st, with + "SELECT count(*) FROM expected");
            int bootstrap =
                    (int)
                            single(
                                    st,
                                    with
                                            + "SELECT count(DISTINCT day) FROM bootstrap WHERE day "
                                            + window);

            List<GroundTruth.Season> seasons = new ArrayList<>();
            try (ResultSet rs =
                    st.executeQuery(
                            with
                                    + """
          SELECT o.season_year, CAST(o.opener AS VARCHAR),
            (SELECT count(*) FROM typed t WHERE t.season_year = o.season_year AND t.game_date %1$s),
            (SELECT count(*) FROM bootstrap b WHERE b.season_year = o.season_year AND b.day %1$s),
            (SELECT count(*) FROM typed t JOIN expected x USING (game_date) WHERE t.season_year = o.season_year)
          FROM openers o ORDER BY o.season_year"""
                                            .formatted(window))) {
                while (rs.next()) {
                    seasons.add(
                            new GroundTruth.Season(
                                    rs.getInt(1),
                                    LocalDate.parse(rs.getString(2)),
                                    rs.getInt(3),
                                    rs.getInt(4),
                                    rs.getInt(5)));
                }
            }

            List<GroundTruth.TableCoverage> tables = new ArrayList<>();
            for (String table : PHASE3_TABLES) {
                long rows = single(st, "SELECT count(*) FROM " + table);
                int covered =
                        (int)
                                single(
                                        st,
                                        with
                                                + "SELECT count(DISTINCT t.game_date) FROM "
                                                + table
                                                + " t JOIN expected x USING (game_date)");
                List<LocalDate> missing = new ArrayList<>();
                try (ResultSet rs =
                        st.executeQuery(
                                with
                                        + "SELECT CAST(game_date AS VARCHAR) FROM expected "
                                        + "WHERE game_date NOT IN (SELECT game_date FROM "
                                        + table
                                        + " WHERE game_date IS NOT NULL) "
                                        + "ORDER BY game_date")) {
                    while (rs.next()) {
                        missing.add(LocalDate.parse(rs.getString(1)));
                    }
                }
                tables.add(
                        new GroundTruth.TableCoverage(
                                table,
                                rows,
                                expected,
                                covered,
                                percent(covered, expected, 1),
                                missing));
            }

            long rows = single(st, "SELECT count(*) FROM " + PLAYER_GAME_SUMMARY);
            long nulls =
                    single(st, "SELECT count(*) - count(usage_rate) FROM " + PLAYER_GAME_SUMMARY);
            long distinct =
                    single(
                            st,
                            "SELECT count(*) FROM (SELECT DISTINCT game_id, player_lookup FROM "
                                    + PLAYER_GAME_SUMMARY
                                    + ")");
            return new GroundTruth(
                    seed,
                    windowStart,
                    windowEnd,
                    expected,
                    bootstrap,
                    seasons,
                    tables,
                    new GroundTruth.PlayerGameSummary(
                            rows, nulls, percent(rows - nulls, rows, 2), rows - distinct),
                    new GroundTruth.PlantedAnomalies(
                            planted(st, anomalies.halfScraped(), "count(*) / count(DISTINCT game_id)"),
                            planted(st, anomalies.drift(), "100.0 * (count(*) - count(usage_rate)) / count(*)")));
        }
    }

    /** Each date with {@code value} measured over its player lines. */
    private static List<GroundTruth.PlantedDate> planted(Statement st, List<LocalDate> dates, String value)
            throws SQLException {
        List<GroundTruth.PlantedDate> planted = new ArrayList<>();
        for (LocalDate date : dates) {
            try (ResultSet rs = st.executeQuery("SELECT round(" + value + ", 2) FROM " + PLAYER_GAME_SUMMARY
                    + " WHERE game_date = DATE '" + date + "'")) {
                rs.next();
                planted.add(new GroundTruth.PlantedDate(date, rs.getDouble(1)));
            }
        }
        return planted;
    }

    static double percent(long part, long whole, int decimals) {
        if (whole == 0) {
            return 0.0;
        }
        return BigDecimal.valueOf(part * 100L)
                .divide(BigDecimal.valueOf(whole), decimals, RoundingMode.HALF_UP)
                .doubleValue();
    }

    private static long single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
