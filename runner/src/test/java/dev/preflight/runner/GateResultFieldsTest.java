package dev.preflight.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gate carries what the check library adds — the suite's verdict words, fallbacks, waivers and samples — into its
 * JSON (still valid against the documented schema) and shows the verdict in its text.
 */
class GateResultFieldsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void should_publish_verdict_fallback_waivers_and_samples(@TempDir Path dir) throws Exception {
        Fixture fixture = Fixture.in(dir);
        Path suite = fixture.suite("readiness.yaml",
                "  - table: s.gappy\n    date_column: d\n    checks:\n"
                        + "      - coverage: {min: 95, fallback: {note: synthetic context, min: 80}}\n"
                        + "      - values: {column: v, in: [2], samples: {limit: 2, columns: [d, v]}, severity: warn}\n"
                        + "  - table: s.full\n    date_column: d\n    checks:\n      - coverage: {min: 100}\n"
                        + "verdict: {passed: READY, warned: DEGRADED, failed: NOT READY}\n"
                        + "waivers:\n  - {dataset: full, dates: [2024-01-02], reason: reprocessed, approved_by: ops, expires: 2099-01-01}");
        Path output = dir.resolve("gate.json");
        StringWriter text = new StringWriter();

        int json = Main.run(new String[] {"gate", "--suite", suite.toString(), "--format", "json", "--output", output.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        int plain = Main.run(new String[] {"gate", "--suite", suite.toString()}, new PrintWriter(text), new PrintWriter(new StringWriter()));

        assertThat(json).isEqualTo(0);
        assertThat(plain).isEqualTo(0);
        JsonNode result = JSON.readTree(output.toFile());
        assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(Files.newInputStream(Path.of("..", "docs",
                "gate-result.schema.json"))).validate(result)).isEmpty();
        JsonNode s = result.path("suites").get(0);
        assertThat(s.path("verdict").asText()).isEqualTo("DEGRADED");
        JsonNode coverage = s.path("datasets").get(0).path("checks").get(0);
        assertThat(coverage.path("outcome").asText()).isEqualTo("WARNED");
        assertThat(coverage.path("fallback").path("used").asBoolean()).isTrue();
        assertThat(s.path("datasets").get(0).path("checks").get(1).path("samples").path("rows").size()).isEqualTo(2);
        assertThat(s.path("datasets").get(1).path("checks").get(0).path("waivers").get(0).path("status").asText()).isEqualTo("unused");
        assertThat(text.toString()).contains("Suite readiness · window 2024-01-01..2024-01-20 · DEGRADED");
    }

    @Test
    void should_name_a_used_fallback_once_in_the_text(@TempDir Path dir) throws Exception {
        Fixture fixture = Fixture.in(dir);
        Path suite = fixture.suite("readiness.yaml",
                "  - table: s.gappy\n    date_column: d\n    checks:\n"
                        + "      - values: {column: v, in: [2], severity: warn, fallback: synthetic context}\n");

        Cli.Run run = Cli.inProcess("gate", "--suite", suite.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        String line = run.out().lines().filter(l -> l.contains("⚠ values(v)")).findFirst().orElseThrow();
        assertThat(line).startsWith("      ⚠ values(v) [fallback: synthetic context]: v of s.gappy has ");
        assertThat(line.split("synthetic context", -1)).as(line).hasSize(2);
    }
}
