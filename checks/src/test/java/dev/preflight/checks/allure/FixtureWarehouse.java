package dev.preflight.checks.allure;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The warehouse behind preflight/reports-fixture/allure_fixture.yaml: a calendar of 2024-01-01..2024-01-20 whose
 * first two days are bootstrap days, and a table missing 2024-01-10 and 2024-01-11 (16 of 18 expected dates, so
 * coverage fails), with v NULL on 3 of its 18 rows (83.3% non-null, so the warn-severity null_rate check warns), and
 * no duplicate key.
 */
final class FixtureWarehouse {

    static final String SUITE = "preflight/reports-fixture/allure_fixture.yaml";
    static final String WAREHOUSE_PATH = "preflight.warehouse.path";

    private FixtureWarehouse() {
    }

    static Path create(Path directory) throws SQLException {
        Path file = directory.resolve("fixture.duckdb");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file); Statement sql = connection.createStatement()) {
            sql.execute("CREATE SCHEMA a");
            sql.execute("CREATE TABLE a.cal AS SELECT DATE '2024-01-01' + CAST(i AS INTEGER) AS d FROM range(20) t(i)");
            sql.execute("CREATE TABLE a.t AS SELECT DATE '2024-01-01' + CAST(i AS INTEGER) AS d, i AS k, "
                    + "CASE WHEN i % 5 = 0 THEN NULL ELSE i END AS v FROM range(20) t(i) WHERE i NOT IN (9, 10)");
        }
        return file;
    }
}
