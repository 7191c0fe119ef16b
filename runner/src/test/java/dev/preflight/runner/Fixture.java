package dev.preflight.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A small warehouse: a 20-day calendar (2024-01-01..2024-01-20), a table with every date, and a table missing
 * 2024-01-05..2024-01-07 (17 of 20 dates, 85%). Suites are written next to it.
 */
final class Fixture {

    final Path dir;
    final Path warehouse;

    private Fixture(Path dir) {
        this.dir = dir;
        this.warehouse = dir.resolve("w.duckdb");
    }

    static Fixture in(Path dir) throws SQLException {
        Fixture fixture = new Fixture(dir);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + fixture.warehouse); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA s");
            s.execute("CREATE TABLE s.cal AS SELECT DATE '2024-01-01' + CAST(i AS INTEGER) AS d FROM range(20) t(i)");
            s.execute("CREATE TABLE s.full AS SELECT d, 1 AS v FROM s.cal");
            s.execute("CREATE TABLE s.gappy AS SELECT d, 1 AS v FROM s.cal WHERE d NOT BETWEEN DATE '2024-01-05' AND DATE '2024-01-07'");
        }
        return fixture;
    }

    /** Writes a suite whose datasets are the given YAML lines (already indented under 'datasets:'). */
    Path suiteOn(String file, String warehousePath, String... datasets) throws IOException {
        String text = String.join("\n",
                "preflight: 1",
                "name: " + file.replace(".yaml", ""),
                "parameters: {start_date: 2024-01-01, end_date: 2024-01-20}",
                "warehouse: {type: duckdb, path: '" + warehousePath + "'}",
                "calendar: {table: s.cal, date_column: d}",
                "datasets:",
                String.join("\n", datasets), "");
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path;
    }

    Path suite(String file, String... datasets) throws IOException {
        return suiteOn(file, warehouse.toString(), datasets);
    }

    static String dataset(String table, String severity) {
        return "  - table: " + table + "\n    date_column: d\n    checks:\n      - coverage: {min: 95, severity: " + severity + "}";
    }
}
