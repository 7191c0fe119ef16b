package dev.preflight.runner;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.preflight.runner.Fixture.dataset;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code preflight run}: the job starts only behind an open gate; backfills fill exactly the missing ranges. */
class PipelineRunTest {

    @TempDir
    Path dir;

    Fixture fixture;
    Path suite;
    Path marker;

    @BeforeEach
    void warehouse() throws Exception {
        fixture = Fixture.in(dir);
        suite = fixture.suite("pre.yaml", dataset("s.gappy", "error"));
        marker = dir.resolve("job-ran");
    }

    @Test
    void should_not_start_the_job_behind_a_closed_gate() throws Exception {
        Cli.Run run = Cli.run(dir, "run", "--suite", suite.toString(), "--", "touch", marker.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(marker).doesNotExist();
        assertThat(run.out()).contains("pre-flight gate exit code 1; the job does not start");
    }

    @Test
    void should_print_a_next_command_that_runs_as_pasted_on_the_same_warehouse() throws Exception {
        // The suite names a warehouse that does not exist; the run is pointed at a copy whose path needs quoting.
        Path elsewhere = fixture.suiteOn("elsewhere.yaml", dir.resolve("nowhere.duckdb").toString(), dataset("s.gappy", "error"));
        Path copy = Files.copy(fixture.warehouse, dir.resolve("my warehouse.duckdb"));

        Cli.Run run = Cli.run(dir, "run", "--suite", elsewhere.toString(), "--warehouse", copy.toString(), "--", "touch", marker.toString());
        String next = run.out().lines().map(String::strip).filter(line -> line.startsWith("./preflight plan ")).findFirst().orElseThrow();
        Process pasted = new ProcessBuilder("sh", "-c", javaCommand() + " " + Main.class.getName() + " " + next.substring("./preflight ".length()))
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String ranges = new String(pasted.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(next).contains("--warehouse '" + copy + "'");
        assertThat(pasted.waitFor()).as(next + "\n" + ranges).isZero();
        assertThat(ranges).isEqualTo("--start-date 2024-01-05 --end-date 2024-01-07\n");
    }

    @Test
    void should_backfill_exactly_the_missing_range_then_run_the_job_and_the_postflight() throws Exception {
        String backfill = javaCommand() + " " + FixtureBackfill.class.getName() + " " + fixture.warehouse + " {table} {start} {end}";

        Cli.Run run = Cli.run(dir, "run", "--suite", suite.toString(), "--post", suite.toString(), "--backfill", backfill,
                "--", "touch", marker.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(0);
        assertThat(marker).exists();
        assertThat(run.out()).contains("backfilling 1 range(s)", "s.gappy 2024-01-05 2024-01-07", "backfilled 3 dates of s.gappy",
                "post-flight gate exit code 0");
    }

    @Test
    void should_report_a_failing_job_with_exit_code_4() throws Exception {
        Path open = fixture.suite("open.yaml", dataset("s.full", "error"));

        Cli.Run run = Cli.run(dir, "run", "--suite", open.toString(), "--", "sh", "-c", "exit 7");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(4);
        assertThat(run.out()).contains("the job failed with exit code 7");
    }

    @Test
    void should_not_start_the_job_when_the_gate_cannot_verify() throws Exception {
        Path corrupt = dir.resolve("corrupt.duckdb");
        Files.write(corrupt, new byte[] {9, 9, 9});
        Path unverifiable = fixture.suiteOn("corrupt.yaml", corrupt.toString(), dataset("s.full", "error"));

        Cli.Run run = Cli.run(dir, "run", "--suite", unverifiable.toString(), "--", "touch", marker.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(3);
        assertThat(marker).doesNotExist();
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java") + " -cp " + System.getProperty("java.class.path");
    }
}
