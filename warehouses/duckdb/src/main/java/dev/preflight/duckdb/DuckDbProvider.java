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
import java.util.OptionalInt;

/**
 * Opens {@code type: duckdb} warehouses; the setting {@code path} is a database file or {@code :memory:},
 * {@code allowed_directories} the comma-separated directories whose files the database's views read (Parquet, CSV;
 * no other file is readable from a suite's SQL), and {@code threads} how many threads each statement may use.
 */
public final class DuckDbProvider implements WarehouseProvider {

    public static final String PATH = "path";
    public static final String ALLOWED_DIRECTORIES = "allowed_directories";
    public static final String THREADS = "threads";
    private static final int MAX_THREADS = 1024;

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
        return open(spec, 1);
    }

    @Override
    public Warehouse open(WarehouseSpec spec, int parallelism) {
        String path = spec.settings().get(PATH);
        if (path == null || path.isBlank()) {
            throw new SuiteDefinitionException(new Problem(spec.location(),
                    "the duckdb warehouse needs 'path': a database file, or :memory:; or pass --warehouse / -Dpreflight.warehouse.path=…"));
        }
        for (String key : spec.settings().keySet()) {
            if (!key.equals(PATH) && !key.equals(ALLOWED_DIRECTORIES) && !key.equals(THREADS)) {
                throw new SuiteDefinitionException(new Problem(spec.location(),
                        "unknown duckdb warehouse setting '" + key + "'; known: type, " + PATH + ", " + ALLOWED_DIRECTORIES + ", " + THREADS + ", parallelism"));
            }
        }
        return DuckDbWarehouse.open(path, allowedDirectories(spec), threads(spec, parallelism, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * {@return the threads DuckDB gives each statement}: the {@code threads} setting; else, when the run sends several
     * statements at once, the cores shared among them (at least one each), since a statement takes every core by
     * default and two such at once on two cores only take turns (docs/performance.md); else DuckDB's default, every core
     *
     * @throws SuiteDefinitionException when the setting is not a whole number from 1 to 1024
     */
    static OptionalInt threads(WarehouseSpec spec, int parallelism, int cores) {
        OptionalInt set = spec.count(THREADS, MAX_THREADS, "duckdb warehouse", "threads each statement may use, from 1");
        if (set.isPresent()) {
            return set;
        }
        return parallelism > 1 ? OptionalInt.of(Math.max(1, cores / parallelism)) : OptionalInt.empty();
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
