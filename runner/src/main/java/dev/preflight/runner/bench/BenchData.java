package dev.preflight.runner.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * A synthetic {@code player_game_summary}: 13 columns, 975 game dates, NULLs in every measure column, exactly
 * {@value #DUPLICATE_KEYS} keys (game_id, player_lookup) present twice. Deterministic: row {@code i}'s values are
 * arithmetic on {@code i} (not DuckDB's {@code hash()}, which may change between DuckDB versions), so every run and
 * every DuckDB version reads the same file. Written once per size as Parquet and read through a view, as the issue
 * measured it.
 */
public final class BenchData {

    public static final LocalDate FIRST = LocalDate.of(2021, 10, 19);
    public static final int DATES = 975;
    public static final int DUPLICATE_KEYS = 12;
    /** Players per game: a game's rows share a date. */
    static final int PLAYERS = 26;
    public static final String TABLE = "bench.player_game_summary";
    public static final String[] MEASURES = {"minutes_played", "usage_rate", "points", "rebounds", "assists", "fg_attempts",
            "three_pt_attempts", "paint_attempts", "season_year", "team_abbr"};

    private BenchData() {
    }

    /** {@return the last date of the file} */
    public static LocalDate last() {
        return FIRST.plusDays(DATES - 1);
    }

    /** {@return the Parquet file of {@code rows} rows under {@code dir}, written when missing} */
    public static Path parquet(Path dir, long rows) throws SQLException, java.io.IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("player_game_summary-" + rows + ".parquet");
        if (Files.isRegularFile(file)) {
            return file;
        }
        Path partial = dir.resolve(file.getFileName() + ".partial");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = connection.createStatement()) {
            sql.execute("COPY (" + select(rows) + ") TO '" + partial.toAbsolutePath() + "' (FORMAT parquet)");
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    /** {@return a DuckDB database file holding only a view of {@code parquet} named {@link #TABLE}} */
    public static Path warehouse(Path dir, Path parquet) throws SQLException {
        return warehouse(dir, parquet, 0);
    }

    /**
     * {@return a DuckDB database file holding a view of {@code parquet} named {@link #TABLE}, and {@code views} more
     * views of it ({@code bench.v0…}) for suites of many datasets}
     */
    public static Path warehouse(Path dir, Path parquet, int views) throws SQLException {
        Path file = dir.resolve(parquet.getFileName().toString().replace(".parquet", views == 0 ? ".duckdb" : "-" + views + "views.duckdb"));
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath()); Statement sql = connection.createStatement()) {
            sql.execute("CREATE SCHEMA IF NOT EXISTS bench");
            String select = " AS SELECT * FROM read_parquet('" + parquet.toAbsolutePath() + "')";
            sql.execute("CREATE OR REPLACE VIEW " + TABLE + select);
            for (int v = 0; v < views; v++) {
                sql.execute("CREATE OR REPLACE VIEW " + BenchSuites.view(v) + select);
            }
        }
        return file;
    }

    /**
     * The generating SELECT. {@code g = i / 26} is the game, {@code i % 26} the player in it; a Knuth multiplicative
     * hash of {@code i} (offset per column) decides NULLs and values. The last 12 rows repeat the keys of 12 rows spread
     * over the file.
     */
    static String select(long rows) {
        String h = "((i * 2654435761 + %d) %% 1000003)";
        StringBuilder s = new StringBuilder("SELECT 'g' || (i // " + PLAYERS + ") AS game_id, 'p' || (i % " + PLAYERS + ") || '_' || (i // "
                + PLAYERS + " % 500) AS player_lookup, ");
        s.append("CASE WHEN ").append(h.formatted(1)).append(" % 1000 < 1 THEN NULL ELSE chr(65 + CAST(i // ").append(PLAYERS)
                .append(" % 30 AS INTEGER)) || 'TM' END AS team_abbr, ");
        s.append("DATE '").append(FIRST).append("' + CAST(i // ").append(PLAYERS).append(" % ").append(DATES).append(" AS INTEGER) AS game_date, ");
        s.append(nullable(h.formatted(2), 20, "(" + h.formatted(3) + " % 4800) / 100.0", "minutes_played"));
        s.append(nullable(h.formatted(4), 80, "(" + h.formatted(5) + " % 4000) / 100.0", "usage_rate"));
        s.append(nullable(h.formatted(6), 5, "CAST(" + h.formatted(7) + " % 50 AS INTEGER)", "points"));
        s.append(nullable(h.formatted(8), 10, "CAST(" + h.formatted(9) + " % 20 AS INTEGER)", "rebounds"));
        s.append(nullable(h.formatted(10), 10, "CAST(" + h.formatted(11) + " % 15 AS INTEGER)", "assists"));
        s.append(nullable(h.formatted(12), 10, "CAST(" + h.formatted(13) + " % 30 AS INTEGER)", "fg_attempts"));
        s.append(nullable(h.formatted(14), 10, "CAST(" + h.formatted(15) + " % 15 AS INTEGER)", "three_pt_attempts"));
        s.append(nullable(h.formatted(16), 500, "CAST(" + h.formatted(17) + " % 20 AS INTEGER)", "paint_attempts"));
        s.append("CAST(2021 + (i // ").append(PLAYERS).append(" % ").append(DATES).append(") // 245 AS INTEGER) AS season_year");
        String base = s + " FROM range(" + rows + ") t(i)";
        long step = Math.max(1, rows / DUPLICATE_KEYS);
        return base + " UNION ALL " + s + " FROM range(0, " + step * DUPLICATE_KEYS + ", " + step + ") t(i) WHERE i < " + rows;
    }

    private static String nullable(String hash, int perThousand, String value, String column) {
        return "CASE WHEN " + hash + " % 1000 < " + perThousand + " THEN NULL ELSE " + value + " END AS " + column + ", ";
    }
}
