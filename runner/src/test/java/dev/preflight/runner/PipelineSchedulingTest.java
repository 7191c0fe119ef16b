package dev.preflight.runner;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.preflight.runner.PipelineFiles.ended;
import static dev.preflight.runner.PipelineFiles.shJob;
import static dev.preflight.runner.PipelineFiles.started;
import static dev.preflight.runner.PipelineFiles.state;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code preflight run PIPELINE}: jobs run as their needs allow, up to --max-parallel at once, as the run record shows. */
class PipelineSchedulingTest {

    @TempDir
    Path dir;

    /**
     * Each of a and b waits (up to 10 s) for the other to have started: they end early only when they run together,
     * so the overlap does not depend on how fast the machine is.
     */
    @Test
    void should_run_independent_jobs_together_and_dependants_after_both() throws Exception {
        Path pipeline = PipelineFiles.write(dir, "dag", "jobs:",
                shJob("a", "", handshake("a", "b")),
                shJob("b", "", handshake("b", "a")),
                shJob("c", "a, b", "test -f a.started && test -f b.started"));
        Path runs = dir.resolve("run");

        Cli.Run run = Cli.inProcess("run", pipeline.toString(), "--run-dir", runs.toString(), "--max-parallel", "2");

        assertThat(run.exitCode()).as(run.all()).isZero();
        JsonNode record = PipelineFiles.record(runs);
        assertThat(started(record, "a")).isBefore(ended(record, "b"));
        assertThat(started(record, "b")).isBefore(ended(record, "a"));
        assertThat(started(record, "c")).isAfterOrEqualTo(ended(record, "a")).isAfterOrEqualTo(ended(record, "b"));
        assertThat(state(record, "c")).isEqualTo("succeeded");
        assertThat(record.path("state").asText()).isEqualTo("finished");
        assertThat(record.path("exit_code").asInt()).isZero();
    }

    @Test
    void should_run_one_job_at_a_time_with_max_parallel_1() throws Exception {
        Path pipeline = PipelineFiles.write(dir, "serial", "jobs:", shJob("a", "", "true"), shJob("b", "", "true"), shJob("c", "", "true"));
        Path runs = dir.resolve("run");

        Cli.Run run = Cli.inProcess("run", pipeline.toString(), "--run-dir", runs.toString(), "--max-parallel", "1");

        assertThat(run.exitCode()).as(run.all()).isZero();
        JsonNode record = PipelineFiles.record(runs);
        assertThat(started(record, "b")).isAfterOrEqualTo(ended(record, "a"));
        assertThat(started(record, "c")).isAfterOrEqualTo(ended(record, "b"));
    }

    @Test
    void should_write_each_jobs_output_to_its_log() throws Exception {
        Path pipeline = PipelineFiles.write(dir, "logs", "jobs:", shJob("a", "", "echo hello from a; echo oops >&2"));
        Path runs = dir.resolve("run");

        Cli.Run run = Cli.inProcess("run", pipeline.toString(), "--run-dir", runs.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(Files.readString(runs.resolve("logs/a.log"))).contains("hello from a", "oops");
        assertThat(PipelineFiles.job(PipelineFiles.record(runs), "a").path("log").asText()).isEqualTo("logs/a.log");
        assertThat(run.out()).contains("job a: running (log logs/a.log)", "job a: succeeded");
    }

    @Test
    void should_expand_dates_and_parameters_inside_one_argument_each() throws Exception {
        Path pipeline = PipelineFiles.write(dir, "expand", "jobs:",
                "  - id: a\n    run: [sh, -c, 'printf \"%s|\" \"$@\" > args.txt', _, '${start_date}', 'from ${start_date} to ${end_date}', '${dates}']",
                "    env: {WINDOW: '${start_date}..${end_date}'}");

        Cli.Run run = Cli.inProcess("run", pipeline.toString(), "--run-dir", dir.resolve("run").toString(), "--end-date", "2024-01-03");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(Files.readString(dir.resolve("args.txt"))).isEqualTo("2024-01-01|from 2024-01-01 to 2024-01-03|2024-01-01,2024-01-02,2024-01-03|");
    }

    @Test
    void should_print_the_plan_and_run_nothing_on_a_dry_run() throws Exception {
        Path pipeline = PipelineFiles.write(dir, "dry", "jobs:", shJob("a", "", "touch ran"), shJob("b", "", "touch ran"),
                "  - id: c\n    needs: [a, b]\n    run: [backfill.py, --start, '${start_date}', --end, '${end_date}']");

        Cli.Run run = Cli.inProcess("run", pipeline.toString(), "--dry-run", "--run-dir", dir.resolve("run").toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("group 1: a, b", "group 2: c", "c (needs a, b)", "$ backfill.py --start 2024-01-01 --end 2024-01-20",
                "order: a → b → c");
        assertThat(dir.resolve("ran")).doesNotExist();
        assertThat(dir.resolve("run")).doesNotExist();
    }

    /** A job's environment and a gate's parameters are printed in the file's order, the same on every run. */
    @Test
    void should_print_environment_and_parameters_in_the_files_order() throws Exception {
        Path pipeline = PipelineFiles.write(dir, "order", "jobs:",
                "  - id: a\n    run: [echo, hi]\n    env: {ZULU: '1', ALPHA: '2', MIKE: '3', BRAVO: '4', YANKEE: '5'}",
                "    preflight: [{suite: s.yaml, params: {zeta: '1', alpha: '2', mu: '3', beta: '4', omega: '5'}}]");

        Cli.Run run = Cli.inProcess("run", pipeline.toString(), "--dry-run", "--run-dir", dir.resolve("run").toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("    pre-flight gate s.yaml --param zeta=1 --param alpha=2 --param mu=3 --param beta=4 --param omega=5\n")
                .contains("    env ZULU=1\n    env ALPHA=2\n    env MIKE=3\n    env BRAVO=4\n    env YANKEE=5\n");
    }

    @Test
    void should_keep_secrets_out_of_the_run_record() throws Exception {
        Path pipeline = PipelineFiles.write(dir, "secret", "jobs:",
                "  - id: a\n    run: [sh, -c, 'exit 0', _, 'https://bob:hunter2-canary@warehouse.example.com/db']");
        Path runs = dir.resolve("run");

        Cli.Run run = Cli.inProcess("run", pipeline.toString(), "--run-dir", runs.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(Files.readString(runs.resolve("run.json"))).doesNotContain("hunter2-canary").contains("https://[withheld]@warehouse.example.com/db");
    }

    private static String handshake(String me, String other) {
        return "touch " + me + ".started; i=0; while [ ! -f " + other + ".started ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i+1)); done; test -f "
                + other + ".started";
    }
}
