package dev.preflight.runner;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static dev.preflight.runner.Fixture.dataset;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the gate writes besides its exit code: {@code --output} never onto an input and into folders it creates,
 * {@code --allure-results} holding one run, and the text a person reads first.
 */
class GateOutputsTest {

    @TempDir
    Path dir;

    private Fixture fixture;

    @BeforeEach
    void warehouse() throws Exception {
        fixture = Fixture.in(dir);
    }

    @Test
    void should_refuse_an_output_that_is_the_warehouse_and_leave_it_unchanged() throws Exception {
        Path suite = fixture.suite("s.yaml", dataset("s.full", "error"));
        byte[] before = Files.readAllBytes(fixture.warehouse);

        Cli.Run run = Cli.run(dir, "gate", "--suite", suite.toString(), "--warehouse", fixture.warehouse.toString(), "--format", "json",
                "--output", fixture.warehouse.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.err()).contains("--output " + fixture.warehouse + " is the warehouse (--warehouse " + fixture.warehouse + ")")
                .doesNotContain("\tat ");
        assertThat(Files.readAllBytes(fixture.warehouse)).isEqualTo(before);
    }

    @Test
    void should_refuse_an_output_that_is_the_suites_own_warehouse() throws Exception {
        Path suite = fixture.suite("s.yaml", dataset("s.full", "error"));
        byte[] before = Files.readAllBytes(fixture.warehouse);

        Cli.Run run = Cli.run(dir, "gate", "--suite", suite.toString(), "--output", fixture.warehouse.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.err()).contains("--output " + fixture.warehouse + " is a DuckDB database");
        assertThat(Files.readAllBytes(fixture.warehouse)).isEqualTo(before);
    }

    @Test
    void should_refuse_an_output_that_is_the_suite_file_and_leave_it_unchanged() throws Exception {
        Path suite = fixture.suite("s.yaml", dataset("s.full", "error"));
        String before = Files.readString(suite);

        Cli.Run named = Cli.run(dir, "gate", "--suite", suite.toString(), "--output", suite.toString());
        Cli.Run inFolder = Cli.run(dir, "gate", "--suite", dir.toString(), "--output", suite.toString());

        assertThat(named.exitCode()).as(named.all()).isEqualTo(2);
        assertThat(named.err()).contains("--output " + suite + " is the suite file --suite " + suite);
        assertThat(inFolder.exitCode()).as(inFolder.all()).isEqualTo(2);
        assertThat(inFolder.err()).contains("--output " + suite + " is a YAML file in the suite directory");
        assertThat(Files.readString(suite)).isEqualTo(before);
    }

    @Test
    void should_create_the_output_folders_and_leave_no_temporary_file() throws Exception {
        Path suite = fixture.suite("s.yaml", dataset("s.full", "error"));
        Path output = dir.resolve("out/nested/gate.json");

        Cli.Run run = Cli.run(dir, "gate", "--suite", suite.toString(), "--format", "json", "--output", output.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(Files.readString(output)).startsWith("{").contains("\"verdict\"");
        try (Stream<Path> files = Files.list(output.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("gate.json");
        }
    }

    @Test
    void should_replace_an_earlier_runs_allure_results_instead_of_piling_them_up() throws Exception {
        Path suite = fixture.suite("s.yaml", dataset("s.full", "error"), dataset("s.gappy", "warn"));
        Path results = dir.resolve("allure-results");

        Cli.Run first = Cli.run(dir, "gate", "--suite", suite.toString(), "--allure-results", results.toString());
        Cli.Run second = Cli.run(dir, "gate", "--suite", suite.toString(), "--allure-results", results.toString());

        assertThat(first.exitCode()).as(first.all()).isZero();
        assertThat(second.exitCode()).as(second.all()).isZero();
        try (Stream<Path> files = Files.list(results)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("-result.json"))).hasSize(2);
        }
    }

    @Test
    void should_list_a_blocking_tables_missing_ranges_and_the_next_command_without_verbose() throws Exception {
        Path suite = fixture.suite("s.yaml", dataset("s.full", "error"), dataset("s.gappy", "error"));

        Cli.Run run = Cli.run(dir, "gate", "--suite", suite.toString(), "--warehouse", fixture.warehouse.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.out()).contains("      ✗ missing 3 dates: 2024-01-05..2024-01-07 (3)\n",
                "Next: the backfill ranges of each blocking table, one per line:\n",
                "  ./preflight plan --suite s.yaml --warehouse " + fixture.warehouse
                        + " --table s.gappy --start-date 2024-01-01 --end-date 2024-01-20\n");
        assertThat(run.out()).as("passing checks only with -v").doesNotContain("✓ coverage");
    }

    @Test
    void should_list_every_check_with_verbose_passing_ones_included() throws Exception {
        Path suite = fixture.suite("s.yaml", dataset("s.full", "error"), dataset("s.gappy", "error"));

        Cli.Run run = Cli.run(dir, "gate", "--suite", suite.toString(), "--verbose");

        assertThat(run.out()).contains("      ✓ coverage: s.full covers 20 of 20 expected dates", "      ✗ coverage [error]: s.gappy covers 17 of 20");
    }

    @Test
    void should_say_once_that_the_warehouse_is_missing_with_a_hint() throws Exception {
        Path suite = fixture.suiteOn("s.yaml", dir.resolve("nowhere.duckdb").toString(), dataset("s.full", "error"), dataset("s.gappy", "warn"));

        Cli.Run run = Cli.run(dir, "gate", "--suite", suite.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(3);
        assertThat(run.out().split("does not exist", -1)).as("one line names the missing database").hasSize(2);
        assertThat(run.out()).contains("? 2 checks could not be verified: DuckDB database " + dir.resolve("nowhere.duckdb") + " does not exist\n",
                "Name the database with --warehouse PATH; after ./preflight demo it is --warehouse preflight-demo/nba.duckdb");
    }
}
