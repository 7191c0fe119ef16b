package dev.preflight.runner;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static dev.preflight.runner.Fixture.dataset;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code preflight backfill}: the command runs for exactly the table's missing dates (as {@code preflight plan}
 * computes them), by range or by date, and the coverage is measured again.
 */
class BackfillCommandTest {

    @TempDir
    Path dir;

    Fixture fixture;
    Path suite;
    Path calls;

    /** s.holes misses 2024-01-03 and 2024-01-10..2024-01-11: two ranges, three dates. */
    @BeforeEach
    void warehouse() throws Exception {
        fixture = Fixture.in(dir);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + fixture.warehouse); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE s.holes AS SELECT d, 1 AS v FROM s.cal WHERE d <> DATE '2024-01-03' AND d NOT BETWEEN DATE '2024-01-10' AND DATE '2024-01-11'");
        }
        suite = fixture.suite("holes.yaml", dataset("s.holes", "error"), dataset("s.gappy", "error"));
        calls = dir.resolve("calls.txt");
    }

    /** A command that only writes down the arguments it received, one call a line. */
    private String recorder() {
        return "sh -c 'echo \"$*\" >> " + calls + "' recorder";
    }

    @Test
    void should_run_the_command_once_per_missing_range() throws Exception {
        Cli.Run run = Cli.inProcess("backfill", "--suite", suite.toString(), "--table", "s.holes", "--workers", "2",
                "--command", recorder() + " ${start_date} ${end_date}");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(Files.readAllLines(calls)).containsExactlyInAnyOrder("2024-01-03 2024-01-03", "2024-01-10 2024-01-11");
        assertThat(run.out()).contains("s.holes: 17/20 85.0% → 17/20 85.0%");
    }

    @Test
    void should_run_the_command_once_per_missing_date() throws Exception {
        Cli.Run run = Cli.inProcess("backfill", "--suite", suite.toString(), "--table", "s.holes", "--by", "date", "--",
                "sh", "-c", "echo \"$*\" >> " + calls, "recorder", "${start_date}", "${end_date}", "${dates}");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(Files.readAllLines(calls)).containsExactlyInAnyOrder("2024-01-03 2024-01-03 2024-01-03",
                "2024-01-10 2024-01-10 2024-01-10", "2024-01-11 2024-01-11 2024-01-11");
    }

    @Test
    void should_fill_the_gaps_and_show_the_coverage_before_and_after() throws Exception {
        Cli.Run run = Cli.inProcess("backfill", "--suite", suite.toString(), "--table", "s.gappy", "--command",
                javaCommand() + " " + FixtureBackfill.class.getName() + " " + fixture.warehouse + " ${table} ${start_date} ${end_date}");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("[2024-01-05..2024-01-07] backfilled 3 dates of s.gappy", "s.gappy: 17/20 85.0% → 20/20 100.0%");
    }

    @Test
    void should_print_the_commands_and_run_none_on_a_dry_run() throws Exception {
        Cli.Run run = Cli.inProcess("backfill", "--suite", suite.toString(), "--table", "s.holes", "--dry-run",
                "--command", recorder() + " --from ${start_date} --to ${end_date}");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("$ sh -c", "recorder --from 2024-01-10 --to 2024-01-11");
        assertThat(calls).doesNotExist();
    }

    @Test
    void should_exit_4_when_a_command_fails() throws Exception {
        Cli.Run run = Cli.inProcess("backfill", "--suite", suite.toString(), "--table", "s.holes", "--command", "sh -c 'exit 3' x ${start_date}");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(4);
        assertThat(run.out()).contains("failed with exit code 3", "2 of 2 command(s) failed");
    }

    @Test
    void should_say_nothing_is_missing_for_a_covered_table() throws Exception {
        Path full = fixture.suite("full.yaml", dataset("s.full", "error"));

        Cli.Run run = Cli.inProcess("backfill", "--suite", full.toString(), "--table", "s.full", "--command", recorder() + " ${start_date}");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("s.full: nothing to backfill, 20/20 100.0%");
        assertThat(calls).doesNotExist();
    }

    @Test
    void should_record_the_backfilled_ranges_when_a_pipeline_runs_it_as_a_job() throws Exception {
        fixture.suite("gappy.yaml", dataset("s.gappy", "error"));
        Path pipeline = PipelineFiles.write(dir, "night", "jobs:",
                "  - id: fill\n    run: ['${preflight}', backfill, --suite, holes.yaml, --table, s.gappy, --command, "
                        + PipelineFiles.yamlQuoted(javaCommand() + " " + FixtureBackfill.class.getName() + " " + fixture.warehouse
                        + " s.gappy $${start_date} $${end_date}") + "]",
                "    postflight: [{suite: gappy.yaml}]");
        Path runs = dir.resolve("run");

        Cli.Run run = Cli.inProcess("run", pipeline.toString(), "--run-dir", runs.toString());

        JsonNode record = PipelineFiles.record(runs);
        JsonNode fill = PipelineFiles.job(record, "fill");
        assertThat(fill.path("state").asText()).as(run.all() + Files.readString(runs.resolve("logs/fill.log"))).isEqualTo("succeeded");
        assertThat(fill.path("backfilled").get(0).path("start").asText()).as(run.all()).isEqualTo("2024-01-05");
        assertThat(fill.path("backfilled").get(0).path("end").asText()).isEqualTo("2024-01-07");
        assertThat(fill.path("backfilled").get(0).path("dates").asInt()).isEqualTo(3);
        assertThat(Files.readString(runs.resolve("logs/fill.log"))).contains("s.gappy: 17/20 85.0% → 20/20 100.0%");
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java") + " -cp " + System.getProperty("java.class.path");
    }
}
