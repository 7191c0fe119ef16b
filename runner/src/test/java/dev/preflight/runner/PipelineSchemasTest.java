package dev.preflight.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.preflight.runner.Fixture.dataset;
import static dev.preflight.runner.PipelineFiles.shJob;
import static org.assertj.core.api.Assertions.assertThat;

/** The documents a pipeline run writes, and the example pipeline file, match their schemas in docs/. */
class PipelineSchemasTest {

    @TempDir
    Path dir;

    @Test
    void should_write_a_run_record_and_gate_results_that_match_their_schemas() throws Exception {
        Fixture fixture = Fixture.in(dir);
        fixture.suite("closed.yaml", dataset("s.gappy", "error"));
        fixture.suite("open.yaml", dataset("s.full", "error"));
        Path pipeline = PipelineFiles.write(dir, "everything", "preflight: [{suite: open.yaml}]", "jobs:",
                shJob("a", "", "true"), "    preflight: [{suite: closed.yaml}]", "    postflight: [{suite: open.yaml}]", "    timeout: 1m",
                shJob("b", "a", "exit 3"), shJob("c", "b", "true"), shJob("d", "", "no-such-program-5d2"));
        Path runs = dir.resolve("run");

        Cli.Run run = Cli.inProcess("run", pipeline.toString(), "--run-dir", runs.toString(), "--skip-preflight", "--reason", "schema test");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(4);
        assertThat(schema("run-record.schema.json").validate(PipelineFiles.record(runs))).isEmpty();
        JsonNode gate = new ObjectMapper().readTree(runs.resolve("gates/a.preflight.1/gate.json").toFile());
        assertThat(gate.path("overrides")).hasSize(1);
        assertThat(schema("gate-result.schema.json").validate(gate)).isEmpty();
    }

    @Test
    void should_describe_the_example_pipeline_file() throws Exception {
        JsonNode example = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "docs", "examples", "nba_phase4_night.yaml").toFile());
        // YAML reads an unquoted date as text in Jackson's tree, as the schema expects.
        assertThat(schema("pipeline.schema.json").validate(example)).isEmpty();
    }

    @Test
    void should_refuse_a_typo_in_a_job_key() throws Exception {
        JsonNode typo = new ObjectMapper(new YAMLFactory()).readTree("preflight_pipeline: 1\njobs:\n  - id: a\n    runn: [x]\n");
        assertThat(schema("pipeline.schema.json").validate(typo)).isNotEmpty();
    }

    private static JsonSchema schema(String name) throws Exception {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(Files.newInputStream(Path.of("..", "docs", name)));
    }
}
