package dev.preflight.runner;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.preflight.runner.Fixture.dataset;
import static org.assertj.core.api.Assertions.assertThat;

/** The exit-code contract of docs/exit-codes.md, checked on the real command in its own JVM. */
class GateExitCodeTest {

    @TempDir
    Path dir;

    Fixture fixture;

    @BeforeEach
    void warehouse() throws Exception {
        fixture = Fixture.in(dir);
    }

    @Test
    void should_exit_0_from_a_dry_run_without_figures_when_not_strict() throws Exception {
        Path suite = fixture.suite("pass.yaml", dataset("s.full", "error"));

        Cli.Run run = Cli.run(dir, "gate", "--suite", suite.toString(), "--dry-run");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(0);
        assertThat(run.out()).contains("incomplete", "DuckDB reads local files and bills nothing");
    }

    @Test
    void should_exit_3_from_a_strict_dry_run_that_could_not_estimate_every_statement() throws Exception {
        // DuckDB gives no dry-run figures; --strict must not turn "could not estimate" into an open gate.
        Path suite = fixture.suite("pass.yaml", dataset("s.full", "error"));

        Cli.Run run = Cli.run(dir, "gate", "--suite", suite.toString(), "--dry-run", "--strict");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(3);
        assertThat(run.out()).contains("--strict: the estimate is incomplete, so the dry run could not verify the cost. Exit code 3.");
    }

    @Test
    void should_open_the_gate_when_every_check_passes() throws Exception {
        Path suite = fixture.suite("pass.yaml", dataset("s.full", "error"));

        Cli.Run run = Cli.run(dir, "gate", "--suite", suite.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(0);
        assertThat(run.out()).contains("s.full", "20/20", "100.0%", "✓ ready", "Verdict: GATE OPEN — every check passed. Exit code 0.");
    }

    @Test
    void should_open_a_degraded_gate_when_only_warnings_fail() throws Exception {
        Path suite = fixture.suite("warn.yaml", dataset("s.full", "error"), dataset("s.gappy", "warn"));

        Cli.Run run = Cli.run(dir, "gate", "--suite", suite.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(0);
        assertThat(run.out()).contains("17/20", "85.0%", "⚠ degraded", "GATE OPEN, DEGRADED", "s.gappy");
    }

    @Test
    void should_close_a_strict_gate_on_warnings() throws Exception {
        Path suite = fixture.suite("warn.yaml", dataset("s.full", "error"), dataset("s.gappy", "warn"));

        Cli.Run run = Cli.run(dir, "gate", "--suite", suite.toString(), "--strict");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.out()).contains("GATE CLOSED — warnings fail a strict gate: s.gappy");
    }

    @Test
    void should_close_the_gate_when_an_error_check_fails() throws Exception {
        Path suite = fixture.suite("fail.yaml", dataset("s.full", "error"), dataset("s.gappy", "error"));

        Cli.Run run = Cli.run(dir, "gate", "--suite", suite.toString(), "--verbose");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.out()).contains("✗ blocking",
                "s.gappy covers 17 of 20 expected dates (85.0%), below the 95.0% minimum; missing 3 dates: 2024-01-05..2024-01-07 (3)",
                "missing 3 dates: 2024-01-05..2024-01-07 (3)",
                "GATE CLOSED — 1 blocking table(s): s.gappy. Exit code 1.");
    }

    @Test
    void should_report_a_suite_error_with_its_location() throws Exception {
        Path suite = dir.resolve("invalid.yaml");
        Files.writeString(suite, "preflight: 1\nname: invalid\nparameters: {start_date: 2024-01-01, end_date: 2024-01-20}\n"
                + "warehouse: {type: duckdb, path: x.duckdb}\ndatasets:\n  - table: s.full\n    date_column: d\n    checks:\n"
                + "      - coverag: {min: 95}\n");

        Cli.Run run = Cli.run(dir, "gate", "--suite", suite.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.out()).contains("invalid.yaml:9:9: unknown check type 'coverag'; did you mean 'coverage'?", "INVALID SUITE");
        assertThat(run.all()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void should_fail_closed_with_3_when_the_warehouse_is_not_a_database() throws Exception {
        Path corrupt = dir.resolve("corrupt.duckdb");
        Files.write(corrupt, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        Path suite = fixture.suiteOn("corrupt.yaml", corrupt.toString(), dataset("s.full", "error"));

        Cli.Run run = Cli.run(dir, "gate", "--suite", suite.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(3);
        assertThat(run.out()).contains("? unverified", "COULD NOT VERIFY", "failing closed. Exit code 3.");
        assertThat(run.all()).doesNotContain("\tat ");
    }

    @Test
    void should_let_could_not_verify_win_over_suite_errors_and_failures() throws Exception {
        Path corrupt = dir.resolve("corrupt.duckdb");
        Files.write(corrupt, new byte[] {42, 42, 42, 42});
        fixture.suite("mix/fail.yaml", dataset("s.gappy", "error"));
        fixture.suiteOn("mix/corrupt.yaml", corrupt.toString(), dataset("s.full", "error"));
        Files.writeString(dir.resolve("mix/invalid.yaml"), "preflight: 1\nname: [unclosed\n");

        Cli.Run run = Cli.run(dir, "gate", "--suite", dir.resolve("mix").toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(3);
        assertThat(run.out()).contains("✗ blocking", "invalid.yaml:2", "? unverified");
    }

    @Test
    void should_not_open_when_a_tag_filter_hides_an_invalid_suite() throws Exception {
        fixture.suite("tagged/pass.yaml", dataset("s.full", "error").replace("    checks:", "    tags: [nightly]\n    checks:"));
        Files.writeString(dir.resolve("tagged/invalid.yaml"), "preflight: 1\nname: invalid\ndatasets: [unclosed\n");

        Cli.Run run = Cli.run(dir, "gate", "--suite", dir.resolve("tagged").toString(), "--tag", "nightly");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.out()).contains("invalid.yaml:3", "✓ ready", "INVALID SUITE");
    }

    @Test
    void should_give_2_for_usage_mistakes_in_one_line_without_stack_traces() throws Exception {
        Path suite = fixture.suite("pass.yaml", dataset("s.full", "error"));
        Path notADirectory = dir.resolve("pass.yaml").resolve("out.json");
        Files.createDirectories(dir.resolve("empty"));

        Cli.Run unknownFlag = Cli.run(dir, "gate", "--suite", suite.toString(), "--bogus");
        Cli.Run badDate = Cli.run(dir, "gate", "--suite", suite.toString(), "--start-date", "2026-02-30");
        Cli.Run reversed = Cli.run(dir, "gate", "--suite", suite.toString(), "--start-date", "2024-02-01", "--end-date", "2024-01-01");
        Cli.Run missing = Cli.run(dir, "gate", "--suite", "nowhere.yaml");
        Cli.Run empty = Cli.run(dir, "gate", "--suite", dir.resolve("empty").toString());
        Cli.Run output = Cli.run(dir, "gate", "--suite", suite.toString(), "--output", notADirectory.toString());

        assertThat(unknownFlag.exitCode()).isEqualTo(2);
        assertThat(unknownFlag.err()).contains("Unknown option: '--bogus'");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).contains("'2026-02-30' is not a date: write YYYY-MM-DD");
        assertThat(reversed.exitCode()).isEqualTo(2);
        assertThat(reversed.err()).contains("--start-date 2024-02-01 is after --end-date 2024-01-01");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("suite nowhere.yaml does not exist");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.out()).contains("NOTHING CHECKED");
        assertThat(output.exitCode()).isEqualTo(2);
        assertThat(output.err()).contains("--output");
        for (Cli.Run run : new Cli.Run[] {unknownFlag, badDate, reversed, missing, empty, output}) {
            assertThat(run.all()).doesNotContain("\tat ");
        }
    }
}
