package dev.preflight.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * A small {@code player_game_summary} in a DuckDB file: 13 columns, {@value #DATES} dates of {@value #PLAYERS} rows
 * each, NULLs in every measure and a few repeated keys. Small on purpose: the benchmarks scan it once, in their
 * set-up, so that the checks judge values a real scan returned; what they measure never reads it.
 */
final class SyntheticTable {

    static final LocalDate FIRST = LocalDate.of(2021, 10, 19);
    static final int DATES = 975;
    static final int PLAYERS = 26;
    static final String TABLE = "bench.player_game_summary";
    static final String[] COLUMNS = {"game_id", "player_lookup", "team_abbr", "game_date", "minutes_played", "usage_rate",
            "points", "rebounds", "assists", "fg_attempts", "three_pt_attempts", "paint_attempts", "season_year"};

    private SyntheticTable() {
    }

    /** {@return a new DuckDB file under {@code dir} holding the table, closed so that a warehouse opens it read-only} */
    static Path create(Path dir) throws SQLException, java.io.IOException {
        Files.createDirectories(dir);
        Path file = Files.createTempFile(dir, "jmh-", ".duckdb");
        Files.delete(file);
        file.toFile().deleteOnExit();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file); Statement sql = connection.createStatement()) {
            sql.execute("CREATE SCHEMA bench");
            sql.execute("CREATE TABLE " + TABLE + " AS " + rows() + " UNION ALL " + rows() + " WHERE i % 2027 = 0");
        }
        return file;
    }

    /** Row {@code i}: game {@code i / 26}, one a date; each measure NULL in about one row of {@code 100 / nulls}. */
    private static String rows() {
        StringBuilder s = new StringBuilder("SELECT 'g' || (i // ").append(PLAYERS).append(") AS game_id, 'p' || (i % ").append(PLAYERS)
                .append(") AS player_lookup, CASE WHEN i % 997 = 0 THEN NULL ELSE chr(65 + CAST(i // ").append(PLAYERS)
                .append(" % 30 AS INTEGER)) || 'TM' END AS team_abbr, DATE '").append(FIRST).append("' + CAST(i // ").append(PLAYERS)
                .append(" AS INTEGER) AS game_date");
        int[] nulls = {2, 8, 1, 1, 1, 1, 1, 5};
        int[] ranges = {48, 40, 50, 20, 15, 30, 15, 20};
        for (int c = 0; c < SuiteShapes.NUMERIC.length; c++) {
            s.append(", CASE WHEN (i * ").append(31 + 2 * c).append(") % 100 < ").append(nulls[c]).append(" THEN NULL ELSE CAST((i * ")
                    .append(17 + c).append(") % ").append(ranges[c]).append(" AS INTEGER) END AS ").append(SuiteShapes.NUMERIC[c]);
        }
        return s.append(", 2021 + CAST(i // ").append(PLAYERS * 245).append(" AS INTEGER) AS season_year FROM range(")
                .append(DATES * PLAYERS).append(") t(i)").toString();
    }
}
