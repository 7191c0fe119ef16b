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
final class OneSelect {

    private static final String PARSE = "SELECT j->>'error', json_array_length(j, '$.statements'), j->>'error_message'"
            + " FROM (SELECT json_serialize_sql(?::VARCHAR)::JSON AS j)";

    private OneSelect() {
    }

    /**
     * @throws WarehouseException when {@code sql} is not exactly one SELECT (or does not parse), naming what it is
     */
    static void require(Connection connection, String sql) {
        try (PreparedStatement parse = connection.prepareStatement(PARSE)) {
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
            throw new WarehouseException("DuckDB could not parse the statement: " + DuckDbWarehouse.firstLine(e.getMessage()), e);
        }
    }

    private static WarehouseException refused(String why) {
        return new WarehouseException("refused to run the statement: " + why);
    }
}
