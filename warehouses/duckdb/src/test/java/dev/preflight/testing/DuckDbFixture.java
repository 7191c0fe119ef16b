package dev.preflight.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Collections;

/**
 * A DuckDB database file that a test fills and then closes. It must be closed before the code under test opens it:
 * DuckDB refuses a read-only connection to a file that this JVM still holds open for writing.
 *
 * <pre>{@code
 * try (DuckDbFixture db = DuckDbFixture.create(dir.resolve("games.duckdb"))) {
 *     db.table("nba_analytics.team_defense_game_summary", "game_date DATE", "game_id VARCHAR")
 *       .row(LocalDate.parse("2024-10-22"), "0022400001");
 * }
 * }</pre>
 */
public final class DuckDbFixture implements AutoCloseable {

    private final Path path;
    private final Connection connection;

    private DuckDbFixture(Path path, Connection connection) {
        this.path = path;
        this.connection = connection;
    }

    /** Creates an empty database at {@code path}, replacing any file there. */
    public static DuckDbFixture create(Path path) {
        try {
            Files.deleteIfExists(path);
            Files.createDirectories(path.toAbsolutePath().getParent());
            return new DuckDbFixture(path, DriverManager.getConnection("jdbc:duckdb:" + path.toAbsolutePath()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create DuckDB fixture " + path, e);
        }
    }

    public Path path() {
        return path;
    }

    /** Runs statements as written. */
    public DuckDbFixture sql(String... statements) {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            return this;
        } catch (SQLException e) {
            throw new IllegalStateException("fixture SQL failed: " + String.join("; ", statements), e);
        }
    }

    /**
     * Creates {@code schema.table} (and its schema) with the given column definitions.
     *
     * @param columns DuckDB column definitions, e.g. {@code "game_date DATE"}
     */
    public Table table(String name, String... columns) {
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            sql("CREATE SCHEMA IF NOT EXISTS " + name.substring(0, dot));
        }
        sql("CREATE TABLE " + name + " (" + String.join(", ", columns) + ")");
        return new Table(name, columns.length);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close DuckDB fixture " + path, e);
        }
    }

    /** A table being filled; values bind in column order. */
    public final class Table {

        private final String name;
        private final int width;

        private Table(String name, int width) {
            this.name = name;
            this.width = width;
        }

        /** Inserts one row; {@link LocalDate}s become DATEs, {@code null} becomes NULL. */
        public Table row(Object... values) {
            if (values.length != width) {
                throw new IllegalArgumentException(name + " has " + width + " columns, not " + values.length);
            }
            String marks = String.join(", ", Collections.nCopies(width, "?"));
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + name + " VALUES (" + marks + ")")) {
                for (int i = 0; i < width; i++) {
                    Object value = values[i] instanceof LocalDate date ? java.sql.Date.valueOf(date) : values[i];
                    insert.setObject(i + 1, value);
                }
                insert.executeUpdate();
                return this;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot insert into " + name, e);
            }
        }

        /** Inserts one row per date: the date first, then {@code rest}. */
        public Table rowPerDate(Iterable<LocalDate> dates, Object... rest) {
            for (LocalDate date : dates) {
                Object[] values = new Object[rest.length + 1];
                values[0] = date;
                System.arraycopy(rest, 0, values, 1, rest.length);
                row(values);
            }
            return this;
        }

        /** {@return the fixture, to declare the next table} */
        public DuckDbFixture and() {
            return DuckDbFixture.this;
        }
    }
}
