package dev.preflight.checks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

class SmokeTest {
    @Test
    void runs(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("w.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA a");
            s.execute("CREATE TABLE a.cal AS SELECT DATE '2024-01-01' + CAST(i AS INTEGER) AS d FROM range(10) t(i)");
            s.execute("CREATE TABLE a.t AS SELECT DATE '2024-01-01' + CAST(i AS INTEGER) AS d, i AS k, CASE WHEN i % 3 = 0 THEN NULL ELSE i END AS v FROM range(8) t(i)");
        }
        Path suite = dir.resolve("s.yaml");
        Files.writeString(suite, String.join("\n",
                "preflight: 1", "name: smoke", "parameters: {start_date: 2024-01-01, end_date: 2024-01-10}",
                "warehouse: {type: duckdb, path: " + db + "}",
                "calendar: {table: a.cal, date_column: d}",
                "datasets:", "  - table: a.t", "    date_column: d", "    keys: [k]", "    checks:",
                "      - coverage: {min: 95}", "      - null_rate: {column: v, max: 10}", "      - duplicates: {}", "      - row_count: {min: 1}", ""));
        var results = EngineTestKit.engine("preflight").selectors(selectFile(suite.toFile())).execute();
        results.allEvents().debug(System.out);
    }
}
