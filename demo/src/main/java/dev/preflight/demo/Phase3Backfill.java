package dev.preflight.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.duckdb.DuckDBConnection;

/**
 * The demo's Phase 3 backfill job: regenerates one analytics table's rows for a date range, exactly
 * as the generator made them before the outage was planted, and replaces whatever the table holds
 * on those dates (delete, then insert, in one transaction; running it twice changes nothing).
 *
 * <p>Only the three tables the incident left with gaps can be backfilled: restoring {@code
 * player_game_summary} from the generator would also erase its planted usage-rate nulls.
 */
public final class Phase3Backfill {

    /** The tables with planted gaps, in the gate's order. */
    public static final List<String> TABLES =
            List.of(
                    "nba_analytics.team_defense_game_summary",
                    "nba_analytics.upcoming_player_game_context",
                    "nba_analytics.upcoming_team_game_context");

    private final FactTables clean;

    private Phase3Backfill(FactTables clean) {
        this.clean = clean;
    }

    /** Runs the generator for {@code seed} once; each {@link #run} then only writes. */
    public static Phase3Backfill forSeed(long seed) throws IOException {
        return new Phase3Backfill(Generated.of(seed).clean());
    }

    /**
     * @param rows rows the range now holds; {@code replaced} rows it held before
     */
    public record Result(String table, LocalDate start, LocalDate end, int rows, long replaced) {}

    /**
     * @throws IllegalArgumentException when {@code table} is not one of {@link #TABLES}
     */
    public Result run(Path warehouse, String table, LocalDate start, LocalDate end)
            throws SQLException {
        FactTables rows = rowsOf(table, start, end);
        int count =
                rows.teamDefense().size()
                        + rows.upcomingPlayers().size()
                        + rows.upcomingTeams().size();
        try (Connection connection =
                DriverManager.getConnection("jdbc:duckdb:" + warehouse.toAbsolutePath())) {
            connection.setAutoCommit(false);
            long replaced;
            try (PreparedStatement delete =
                    connection.prepareStatement(
                            "DELETE FROM " + table + " WHERE game_date BETWEEN ? AND ?")) {
                delete.setObject(1, start);
                delete.setObject(2, end);
                replaced = delete.executeUpdate();
            }
            WarehouseWriter.append(connection.unwrap(DuckDBConnection.class), rows);
            connection.commit();
            return new Result(table, start, end, count, replaced);
        }
    }

    /** The clean rows of one table in the range; the other tables empty. */
    private FactTables rowsOf(String table, LocalDate start, LocalDate end) {
        return switch (TABLES.indexOf(table)) {
            case 0 ->
                    new FactTables(
                            List.of(),
                            List.of(),
                            in(clean.teamDefense(), FactTables.TeamDefense::gameDate, start, end),
                            List.of(),
                            List.of());
            case 1 ->
                    new FactTables(
                            List.of(),
                            List.of(),
                            List.of(),
                            in(
                                    clean.upcomingPlayers(),
                                    FactTables.UpcomingPlayer::gameDate,
                                    start,
                                    end),
                            List.of());
            case 2 ->
                    new FactTables(
                            List.of(),
                            List.of(),
                            List.of(),
                            List.of(),
                            in(clean.upcomingTeams(), FactTables.UpcomingTeam::gameDate, start, end));
            default ->
                    throw new IllegalArgumentException(
                            "the demo backfills "
                                    + String.join(", ", TABLES)
                                    + ", not '"
                                    + table
                                    + "'");
        };
    }

    private static <T> List<T> in(
            List<T> rows, Function<T, LocalDate> date, LocalDate start, LocalDate end) {
        return rows.stream()
                .filter(r -> !date.apply(r).isBefore(start) && !date.apply(r).isAfter(end))
                .toList();
    }
}
