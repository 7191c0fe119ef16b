package dev.preflight.duckdb;

import dev.preflight.warehouse.Warehouse;
import dev.preflight.warehouse.WarehouseProvider;

import dev.preflight.model.HistorySpec;
import dev.preflight.model.TableName;
import dev.preflight.model.WarehouseSpec;
import dev.preflight.warehouse.MetricHistory;
import dev.preflight.source.Problem;
import dev.preflight.source.SuiteDefinitionException;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens {@code type: duckdb} warehouses; the setting {@code path} is a database file or {@code :memory:}, and
 * {@code allowed_directories} the comma-separated directories whose files the database's views read (Parquet, CSV);
 * no other file is readable from a suite's SQL.
 */
public final class DuckDbProvider implements WarehouseProvider {

    public static final String PATH = "path";
    public static final String ALLOWED_DIRECTORIES = "allowed_directories";

    @Override
    public String type() {
        return "duckdb";
    }

    /**
     * Loads the JDBC driver and its native library (extracted to a temporary file and linked: about 0.3 s, as long as
     * the 20-check scan of a million rows) by opening and closing an empty in-memory database.
     */
    @Override
    public void preload() {
        try (Connection ignored = DriverManager.getConnection("jdbc:duckdb:")) {
            // opened: the library is linked
        } catch (SQLException e) {
            // open() reports it
        }
    }

    @Override
    public Warehouse open(WarehouseSpec spec) {
        String path = spec.settings().get(PATH);
        if (path == null || path.isBlank()) {
            throw new SuiteDefinitionException(new Problem(spec.location(),
                    "the duckdb warehouse needs 'path': a database file, or :memory:; or pass --warehouse / -Dpreflight.warehouse.path=…"));
        }
        for (String key : spec.settings().keySet()) {
            if (!key.equals(PATH) && !key.equals(ALLOWED_DIRECTORIES)) {
                throw new SuiteDefinitionException(new Problem(spec.location(),
                        "unknown duckdb warehouse setting '" + key + "'; known: type, " + PATH + ", " + ALLOWED_DIRECTORIES + ", parallelism"));
            }
        }
        return DuckDbWarehouse.open(path, allowedDirectories(spec));
    }

    /** Relative directories resolve against the working directory, as DuckDB resolves a view's relative file paths. */
    private static List<Path> allowedDirectories(WarehouseSpec spec) {
        List<Path> directories = new ArrayList<>();
        String text = spec.settings().getOrDefault(ALLOWED_DIRECTORIES, "");
        for (String entry : text.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            try {
                directories.add(Path.of(entry.trim()).toAbsolutePath().normalize());
            } catch (InvalidPathException e) {
                throw new SuiteDefinitionException(new Problem(spec.location(),
                        "'" + ALLOWED_DIRECTORIES + "' names '" + entry.trim() + "', which is not a directory path; write directories separated by commas"));
            }
        }
        return directories;
    }

    /**
     * A local file for any suite: the section's {@code path} (relative to the working directory), else
     * {@value HistorySpec#DEFAULT_FILE} beside a DuckDB warehouse file, else in the working directory.
     */
    @Override
    public MetricHistory history(HistorySpec history, WarehouseSpec warehouse) {
        Path file;
        String database = "duckdb".equals(warehouse.type()) ? warehouse.settings().get(PATH) : null;
        if (history.pathSetting().isPresent()) {
            file = Path.of(history.pathSetting().get());
        } else if (database != null && !database.isBlank() && !database.startsWith(":memory:")) {
            Path parent = Path.of(database).toAbsolutePath().getParent();
            file = parent == null ? Path.of(HistorySpec.DEFAULT_FILE) : parent.resolve(HistorySpec.DEFAULT_FILE);
        } else {
            file = Path.of(HistorySpec.DEFAULT_FILE);
        }
        TableName table = TableName.parse(history.tableName()).orElseThrow(() -> new SuiteDefinitionException(new Problem(history.location(),
                "'table' of 'history' is not a table name: " + history.tableName())));
        return new DuckDbHistory(file, table);
    }
}
