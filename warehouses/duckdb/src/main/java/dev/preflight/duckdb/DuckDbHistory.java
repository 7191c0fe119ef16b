package dev.preflight.duckdb;

import dev.preflight.model.TableName;
import dev.preflight.warehouse.HistoryTable;
import dev.preflight.warehouse.MetricHistory;
import dev.preflight.warehouse.WarehouseException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The metric history in a local DuckDB file: the one database Preflight writes, and only its own table, with its own
 * three statements and bound values. It is a file apart from the warehouse, which stays read-only; each call opens
 * and closes the file, so no lock outlives an append and {@code preflight history} can read it between runs.
 */
final class DuckDbHistory implements MetricHistory {

    /** Appends go in batches of this many points: one INSERT each, well below DuckDB's parameter limit. */
    private static final int BATCH = 500;

    private final Path file;
    private final TableName table;

    DuckDbHistory(Path file, TableName table) {
        this.file = file;
        this.table = table;
    }

    @Override
    public synchronized void append(List<Point> points) {
        if (points.isEmpty()) {
            return;
        }
        try (Connection connection = open(true)) {
            try (var create = connection.createStatement()) {
                create.execute(HistoryTable.create(DuckDbDialect.INSTANCE, table, "VARCHAR", "DOUBLE"));
            }
            connection.setAutoCommit(false);
            for (List<Point> batch : HistoryTable.batches(points, BATCH)) {
                try (PreparedStatement insert = connection.prepareStatement(HistoryTable.insert(DuckDbDialect.INSTANCE, table, batch.size()))) {
                    bind(insert, HistoryTable.parameters(batch));
                    insert.executeUpdate();
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new WarehouseException("cannot append to " + describe() + ": " + firstLine(e), e);
        }
    }

    @Override
    public synchronized List<Point> read(String suite, String dataset) {
        List<Point> points = new ArrayList<>();
        if (!Files.exists(file)) {
            return points;
        }
        try (Connection connection = open(false)) {
            if (!exists(connection)) {
                return points;
            }
            try (PreparedStatement select = connection.prepareStatement(HistoryTable.select(DuckDbDialect.INSTANCE, table))) {
                bind(select, List.of(suite, dataset));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= HistoryTable.COLUMNS.size(); i++) {
                            Object value = rows.getObject(i);
                            row.add(value instanceof java.sql.Date date ? date.toLocalDate() : value);
                        }
                        points.add(HistoryTable.point(row));
                    }
                }
            }
        } catch (SQLException e) {
            throw new WarehouseException("cannot read " + describe() + ": " + firstLine(e), e);
        }
        return points;
    }

    @Override
    public String describe() {
        return file + " (table " + table + ")";
    }

    private boolean exists(Connection connection) throws SQLException {
        List<String> parts = table.parts();
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = ?"
                + (parts.size() > 1 ? " AND table_schema = ?" : ""))) {
            query.setString(1, parts.get(parts.size() - 1));
            if (parts.size() > 1) {
                query.setString(2, parts.get(parts.size() - 2));
            }
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getLong(1) > 0;
            }
        }
    }

    private Connection open(boolean write) throws SQLException {
        if (write && file.toAbsolutePath().getParent() != null) {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
            } catch (java.io.IOException e) {
                throw new SQLException("cannot create the folder of " + file + ": " + e.getMessage(), e);
            }
        }
        Properties properties = new Properties();
        // Only this file: no other file, URL or extension is reachable from the history's connection.
        properties.setProperty("enable_external_access", "false");
        properties.setProperty("autoload_known_extensions", "false");
        properties.setProperty("autoinstall_known_extensions", "false");
        // Read and write open the file alike: DuckDB refuses a second configuration of a file within one process.
        Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties);
        if (write && table.parts().size() > 1) {
            try (var schema = connection.createStatement()) {
                schema.execute("CREATE SCHEMA IF NOT EXISTS " + DuckDbDialect.INSTANCE.quote(table.parts().get(table.parts().size() - 2)));
            }
        }
        return connection;
    }

    private static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            statement.setObject(i + 1, value instanceof LocalDate date ? java.sql.Date.valueOf(date) : value);
        }
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
