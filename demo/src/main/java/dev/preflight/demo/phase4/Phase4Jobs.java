package dev.preflight.demo.phase4;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@link Phase4Processor} on a demo warehouse for a window of dates: creates its table when
 * missing, deletes the window's rows and inserts what the processor computes, in one transaction.
 *
 * <p>The demo's jobs open the warehouse read-write through their own JDBC connection, as a
 * pipeline's jobs would; Preflight's own warehouse access stays read-only.
 */
public final class Phase4Jobs {

    private Phase4Jobs() {}

    /**
     * @param warehouse the DuckDB file, which must hold the demo's schedule and Phase 3 tables
     * @throws SQLException when the warehouse lacks an input table or cannot be written
     */
    public static ProcessorResult run(
            Path warehouse, Phase4Processor processor, LocalDate start, LocalDate end)
            throws SQLException {
        if (start.isAfter(end)) {
            throw new IllegalArgumentException(
                    "--start-date " + start + " is after --end-date " + end + "; swap them");
        }
        try (Connection connection =
                        DriverManager.getConnection("jdbc:duckdb:" + warehouse.toAbsolutePath());
                Statement st = connection.createStatement()) {
            for (String view : statements(render(resource("views.sql"), start, end))) {
                st.execute(view);
            }
            st.execute("CREATE SCHEMA IF NOT EXISTS " + processor.schema());
            st.execute(processor.createTable());
            connection.setAutoCommit(false);
            st.execute("DELETE FROM " + processor.table() + inWindow(processor, start, end));
            long rows =
                    st.executeUpdate(
                            "INSERT INTO "
                                    + processor.table()
                                    + " "
                                    + render(resource(processor.jobName() + ".sql"), start, end));
            connection.commit();
            return result(st, processor, start, end, rows);
        }
    }

    private static ProcessorResult result(
            Statement st, Phase4Processor processor, LocalDate start, LocalDate end, long rows)
            throws SQLException {
        String written =
                "SELECT DISTINCT "
                        + processor.dateColumn()
                        + " FROM "
                        + processor.table()
                        + inWindow(processor, start, end);
        int dates = (int) count(st, "SELECT count(*) FROM (" + written + ")");
        int gameDates =
                (int)
                        count(
                                st,
                                "SELECT count(DISTINCT game_date) FROM pf_games WHERE game_date BETWEEN "
                                        + literal(start)
                                        + " AND "
                                        + literal(end));
        List<LocalDate> skipped = new ArrayList<>();
        try (ResultSet rs =
                st.executeQuery(
                        "SELECT CAST(d AS VARCHAR) FROM pf_target WHERE d NOT IN ("
                                + written
                                + ") ORDER BY d")) {
            while (rs.next()) {
                skipped.add(LocalDate.parse(rs.getString(1)));
            }
        }
        int target = (int) count(st, "SELECT count(*) FROM pf_target");
        return new ProcessorResult(
                processor, start, end, rows, dates, gameDates - target, skipped);
    }

    private static String inWindow(Phase4Processor processor, LocalDate start, LocalDate end) {
        return " WHERE "
                + processor.dateColumn()
                + " BETWEEN "
                + literal(start)
                + " AND "
                + literal(end);
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Dates are {@link LocalDate}s, never text from the command line, so the literal is safe. */
    private static String render(String sql, LocalDate start, LocalDate end) {
        return sql.replace("${start_date}", literal(start)).replace("${end_date}", literal(end));
    }

    private static String literal(LocalDate date) {
        return "DATE '" + date + "'";
    }

    /** The resource's statements, split at the semicolons that end a line; comments dropped. */
    private static List<String> statements(String sql) {
        List<String> statements = new ArrayList<>();
        for (String part : sql.split(";\\s*\\n")) {
            String body = part.replaceAll("(?m)^\\s*--.*$", "").strip();
            if (!body.isEmpty()) {
                statements.add(body);
            }
        }
        return statements;
    }

    private static String resource(String name) {
        try (InputStream in = Phase4Jobs.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside Phase4Jobs");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
