package dev.preflight.runner;

import dev.preflight.bigquery.BigQueryStubServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Canaries planted in every input that carries a secret (the user-info of the BigQuery endpoint's URL, a setting the
 * provider declares secret, a {@code PREFLIGHT_*} environment variable whose name says so) never appear in any stream
 * or file a command writes: standard output and error, gate.json, Allure results and environment.properties, the
 * summary (HTML, Markdown, history) and the Allure report's data files. Each test runs commands through the CLI and
 * then reads every file under its folder, byte by byte.
 */
class SecretsNeverLeakTest {

    /** The password in the endpoint's URL; the BigQuery stub also echoes the URL back in its error messages. */
    static final String URL_PASSWORD = "CanaryUrlPw7731";
    static final String URL_USER = "canaryuser";
    /** A directory in the path of the key file, a setting the BigQuery provider declares secret. */
    static final String KEY_DIRECTORY = "CanaryKeyDir4409";
    /** The value of PREFLIGHT_PARAM_API_KEY, which the suite prints in a check's description. */
    static final String ENVIRONMENT_VALUE = "CanaryEnvKey5521";
    /** The value of PREFLIGHT_DB_PASSWORD, which nothing uses. */
    static final String ENVIRONMENT_PASSWORD = "CanaryEnvPw8086";

    static final List<String> CANARIES = List.of(URL_PASSWORD, URL_USER, KEY_DIRECTORY, ENVIRONMENT_VALUE, ENVIRONMENT_PASSWORD);

    @TempDir
    Path dir;

    BigQueryStubServer stub;
    String host;
    final List<String> streams = new ArrayList<>();

    @BeforeEach
    void start() {
        stub = BigQueryStubServer.start(sql -> {
            // A server that echoes what it was called with: the worst case for a message that reaches a report.
            throw new BigQueryStubServer.StubError(400, "invalidQuery", "table not found while serving " + host);
        });
        // The tables exist, so each statement reaches the server and fails there.
        List<BigQueryStubServer.Column> columns = List.of(new BigQueryStubServer.Column("d", "DATE"), new BigQueryStubServer.Column("v", "INTEGER"));
        stub.table("canary-project", "s", "gappy", columns).table("canary-project", "s", "cal", columns);
        host = stub.host().replace("http://", "http://" + URL_USER + ":" + URL_PASSWORD + "@");
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void gate_report_and_dry_run_on_bigquery_show_no_user_info_of_the_endpoint_url() throws Exception {
        Fixture fixture = Fixture.in(dir);
        Path suite = fixture.suite("bq.yaml", Fixture.dataset("s.gappy", "error"));
        Path out = dir.resolve("out");
        Files.createDirectories(out);

        int gate = main("gate", "--suite", suite.toString(), "--format", "json", "--output", out.resolve("gate.json").toString(), "--per-date",
                "--allure-results", out.resolve("allure-results").toString(), "--verbose",
                "--warehouse-setting", "type=bigquery", "--warehouse-setting", "path=", "--warehouse-setting", "project=canary-project",
                "--warehouse-setting", "host=" + host, "--warehouse-setting", "timeout_seconds=5");
        int text = main("gate", "--suite", suite.toString(), "--verbose", "--debug",
                "--warehouse-setting", "type=bigquery", "--warehouse-setting", "path=", "--warehouse-setting", "project=canary-project",
                "--warehouse-setting", "host=" + host, "--warehouse-setting", "timeout_seconds=5");
        int dryRun = main("gate", "--suite", suite.toString(), "--dry-run",
                "--warehouse-setting", "type=bigquery", "--warehouse-setting", "path=", "--warehouse-setting", "project=canary-project",
                "--warehouse-setting", "host=" + host);
        int report = main("report", "--dir", out.toString());

        assertThat(List.of(gate, text, dryRun)).as(String.join("\n", streams)).containsOnly(3);
        assertThat(report).as(String.join("\n", streams)).isZero();
        // The message that carried the URL made it into the outputs, withheld: the canary is gone, not the message.
        assertThat(Files.readString(out.resolve("gate.json"))).contains("http://[withheld]@127.0.0.1");
        assertNoCanary();
    }

    @Test
    void run_and_validate_on_bigquery_show_no_user_info_of_a_url_in_the_suite() throws Exception {
        Fixture fixture = Fixture.in(dir);
        Path suite = write("bq-suite.yaml", "warehouse: {type: bigquery, project: canary-project, host: '" + host + "', timeout_seconds: '5'}");

        int run = main("run", "--suite", suite.toString(), "--post", suite.toString(), "--", "true");
        int validate = main("validate", "--suite", suite.toString());
        Path brokenSuite = write("broken.yaml", "warehouse: {type: bigquery, project: canary-project, host: '" + host + "'}");
        Files.writeString(brokenSuite, Files.readString(brokenSuite).replace("min: 95", "min: lots"));
        int broken = main("validate", "--suite", brokenSuite.toString());

        assertThat(run).as(String.join("\n", streams)).isEqualTo(3);
        assertThat(validate).as(String.join("\n", streams)).isZero();
        assertThat(broken).as(String.join("\n", streams)).isEqualTo(2);
        assertThat(fixture.warehouse).exists();
        assertNoCanary(false);
    }

    @Test
    void a_gate_with_a_secret_setting_shows_no_part_of_its_value() throws Exception {
        Fixture fixture = Fixture.in(dir);
        Path suite = fixture.suite("bq.yaml", Fixture.dataset("s.gappy", "error"));
        Path key = dir.resolve(KEY_DIRECTORY).resolve("sa.json");
        Files.createDirectories(key.getParent());
        Files.writeString(key, "{\"type\": \"service_account\", \"private_key\": \"not a key\"}");

        int gate = main("gate", "--suite", suite.toString(), "--format", "json", "--output", dir.resolve("gate.json").toString(),
                "--allure-results", dir.resolve("allure-results").toString(), "--debug",
                "--warehouse-setting", "type=bigquery", "--warehouse-setting", "path=", "--warehouse-setting", "project=canary-project",
                "--warehouse-setting", "credentials=" + key);

        assertThat(gate).as(String.join("\n", streams)).isEqualTo(3);
        Files.delete(key);
        Files.delete(key.getParent());
        assertNoCanary();
    }

    @Test
    void a_gate_and_its_report_on_duckdb_show_no_secret_environment_value() throws Exception {
        Fixture fixture = Fixture.in(dir);
        Path suite = fixture.suite("env.yaml", "  - table: s.gappy\n    date_column: d\n    checks:\n"
                + "      - coverage: {min: 95, description: 'reads with key ${api_key}'}\n"
                + "      - row_count: {min: 1, description: 'again ${api_key}'}");
        Map<String, String> environment = Map.of("PREFLIGHT_PARAM_API_KEY", ENVIRONMENT_VALUE, "PREFLIGHT_DB_PASSWORD", ENVIRONMENT_PASSWORD);
        Path out = dir.resolve("out");
        Files.createDirectories(out);

        Cli.Run gate = Cli.run(dir, environment, "gate", "--suite", suite.toString(), "--format", "json", "--output",
                out.resolve("gate.json").toString(), "--per-date", "--allure-results", out.resolve("allure-results").toString());
        Cli.Run report = Cli.run(dir, environment, "report", "--dir", out.toString());

        streams.add(gate.all());
        streams.add(report.all());
        assertThat(gate.exitCode()).as(gate.all()).isEqualTo(1);
        assertThat(report.exitCode()).as(report.all()).isZero();
        assertThat(out.resolve("report").resolve("summary.html")).exists();
        // The description reached the Allure results, withheld.
        try (Stream<Path> files = Files.list(out.resolve("allure-results"))) {
            assertThat(files.filter(f -> f.toString().endsWith("-result.json")).map(SecretsNeverLeakTest::read))
                    .anySatisfy(json -> assertThat(json).contains("reads with key [withheld]"));
        }
        assertNoCanary();
    }

    int main(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        String command = String.join(" ", args);
        for (String canary : CANARIES) {
            command = command.replace(canary, "<canary>");
        }
        streams.add("$ preflight " + command + "\n" + out + err);
        return exit;
    }

    Path write(String name, String warehouse) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, String.join("\n", "preflight: 1", "name: " + name.replace(".yaml", ""),
                "parameters: {start_date: 2024-01-01, end_date: 2024-01-20}", warehouse,
                "calendar: {table: s.cal, date_column: d}", "datasets:", Fixture.dataset("s.gappy", "error"), ""));
        return path;
    }

    /** Every stream captured and every file under the test's folder, whatever its type, holds no canary in any case. */
    void assertNoCanary() throws IOException {
        assertNoCanary(true);
    }

    void assertNoCanary(boolean filesWritten) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        if (filesWritten) {
            assertThat(files).as("the commands wrote files to read").hasSizeGreaterThan(3);
        }
        assertThat(streams).isNotEmpty();
        for (String canary : CANARIES) {
            String lower = canary.toLowerCase(java.util.Locale.ROOT);
            for (String stream : streams) {
                assertThat(stream.toLowerCase(java.util.Locale.ROOT)).as("a stream").doesNotContain(lower);
            }
            for (Path file : files) {
                if (file.getFileName().toString().endsWith(".yaml")) {
                    continue; // the inputs that hold the canaries
                }
                assertThat(read(file).toLowerCase(java.util.Locale.ROOT)).as(dir.relativize(file).toString()).doesNotContain(lower);
            }
        }
    }

    static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
