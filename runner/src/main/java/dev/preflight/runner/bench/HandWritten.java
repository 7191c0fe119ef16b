package dev.preflight.runner.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The floor: one statement an engineer would write by hand for the standard suite's 20 numbers (row count, 13 NULL
 * counts, duplicate rows of the key, three negative counts, minutes outside [0, 60], the fewest rows on a date), sent
 * through plain JDBC. {@link #main} is the same as a small process of its own: a JVM, the DuckDB driver, this class.
 */
public final class HandWritten {

    private HandWritten() {
    }

    /** {@code java -cp preflight.jar dev.preflight.runner.bench.HandWritten WAREHOUSE.duckdb}: prints the 20 numbers. */
    public static void main(String[] args) throws SQLException {
        // The same heap probe as the gate's process: both pay for it at exit, so the ratio compares the work alone.
        ProcessProbe.reportHeapAtExit();
        System.out.println(run(args[0]));
    }

    /** {@return the 20 numbers, computed by one statement on the warehouse file} */
    public static List<Long> run(String warehouse) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + warehouse);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql())) {
            rows.next();
            List<Long> numbers = new ArrayList<>();
            for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                numbers.add(rows.getLong(i));
            }
            return numbers;
        }
    }

    static String sql() {
        StringBuilder nulls = new StringBuilder();
        for (String column : new String[] {"game_id", "player_lookup", "team_abbr", "game_date", "minutes_played", "usage_rate", "points",
                "rebounds", "assists", "fg_attempts", "three_pt_attempts", "paint_attempts", "season_year"}) {
            nulls.append(", COUNT(*) - COUNT(").append(column).append(")");
        }
        // No common table expression: DuckDB materializes a CTE read three times, which would make this floor slow.
        String window = " FROM " + BenchData.TABLE + " WHERE game_date BETWEEN DATE '" + BenchData.FIRST + "' AND DATE '" + BenchData.last() + "'";
        return "SELECT COUNT(*)" + nulls
                + ", COUNT_IF(points < 0), COUNT_IF(rebounds < 0), COUNT_IF(assists < 0), COUNT_IF(minutes_played < 0 OR minutes_played > 60)"
                + ", (SELECT SUM(n - 1) FROM (SELECT COUNT(*) AS n" + window
                + " AND game_id IS NOT NULL AND player_lookup IS NOT NULL GROUP BY game_id, player_lookup))"
                + ", (SELECT MIN(n) FROM (SELECT COUNT(*) AS n" + window + " GROUP BY game_date))" + window;
    }
}
