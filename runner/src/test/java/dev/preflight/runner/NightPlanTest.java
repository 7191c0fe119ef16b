package dev.preflight.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.preflight.demo.phase4.Phase4Processor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's pipeline file declares what {@code preflight demo --full} runs: the same gate before the pipeline, the
 * same jobs with the same needs, commands and gates, in the pipeline contract's shape (issue 10).
 */
class NightPlanTest {

    static JsonNode pipeline;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = NightPlanTest.class.getClassLoader().getResourceAsStream(NightPlan.PIPELINE)) {
            assertThat(in).as(NightPlan.PIPELINE + " on the class path").isNotNull();
            pipeline = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @Test
    void should_gate_the_pipeline_with_the_phase3_suite() {
        assertThat(pipeline.path("preflight_pipeline").asInt()).isEqualTo(1);
        assertThat(gates(pipeline.path("preflight"))).containsExactly(NightPlan.PHASE3_GATE);
    }

    @Test
    void should_be_a_pipeline_file_the_runner_accepts(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve(DemoNight.PIPELINE_FILE);
        try (InputStream in = NightPlanTest.class.getClassLoader().getResourceAsStream(NightPlan.PIPELINE)) {
            java.nio.file.Files.write(file, in.readAllBytes());
        }

        dev.preflight.runner.pipeline.Pipeline parsed = new dev.preflight.runner.pipeline.PipelineParser(java.util.Map.of()).parse(file);

        assertThat(parsed.jobs()).extracting(dev.preflight.runner.pipeline.JobSpec::id).containsExactlyElementsOf(Phase4Processor.jobNames());
    }

    @Test
    void should_list_the_jobs_in_the_seeds_order() {
        List<String> ids = new ArrayList<>();
        pipeline.path("jobs").forEach(job -> ids.add(job.path("id").asText()));

        assertThat(ids).containsExactlyElementsOf(NightPlan.JOBS.stream().map(NightPlan.Job::id).toList())
                .containsExactlyElementsOf(Phase4Processor.jobNames());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Phase4Processor.class)
    void should_declare_each_job_as_demo_night_runs_it(Phase4Processor processor) {
        NightPlan.Job planned = NightPlan.JOBS.stream().filter(j -> j.processor() == processor).findFirst().orElseThrow();
        JsonNode job = job(processor.jobName());

        assertThat(strings(job.path("needs"))).containsExactlyElementsOf(planned.needs());
        assertThat(gates(job.path("preflight"))).containsExactlyElementsOf(planned.preflight());
        assertThat(gates(job.path("postflight"))).containsExactlyElementsOf(planned.postflight());
        assertThat(strings(job.path("run"))).containsExactly("${preflight}", "demo-job", processor.jobName(), "--warehouse", "${warehouse}",
                "--start-date", "${start_date}", "--end-date", "${end_date}");
    }

    private static JsonNode job(String id) {
        for (JsonNode job : pipeline.path("jobs")) {
            if (job.path("id").asText().equals(id)) {
                return job;
            }
        }
        throw new AssertionError("no job " + id + " in " + NightPlan.PIPELINE);
    }

    /** The gates as NightPlan models them; every gate passes the pipeline's warehouse to its suite. */
    private static List<NightPlan.Gate> gates(JsonNode list) {
        List<NightPlan.Gate> gates = new ArrayList<>();
        for (JsonNode gate : list) {
            assertThat(gate.path("params").path("warehouse").asText()).isEqualTo("${warehouse}");
            gates.add(new NightPlan.Gate(gate.path("suite").asText(), strings(gate.path("tags"))));
        }
        return gates;
    }

    private static List<String> strings(JsonNode list) {
        List<String> strings = new ArrayList<>();
        list.forEach(node -> strings.add(node.asText()));
        return strings;
    }
}
