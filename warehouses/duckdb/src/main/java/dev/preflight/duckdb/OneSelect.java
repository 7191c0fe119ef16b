package dev.preflight.duckdb;

import dev.preflight.warehouse.WarehouseException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Lets through only a text that DuckDB's own parser reads as exactly one SELECT, before anything runs it.
 *
 * <p>The JDBC driver cannot be trusted with more: {@code prepareStatement("COPY … TO 'x.csv'; SELECT 1")} executes
 * every statement but the last while preparing, and {@code Statement.executeQuery} runs them all. A text filter on
 * {@code ;} is not enough either (a {@code ;} may sit in a string or a comment, and a PRAGMA or a SET needs none), so
 * the question goes to the parser: {@code json_serialize_sql} parses the text without binding or running it, lists
 * its statements, and refuses to serialize anything but a SELECT (PRAGMA, SET, COPY, ATTACH, INSTALL, EXPLAIN, …).
 * The text travels as a bound parameter, so the check itself is one fixed statement.
 */
final class OneSelect implements AutoCloseable {

    private static final String PARSE = "SELECT j->>'error', json_array_length(j, '$.statements'), j->>'error_message'"
            + " FROM (SELECT json_serialize_sql(?::VARCHAR)::JSON AS j)";

    private final Connection connection;
    /**
     * The check, prepared on first use and kept for the connection's later statements: DuckDB parses and plans it
     * once, not once per statement (500 datasets: ≈ 0.3 s of 0.65 s spent checking).
     */
    private PreparedStatement parse;

    /** @param connection the connection whose statements this checks; used by one thread at a time, as the connection is */
    OneSelect(Connection connection) {
        this.connection = connection;
    }

    /**
     * @throws WarehouseException when {@code sql} is not exactly one SELECT (or does not parse), naming what it is
     */
    void require(String sql) {
        try {
            if (parse == null) {
                parse = connection.prepareStatement(PARSE);
            }
            parse.setString(1, sql);
            try (ResultSet row = parse.executeQuery()) {
                row.next();
                boolean error = Boolean.parseBoolean(row.getString(1));
                long statements = row.getLong(2);
                String message = row.getString(3);
                if (error && message != null && message.startsWith("Only SELECT")) {
                    throw refused("it is not a SELECT (only one SELECT statement may run: no PRAGMA, SET, COPY, ATTACH, INSTALL or LOAD)");
                }
                if (error) {
                    throw new WarehouseException(message == null ? "DuckDB could not parse the statement" : message);
                }
                if (statements != 1) {
                    throw refused("it holds " + statements + " statements; write exactly one SELECT, without ';' between statements");
                }
            }
        } catch (SQLException e) {
            // The next statement prepares the check afresh rather than trust one that failed (an interrupted query).
            try {
                close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw new WarehouseException("DuckDB could not parse the statement: " + DuckDbWarehouse.firstLine(e.getMessage()), e);
        }
    }

    /** Closes the prepared check, not the connection. */
    @Override
    public void close() throws SQLException {
        if (parse != null) {
            PreparedStatement prepared = parse;
            parse = null;
            prepared.close();
        }
    }

    private static WarehouseException refused(String why) {
        return new WarehouseException("refused to run the statement: " + why);
    }
}
