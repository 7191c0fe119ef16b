package dev.preflight.runner;

import dev.preflight.bigquery.BigQueryStubServer;
import dev.preflight.source.SourceText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static dev.preflight.runner.Fixture.dataset;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The messages of issue 13, each on the real command: what a user who made the mistake reads, in one line, with
 * the exit code the contract gives (docs/exit-codes.md).
 */
class InputMessagesTest {

    @TempDir
    Path dir;

    private Fixture fixture;

    @BeforeEach
    void warehouse() throws Exception {
        fixture = Fixture.in(dir);
    }

    @Test
    void should_read_a_suite_that_starts_with_a_utf8_byte_order_mark() throws IOException {
        Path suite = fixture.suite("bom.yaml", dataset("s.full", "error"));
        byte[] text = Files.readAllBytes(suite);
        byte[] marked = new byte[text.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(text, 0, marked, 3, text.length);
        Files.write(suite, marked);

        Cli.Run run = Cli.inProcess("gate", "--suite", suite.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.all()).doesNotContain("\ufeff", "unknown key");
    }

    /** gate.json and the summary name a suite file by its file: URI; a command copied from them runs as pasted. */
    @Test
    void should_take_a_suite_named_by_its_file_uri() throws IOException {
        Path suite = fixture.suite("uri.yaml", dataset("s.full", "error"));

        Cli.Run run = Cli.inProcess("gate", "--suite", suite.toUri().toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
    }

    @Test
    void should_say_that_a_file_uri_of_another_host_is_not_a_suite_location() {
        Cli.Run run = Cli.inProcess("gate", "--suite", "file://host/x.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("preflight: Invalid value for option '--suite' (FILE|DIR|classpath:NAME): 'file://host/x.yaml'"
                + " is not a file URI: write a path, a file:/// URI or classpath:NAME\n").doesNotContain("\tat ");
    }

    @Test
    void should_say_where_a_file_is_not_utf8() throws IOException {
        Path suite = dir.resolve("latin.yaml");
        Files.write(suite, "preflight: 1\nname: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        Cli.Run run = Cli.inProcess("validate", "--suite", suite.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("✗ " + suite + ":2:10: the file is not UTF-8: byte 0xE9 cannot be read as text; save the file as UTF-8\n");
    }

    @Test
    void should_name_a_file_that_is_not_a_suite_and_say_why() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.yaml"), "services:\n  db:\n    image: duckdb\n");

        Cli.Run run = Cli.inProcess("gate", "--suite", notes.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("preflight: " + notes + " is not a Preflight suite: it has no 'preflight:' key"
                + " (a suite starts with 'preflight: 1')\n");
        assertThat(run.out()).doesNotContain("NOTHING CHECKED");
    }

    @Test
    void should_say_in_one_line_that_a_bigquery_endpoint_answered_what_the_client_cannot_read() throws IOException {
        try (BigQueryStubServer stub = BigQueryStubServer.start(sql -> new BigQueryStubServer.Answer(List.of(), List.of(), 0))) {
            stub.answerAlways("POST", "/jobs", "{}").answerAlways("GET", "/", "{}");
            Path suite = fixture.suite("bq.yaml", "  - table: d.t\n    date_column: d\n    checks:\n      - row_count: {min: 1}");

            Cli.Run run = Cli.inProcess("gate", "--suite", suite.toString(), "--warehouse-setting", "type=bigquery",
                    "--warehouse-setting", "path=", "--warehouse-setting", "project=nba-props-platform",
                    "--warehouse-setting", "host=" + stub.host());

            assertThat(run.exitCode()).as(run.all()).isEqualTo(3);
            assertThat(run.out()).contains("BigQuery at " + stub.host() + " gave an answer for t that the client could not read"
                    + " (NullPointerException); is host a BigQuery REST endpoint?");
            assertThat(run.all()).doesNotContain("Cannot invoke", "\tat ");
        }
    }

    @Test
    void should_print_a_suite_problem_once_not_again_in_junits_log() throws Exception {
        Path suite = fixture.suite("typo.yaml", "  - table: s.full\n    date_column: d\n    checks:\n      - row_count: {minn: 1}");

        Cli.Run run = Cli.run(dir, "gate", "--suite", suite.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.all().split("unknown key 'minn'", -1)).as(run.all()).hasSize(2);
        assertThat(run.err()).doesNotContain("DiscoveryIssueNotifier", "WARNING");
    }

    @Test
    void should_refuse_warehouse_together_with_warehouse_setting_path() throws IOException {
        Path suite = fixture.suite("pass.yaml", dataset("s.full", "error"));

        Cli.Run run = Cli.inProcess("gate", "--suite", suite.toString(), "--warehouse", fixture.warehouse.toString(),
                "--warehouse-setting", "path=other.duckdb");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("preflight: --warehouse " + fixture.warehouse + " and --warehouse-setting path=other.duckdb"
                + " both name the warehouse; give one of them\n");
    }

    @Test
    void should_wait_out_timeout_seconds_once_when_the_endpoint_is_silent() throws IOException {
        try (BigQueryStubServer stub = BigQueryStubServer.start(sql -> new BigQueryStubServer.Answer(List.of(), List.of(), 0))) {
            stub.hang("POST", "/jobs$");
            Path suite = fixture.suite("slow.yaml", "  - table: d.t\n    date_column: d\n    checks:\n      - row_count: {min: 1}\n",
                    "  - table: d.u\n    date_column: d\n    checks:\n      - row_count: {min: 1}");

            Cli.Run run = Cli.inProcess("gate", "--suite", suite.toString(), "--warehouse-setting", "type=bigquery",
                    "--warehouse-setting", "path=", "--warehouse-setting", "project=nba-props-platform",
                    "--warehouse-setting", "host=" + stub.host(), "--warehouse-setting", "timeout_seconds=1");

            assertThat(run.exitCode()).as(run.all()).isEqualTo(3);
            // One statement waited its timeout; the others were never sent, so the run cannot take a timeout each.
            // (At most one: on a loaded machine the first may time out before the stub has even read it.)
            assertThat(stub.requests("POST", "/jobs$")).as(run.all() + stub.requests()).hasSizeLessThanOrEqualTo(1);
            assertThat(run.out()).contains("took longer than timeout_seconds = 1 s", "not sent: u, because");
        }
    }

    @Test
    void should_take_the_suites_date_expressions_on_the_command_line() throws IOException {
        Path suite = fixture.suite("pass.yaml", dataset("s.full", "error"));

        Cli.Run run = Cli.inProcess("gate", "--suite", suite.toString(), "--start-date", "today-7", "--end-date", "today");

        LocalDate today = LocalDate.now();
        assertThat(run.err()).doesNotContain("not a date");
        assertThat(run.out()).contains("window " + today.minusDays(7) + ".." + today);
    }

    @Test
    void should_give_2_for_a_tag_expression_that_does_not_parse() throws IOException {
        Path suite = fixture.suite("pass.yaml", dataset("s.full", "error"));

        Cli.Run run = Cli.inProcess("gate", "--suite", suite.toString(), "--tag", "(nightly & slow");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("preflight: --tag '(nightly & slow' is not a tag expression: missing closing parenthesis"
                + " for '(' at index 0 (write a tag, or tags joined with &, |, ! and parentheses)\n");
    }

    @Test
    void should_give_4_when_the_job_cannot_start_as_the_docs_say() throws IOException {
        Path suite = fixture.suite("pass.yaml", dataset("s.full", "error"));

        Cli.Run run = Cli.inProcess("run", "--suite", suite.toString(), "--", dir.resolve("no-such-job").toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.out()).contains("preflight run: cannot start " + dir.resolve("no-such-job") + ": No such file or directory");
        assertThat(run.all()).doesNotContain("\tat ");
    }

    @Test
    void should_refuse_a_suite_larger_than_the_limit_before_reading_it() throws IOException {
        // Sparse: 20 MiB that the test never writes, and the command must never read.
        Path huge = dir.resolve("huge.yaml");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(20L * 1024 * 1024);
        }

        Cli.Run run = Cli.inProcess("gate", "--suite", huge.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("/huge.yaml:1:1: the file is 20.0 MiB, larger than the 1.0 MiB Preflight reads as a suite"
                + " or calendar file; split it");
        assertThat(SourceText.MAX_BYTES).isEqualTo(1024 * 1024);
    }

    @Test
    void should_refuse_yaml_anchors_and_aliases_where_they_are_written() throws IOException {
        Path suite = fixture.suite("alias.yaml", "  - table: s.full\n    date_column: d\n    checks:\n"
                + "      - row_count: {min: &least 1}\n      - row_count: {id: again, min: *least}");

        Cli.Run run = Cli.inProcess("validate", "--suite", suite.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(
                "✗ " + suite + ":10:26: YAML anchors ('&least') are not supported in suites; remove it, and declare a shared value"
                        + " once under 'parameters' and write ${name}\n"
                        + "✗ " + suite + ":11:37: YAML aliases ('*least') are not supported in suites; write the value out, or declare it"
                        + " once under 'parameters' and write ${name}\n");
    }

    @Test
    void should_refuse_nesting_deeper_than_a_suite_needs() throws IOException {
        Path suite = Files.writeString(dir.resolve("deep.yaml"), "preflight: 1\nname: deep\ndescription: " + "[".repeat(500) + "]".repeat(500) + "\n");

        Cli.Run run = Cli.inProcess("validate", "--suite", suite.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("✗ " + suite + ":3:45: the YAML nests deeper than 32 levels here; a suite needs far fewer:"
                + " check the indentation and brackets\n");
    }

    @Test
    void should_give_3_in_one_line_when_the_jvm_runs_out_of_memory() throws Exception {
        // A suite at the size limit with eleven thousand datasets, read by a JVM with a 16 MiB heap: a real
        // OutOfMemoryError, where the JVM's own handling would print a trace and exit 1.
        StringBuilder text = new StringBuilder("preflight: 1\nname: many\nparameters: {start_date: 2024-01-01, end_date: 2024-01-20}\ndatasets:\n");
        for (int i = 0; text.length() < SourceText.MAX_BYTES - 200; i++) {
            text.append("  - {table: s.t").append(i).append(", date_column: d, checks: [{row_count: {min: 1}}, {row_count: {id: b, min: 2}}]}\n");
        }
        Path suite = Files.writeString(dir.resolve("many.yaml"), text);

        Cli.Run run = Cli.forked(dir, List.of("-Xmx16m"), "validate", "--suite", suite.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("preflight: could not verify: out of memory (Java heap space); give the JVM more heap (-Xmx)"
                + " or split the suites\n");
        assertThat(run.out()).isEmpty();
    }
}
