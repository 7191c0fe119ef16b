package dev.preflight.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static dev.preflight.runner.Fixture.dataset;
import static dev.preflight.runner.PipelineFiles.job;
import static dev.preflight.runner.PipelineFiles.shJob;
import static dev.preflight.runner.PipelineFiles.state;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gates in a pipeline: a gate that does not open stops what lies downstream of it and nothing else, unless a closed
 * pre-flight gate is run past with {@code --skip-preflight --reason}, which the run record, gate.json and Allure keep.
 */
class PipelineGatesTest {

    @TempDir
    Path dir;

    Path runs;

    @BeforeEach
    void warehouse() throws Exception {
        Fixture fixture = Fixture.in(dir);
        fixture.suite("closed.yaml", dataset("s.gappy", "error"));
        fixture.suite("open.yaml", dataset("s.full", "error"));
        runs = dir.resolve("run");
    }

    @Test
    void should_stop_only_the_jobs_below_a_closed_postflight_gate() throws Exception {
        Path pipeline = PipelineFiles.write(dir, "branches", "jobs:",
                shJob("a", "", "touch a.ran"), "    postflight: [{suite: closed.yaml}]",
                shJob("b", "a", "touch b.ran"),
                shJob("c", "", "touch c.ran"),
                shJob("d", "c", "touch d.ran"));

        Cli.Run run = Cli.inProcess("run", pipeline.toString(), "--run-dir", runs.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        JsonNode record = PipelineFiles.record(runs);
        assertThat(state(record, "a")).isEqualTo("gate_closed");
        assertThat(state(record, "b")).isEqualTo("skipped");
        assertThat(state(record, "c")).isEqualTo("succeeded");
        assertThat(state(record, "d")).isEqualTo("succeeded");
        assertThat(dir.resolve("b.ran")).doesNotExist();
        assertThat(dir.resolve("d.ran")).exists();
        JsonNode gate = job(record, "a").path("postflight").get(0);
        assertThat(gate.path("verdict").asText()).isEqualTo("CLOSED");
        assertThat(gate.path("failing_checks").get(0).asText()).startsWith("s.gappy coverage: s.gappy covers 17 of 20");
        assertThat(runs.resolve(gate.path("result").asText())).isRegularFile();
        assertThat(job(record, "b").path("message").asText()).isEqualTo("it needs a, which ended gate_closed");
    }

    @Test
    void should_stop_the_dependants_of_a_failed_job_and_let_its_sibling_run() throws Exception {
        Path pipeline = PipelineFiles.write(dir, "failure", "jobs:",
                shJob("a", "", "exit 7"), shJob("b", "a", "touch b.ran"), shJob("c", "", "touch c.ran"));

        Cli.Run run = Cli.inProcess("run", pipeline.toString(), "--run-dir", runs.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(4);
        JsonNode record = PipelineFiles.record(runs);
        assertThat(state(record, "a")).isEqualTo("failed");
        assertThat(job(record, "a").path("exit_code").asInt()).isEqualTo(7);
        assertThat(state(record, "b")).isEqualTo("skipped");
        assertThat(state(record, "c")).isEqualTo("succeeded");
        assertThat(run.out()).contains("failure.yaml:5:5: job 'a': exited with code 7 (log logs/a.log)");
    }

    @Test
    void should_start_no_job_behind_a_closed_pipeline_gate() throws Exception {
        Path pipeline = PipelineFiles.write(dir, "gated", "preflight: [{suite: closed.yaml}]", "jobs:", shJob("a", "", "touch a.ran"));

        Cli.Run run = Cli.inProcess("run", pipeline.toString(), "--run-dir", runs.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(dir.resolve("a.ran")).doesNotExist();
        JsonNode record = PipelineFiles.record(runs);
        assertThat(state(record, "a")).isEqualTo("skipped");
        assertThat(record.path("gates").get(0).path("exit_code").asInt()).isEqualTo(1);
        assertThat(record.path("overrides")).isEmpty();
    }

    @Test
    void should_run_past_a_closed_preflight_gate_with_a_reason_and_keep_the_override() throws Exception {
        Path pipeline = PipelineFiles.write(dir, "override", "jobs:", shJob("a", "", "touch a.ran"), "    preflight: [{suite: closed.yaml}]");

        Cli.Run run = Cli.inProcess("run", pipeline.toString(), "--run-dir", runs.toString(), "--skip-preflight", "--reason", "INC-42 approved by the data owner");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(dir.resolve("a.ran")).exists();
        JsonNode record = PipelineFiles.record(runs);
        JsonNode override = record.path("overrides").get(0);
        assertThat(override.path("gate").asText()).isEqualTo("a.preflight.1");
        assertThat(override.path("user").asText()).isEqualTo(System.getProperty("user.name"));
        assertThat(override.path("reason").asText()).isEqualTo("INC-42 approved by the data owner");
        assertThat(override.path("time").asText()).isNotBlank();
        assertThat(override.path("failing_checks").get(0).asText()).startsWith("s.gappy coverage:");
        Path gateDir = runs.resolve("gates/a.preflight.1");
        JsonNode gate = new ObjectMapper().readTree(gateDir.resolve("gate.json").toFile());
        assertThat(gate.path("verdict").asText()).isEqualTo("CLOSED");
        assertThat(gate.path("overrides").get(0).path("reason").asText()).isEqualTo("INC-42 approved by the data owner");
        try (Stream<Path> results = Files.list(gateDir.resolve("allure-results"))) {
            assertThat(results.filter(p -> p.toString().endsWith("-result.json")).map(PipelineGatesTest::read))
                    .anySatisfy(text -> assertThat(text).contains("\"status\" : \"skipped\"", "run past by", "INC-42 approved by the data owner"));
        }
        assertThat(run.out()).contains("run past with --skip-preflight by " + System.getProperty("user.name"));
        Cli.Run report = Cli.inProcess("report", "--gate-result", gateDir.resolve("gate.json").toString(), "--output", dir.resolve("report").toString());
        assertThat(report.exitCode()).as(report.all()).isZero();
        assertThat(Files.readString(dir.resolve("report/summary.html"))).contains("Gate closed, run past with --skip-preflight</b> by "
                + System.getProperty("user.name"), "INC-42 approved by the data owner (1 failing check(s))");
        assertThat(Files.readString(dir.resolve("report/summary.md"))).contains("run past with `--skip-preflight`** by");
    }

    @Test
    void should_refuse_skip_preflight_without_a_reason() throws Exception {
        Path pipeline = PipelineFiles.write(dir, "refused", "jobs:", shJob("a", "", "touch a.ran"));

        Cli.Run run = Cli.inProcess("run", pipeline.toString(), "--run-dir", runs.toString(), "--skip-preflight");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--skip-preflight needs --reason");
        assertThat(dir.resolve("a.ran")).doesNotExist();
    }

    @Test
    void should_resolve_suites_against_the_pipeline_files_folder_and_pass_parameters() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("pipelines"));
        Path pipeline = PipelineFiles.write(sub, "relative", "preflight: [{suite: ../open.yaml, params: {start_date: '${start_date}'}}]",
                "jobs:", shJob("a", "", "touch a.ran"), "    postflight: [{suite: ../open.yaml, tags: [coverage]}]");

        Cli.Run run = Cli.inProcess("run", pipeline.toString(), "--run-dir", runs.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(sub.resolve("a.ran")).exists();
        assertThat(PipelineFiles.record(runs).path("gates").get(0).path("verdict").asText()).isEqualTo("OPEN");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
