package dev.preflight.demo;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Read-only SQL against a generated demo warehouse; every call opens and closes its own connection.
 */
final class DemoDb {
    private DemoDb() {}

    static long count(Path dir, String sql) throws SQLException {
        List<String> rows = strings(dir, sql);
        return Long.parseLong(rows.get(0));
    }

    /** The first column of every row, as text. */
    static List<String> strings(Path dir, String sql) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        String url = "jdbc:duckdb:" + dir.resolve(DemoWarehouse.DATABASE_FILE).toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, readOnly);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }

    /** An order-independent fingerprint of every row of every demo table (duplicates included). */
    static List<String> fingerprint(Path dir) throws SQLException {
        List<String> prints = new ArrayList<>();
        for (String table :
                List.of(
                        "nba_raw.nbac_schedule",
                        "nba_analytics.player_game_summary",
                        "nba_analytics.team_offense_game_summary",
                        "nba_analytics.team_defense_game_summary",
                        "nba_analytics.upcoming_player_game_context",
                        "nba_analytics.upcoming_team_game_context")) {
            prints.add(
                    table
                            + " "
                            + strings(
                                            dir,
                                            "SELECT count(*) || ':' || sum(hash(t)::HUGEINT) FROM "
                                                    + table
                                                    + " t")
                                    .get(0));
        }
        return prints;
    }
}
