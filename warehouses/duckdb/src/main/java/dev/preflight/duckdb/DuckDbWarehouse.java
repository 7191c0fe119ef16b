package dev.preflight.duckdb;

import dev.preflight.metric.QueryResult;
import dev.preflight.sql.Statement;
import dev.preflight.warehouse.Warehouse;
import dev.preflight.warehouse.WarehouseException;

import dev.preflight.model.TableName;
import dev.preflight.sql.SqlDialect;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;

/**
 * The embedded DuckDB warehouse: a database file opened read-only (a gate never writes), or an in-memory database.
 */
public final class DuckDbWarehouse implements Warehouse {

    /** Enough for any "did you mean" among a database's tables; a database with more is not listed whole. */
    private static final int MAX_TABLES_NEAR = 10_000;

    public static final String MEMORY = ":memory:";

    private final String description;
    /** A connection and the check of its statements ({@link OneSelect}), used by one thread. */
    private record Session(Connection connection, OneSelect oneSelect) {

        Session(Connection connection) {
            this(connection, new OneSelect(connection));
        }

        void close() throws SQLException {
            oneSelect.close();
            connection.close();
        }
    }

    /** The connection the warehouse opened, with its check: the opening thread's, and the one the others duplicate. */
    private final Session first;
    /**
     * One connection per thread that sends statements: a suite with {@code parallelism} scans datasets from several
     * threads, and a DuckDB connection runs one statement at a time. Duplicates share the database (and its
     * sandbox settings) and are closed with it.
     */
    private final ThreadLocal<Session> perThread = new ThreadLocal<>();
    private final List<Session> duplicates = Collections.synchronizedList(new ArrayList<>());
    private final Thread opener = Thread.currentThread();

    private DuckDbWarehouse(Connection connection, String description) {
        this.description = description;
        this.first = new Session(connection);
    }

    /** {@return the session of the calling thread: the first connection's for the thread that opened the warehouse} */
    private Session session() throws SQLException {
        if (Thread.currentThread() == opener) {
            return first;
        }
        Session own = perThread.get();
        if (own == null) {
            own = new Session(first.connection().unwrap(org.duckdb.DuckDBConnection.class).duplicate());
            perThread.set(own);
            duplicates.add(own);
        }
        return own;
    }

    /** Opens a DuckDB file read-only, or {@value #MEMORY}, with no directory readable outside the database. */
    public static DuckDbWarehouse open(String path) {
        return open(path, List.of());
    }

    /**
     * Opens a DuckDB file read-only, or {@value #MEMORY}, sandboxed: no file outside the database and
     * {@code allowedDirectories} can be read or written, no extension installed or loaded, no database attached, and
     * the configuration locked so that no statement can undo any of it. A suite's free SQL ({@code where:}, a
     * calendar's {@code query:}, {@code sql:} checks) runs here, so the sandbox is what bounds it (docs/security.md).
     *
     * @param allowedDirectories the directories whose files the database's views read (e.g. Parquet files)
     * @throws WarehouseException when the file is missing or is not a DuckDB database
     */
    public static DuckDbWarehouse open(String path, List<Path> allowedDirectories) {
        return open(path, allowedDirectories, OptionalInt.empty());
    }

    /**
     * Opens as {@link #open(String, List)} does, with DuckDB's {@code threads} setting: how many threads each
     * statement may use (empty: DuckDB's default, one per core).
     */
    public static DuckDbWarehouse open(String path, List<Path> allowedDirectories, OptionalInt threads) {
        Properties properties = sandbox(allowedDirectories);
        // Before the configuration is locked: like the sandbox, it is fixed when the database starts.
        threads.ifPresent(count -> properties.setProperty("threads", String.valueOf(count)));
        String url;
        if (MEMORY.equals(path) || path.isBlank()) {
            url = "jdbc:duckdb:";
        } else {
            Path file = Path.of(path).toAbsolutePath();
            if (!Files.isRegularFile(file)) {
                throw new WarehouseException("DuckDB database " + file + " does not exist");
            }
            properties.setProperty("duckdb.read_only", "true");
            url = "jdbc:duckdb:" + file;
        }
        try {
            Connection connection = DriverManager.getConnection(url, properties);
            return new DuckDbWarehouse(connection, "duckdb " + (url.equals("jdbc:duckdb:") ? MEMORY : Path.of(path).toAbsolutePath()));
        } catch (SQLException e) {
            throw new WarehouseException("cannot open DuckDB database " + path + ": " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * DuckDB's own settings, applied when the database starts, before any statement: external access off (files,
     * URLs, ATTACH, COPY, extension installs), no extension autoloading, then the configuration locked.
     */
    private static Properties sandbox(List<Path> allowedDirectories) {
        Properties properties = new Properties();
        properties.setProperty("enable_external_access", "false");
        properties.setProperty("autoload_known_extensions", "false");
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("allow_community_extensions", "false");
        if (!allowedDirectories.isEmpty()) {
            // A list literal; each directory ends with '/', so /data/parquet does not also open /data/parquet-old.
            properties.setProperty("allowed_directories", allowedDirectories.stream()
                    .map(dir -> dir.toAbsolutePath().normalize().toString())
                    .map(dir -> "'" + (dir.endsWith("/") ? dir : dir + "/").replace("'", "''") + "'")
                    .collect(java.util.stream.Collectors.joining(", ", "[", "]")));
        }
        properties.setProperty("lock_configuration", "true");
        return properties;
    }

    @Override
    public SqlDialect dialect() {
        return DuckDbDialect.INSTANCE;
    }

    @Override
    public QueryResult execute(Statement statement) {
        return query(statement.sql(), statement.parameters());
    }

    /**
     * The one path to the database: every statement, the warehouse's own included, is checked to be exactly one
     * SELECT before the driver sees it (the driver would run every statement of a longer text), then prepared with
     * its parameters bound as values of their own type, so a date is a DATE and text can never become SQL.
     */
    private QueryResult query(String sql, List<?> parameters) {
        Session session;
        try {
            session = session();
        } catch (SQLException e) {
            throw new WarehouseException("cannot open another connection to " + description + ": " + firstLine(e.getMessage()), e);
        }
        session.oneSelect().require(sql);
        try (PreparedStatement jdbc = session.connection().prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                Object value = parameters.get(i);
                jdbc.setObject(i + 1, value instanceof LocalDate date ? java.sql.Date.valueOf(date) : value);
            }
            try (ResultSet rows = jdbc.executeQuery()) {
                return read(rows);
            }
        } catch (SQLException e) {
            throw new WarehouseException(firstLine(e.getMessage()), e);
        }
    }

    /**
     * Prepares the statement (DuckDB parses and binds: a wrong name or syntax shows here) and, when it binds, runs it:
     * some of DuckDB's type errors (a text bound cast to a DATE) show only when rows flow. A local read-only
     * statement bills nothing, and the engine asks only after a statement failed.
     */
    @Override
    public Optional<String> rejection(Statement statement) {
        try {
            execute(statement);
            return Optional.empty();
        } catch (WarehouseException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public Optional<Map<String, String>> columns(TableName table) {
        String sql = "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?"
                + (table.parts().size() >= 2 ? " AND table_schema = ?" : "")
                + (table.parts().size() == 3 ? " AND table_catalog = ?" : "")
                + " ORDER BY ordinal_position";
        List<String> parts = table.parts();
        List<String> parameters = new ArrayList<>(List.of(parts.get(parts.size() - 1)));
        if (parts.size() >= 2) {
            parameters.add(parts.get(parts.size() - 2));
        }
        if (parts.size() == 3) {
            parameters.add(parts.get(0));
        }
        Map<String, String> columns = new LinkedHashMap<>();
        for (List<Object> row : query(sql, parameters).rows()) {
            columns.put((String) row.get(0), (String) row.get(1));
        }
        return columns.isEmpty() ? Optional.empty() : Optional.of(columns);
    }

    @Override
    public List<String> tablesNear(TableName table) {
        // A misspelt schema is as likely as a misspelt table: every table and view that a name with as many parts
        // reaches (one part: the current schema's; two: the current database's), named as the suite wrote its own.
        int parts = table.parts().size();
        String sql = "SELECT table_catalog, table_schema, table_name FROM information_schema.tables"
                + " WHERE table_schema NOT IN ('information_schema', 'pg_catalog')"
                + (parts <= 2 ? " AND table_catalog = current_database()" : "")
                + (parts == 1 ? " AND table_schema = current_schema()" : "")
                + " ORDER BY ALL LIMIT " + MAX_TABLES_NEAR;
        List<String> names = new ArrayList<>();
        for (List<Object> row : query(sql, List.of()).rows()) {
            names.add(String.join(".", row.subList(3 - parts, 3).stream().map(String::valueOf).toList()));
        }
        return names;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        try {
            synchronized (duplicates) {
                for (Session duplicate : duplicates) {
                    duplicate.close();
                }
                duplicates.clear();
            }
            first.close();
        } catch (SQLException e) {
            throw new WarehouseException("cannot close " + description + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static QueryResult read(ResultSet rows) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        List<String> columns = new ArrayList<>();
        // Types once per column, not per cell: the driver compares type names each time it is asked.
        boolean[] timestamp = new boolean[meta.getColumnCount() + 1];
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnLabel(i));
            timestamp[i] = meta.getColumnType(i) == Types.TIMESTAMP;
        }
        List<List<Object>> out = new ArrayList<>();
        while (rows.next()) {
            List<Object> row = new ArrayList<>(columns.size());
            for (int i = 1; i <= columns.size(); i++) {
                // A TIMESTAMP is read as the wall-clock value it holds: java.sql.Timestamp would pass it through the
                // JVM's time zone, which shifts times that do not exist there (a DST gap).
                Object value = timestamp[i] ? rows.getObject(i, LocalDateTime.class) : rows.getObject(i);
                row.add(normalize(value));
            }
            out.add(row);
        }
        return new QueryResult(columns, out);
    }

    /**
     * Values as {@link QueryResult} documents them, whatever the JDBC driver hands out: DATE as {@link LocalDate},
     * TIMESTAMP as {@link LocalDateTime} (never cut to its date: a consumer that needs a date must say so in SQL),
     * TIMESTAMP WITH TIME ZONE as an {@link OffsetDateTime} in UTC (the driver picks the JVM's zone), integers as
     * {@link Long}, and LIST/ARRAY as an unmodifiable {@link List} of values converted the same way, so no caller
     * ever sees {@code java.sql} types or the driver's own classes.
     */
    static Object normalize(Object value) throws SQLException {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big) {
            return big.longValueExact();
        }
        if (value instanceof BigDecimal decimal && decimal.scale() <= 0) {
            return decimal.longValueExact();
        }
        if (value instanceof java.sql.Array array) {
            try {
                List<Object> elements = new ArrayList<>();
                for (Object element : (Object[]) array.getArray()) {
                    elements.add(normalize(element));
                }
                return Collections.unmodifiableList(elements);
            } finally {
                array.free();
            }
        }
        return value;
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String[] lines = message.split("\n");
        // DuckDB's JDBC driver wraps some errors in a generic first line; the cause is on the next one.
        if (lines.length > 1 && lines[0].contains("unsuccessful or closed pending query result")) {
            return lines[1].replaceFirst("^Error: ", "").trim();
        }
        return lines[0];
    }
}
