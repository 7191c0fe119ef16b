package dev.preflight.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** gate.json lists each anomalous date with its value, baseline and band (docs/gate-result.schema.json). */
class AnomalyResultTest {

    @TempDir
    Path dir;

    @Test
    void should_list_each_anomalous_date_in_the_gate_result() throws Exception {
        Fixture fixture = Fixture.in(dir);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + fixture.warehouse); Statement s = c.createStatement()) {
            // Ten rows a date, three on 2024-01-15: a half-scraped date that coverage calls present.
            s.execute("CREATE TABLE s.lines AS SELECT d, i FROM s.cal, range(10) t(i) WHERE d <> DATE '2024-01-15' OR i < 3");
        }
        Path suite = fixture.suite("anomaly.yaml", "  - table: s.lines\n    date_column: d\n    checks:\n"
                + "      - coverage: {min: 100}\n      - anomaly: {metric: rows, direction: drop}");
        Path output = dir.resolve("gate.json");

        Cli.Run run = Cli.inProcess("gate", "--suite", suite.toString(), "--format", "json", "--output", output.toString(), "--per-date");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        JsonNode checks = new ObjectMapper().readTree(Files.readString(output)).at("/suites/0/datasets/0/checks");
        assertThat(checks.get(0).path("outcome").asText()).isEqualTo("PASSED");
        JsonNode anomalies = checks.get(1).path("anomalies");
        assertThat(anomalies).hasSize(1);
        assertThat(anomalies.get(0).path("date").asText()).isEqualTo("2024-01-15");
        assertThat(anomalies.get(0).path("value").asDouble()).isEqualTo(3.0);
        assertThat(anomalies.get(0).path("baseline").asDouble()).isEqualTo(10.0);
        assertThat(anomalies.get(0).path("low").asDouble()).isEqualTo(8.0);

        // The stakeholder summary's coverage calendar marks the date: present, but out of line.
        Cli.Run report = Cli.inProcess("report", "--gate-result", output.toString(), "--output", dir.resolve("report").toString());
        assertThat(report.exitCode()).as(report.all()).isZero();
        assertThat(Files.readString(dir.resolve("report/summary.html"))).contains("2024-01-15: present, anomalous (1 date)");
    }
}
