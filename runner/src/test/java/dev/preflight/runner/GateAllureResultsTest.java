package dev.preflight.runner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code gate --allure-results}: results only where asked, one per check, with the run-level files. */
class GateAllureResultsTest {

    @TempDir
    Path dir;

    @Test
    void should_write_one_result_per_check_and_the_run_files_where_asked() throws Exception {
        Fixture fixture = Fixture.in(dir);
        Path suite = fixture.suite("s.yaml", Fixture.dataset("s.full", "error"), Fixture.dataset("s.gappy", "warn"));

        Cli.Run run = Cli.run(dir, "gate", "--suite", suite.toString(), "--allure-results", dir.resolve("out/allure").toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        try (Stream<Path> files = Files.list(dir.resolve("out/allure"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("-result.json"))).hasSize(2);
        }
        assertThat(dir.resolve("out/allure/categories.json")).exists();
        assertThat(Files.readString(dir.resolve("out/allure/environment.properties"))).contains("Suites=s\n", "Window=2024-01-01..2024-01-20\n");
        assertThat(run.err()).as("no SLF4J notice or Allure chatter").doesNotContain("SLF4J");
    }

    @Test
    void should_write_no_allure_results_unless_asked() throws Exception {
        Fixture fixture = Fixture.in(dir);
        Path suite = fixture.suite("s.yaml", Fixture.dataset("s.gappy", "error"));

        Cli.Run run = Cli.run(dir, "gate", "--suite", suite.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(dir.resolve("allure-results")).doesNotExist();
    }

    /** Allure's test-plan filter reads the environment; a gate runs every check of its suites whatever it selects. */
    @Test
    void should_run_every_check_whatever_an_allure_test_plan_in_the_environment_selects() throws Exception {
        Fixture fixture = Fixture.in(dir);
        Path suite = fixture.suite("s.yaml", Fixture.dataset("s.gappy", "error"));
        Path plan = Files.writeString(dir.resolve("testplan.json"), "{\"version\": \"1.0\", \"tests\": [{\"id\": \"1\", \"selector\": \"some.Other#test\"}]}");

        Cli.Run run = Cli.run(dir, Map.of("ALLURE_TESTPLAN_PATH", plan.toString()),
                "gate", "--suite", suite.toString(), "--allure-results", dir.resolve("out/allure").toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        try (Stream<Path> files = Files.list(dir.resolve("out/allure"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("-result.json"))).hasSize(1);
        }
    }

    @Test
    void should_refuse_allure_results_that_cannot_be_a_directory() throws Exception {
        Fixture fixture = Fixture.in(dir);
        Path suite = fixture.suite("s.yaml", Fixture.dataset("s.full", "error"));
        Files.writeString(dir.resolve("taken"), "a file");

        Cli.Run run = Cli.run(dir, "gate", "--suite", suite.toString(), "--allure-results", dir.resolve("taken").toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.err()).contains("preflight: --allure-results " + dir.resolve("taken") + " is a file; name a directory");
    }
}
