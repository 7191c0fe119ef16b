package dev.preflight.runner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A suite's free SQL (a dataset's {@code where}, a calendar's {@code query}, {@code sql} checks and their samples) run
 * by the gate on a real DuckDB: each attempt to read or write a file outside the warehouse fails closed (exit 3, or 2
 * when the suite is refused first), and nothing it tried to read reaches an output, nor any file it tried to write the
 * disk. A view over a Parquet file in a declared directory keeps working.
 */
class SandboxedSqlTest {

    /** The first line of /etc/passwd on every Linux: what a leaked read would show. */
    static final String PASSWD = "root:x:0:0";

    @TempDir
    Path dir;

    static Stream<Arguments> attempts() {
        return Stream.of(
                Arguments.of("sql samples of /etc/passwd", dataset("      - sql: {id: leak, failing_rows: \"SELECT column0 FROM read_csv('/etc/passwd',"
                        + " sep=':', header=false)\", samples: {limit: 5, columns: [column0]}}")),
                Arguments.of("sql metric over read_text", dataset("      - sql: {id: leak, metric: \"SELECT length(content) FROM read_text('/etc/passwd')\","
                        + " min: 0}")),
                Arguments.of("sql failing rows through query()", dataset("      - sql: {id: leak, failing_rows: \"SELECT * FROM query('COPY (SELECT 42)"
                        + " TO ''WRITTEN''')\"}")),
                Arguments.of("sql over a Parquet file outside the allowed directories", dataset("      - sql: {id: leak, metric: \"SELECT count(*)"
                        + " FROM read_parquet('OUTSIDE')\", min: 0}")),
                Arguments.of("where over read_text", "  - table: s.gappy\n    date_column: d\n"
                        + "    where: \"length((SELECT content FROM read_text('/etc/passwd'))) > 0\"\n    checks:\n      - coverage: {min: 95}"),
                Arguments.of("calendar query over read_text", "CALENDAR{query: \"SELECT DATE '2024-01-01' + CAST(length(content) % 5 AS INTEGER)"
                        + " FROM read_text('/etc/passwd')\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attempts")
    void fails_closed_and_leaks_nothing(String name, String datasets) throws Exception {
        Fixture fixture = Fixture.in(dir);
        Path outside = dir.resolve("outside.parquet");
        Path written = dir.resolve("written.csv");
        copy("SELECT 'secret' AS s", outside);
        String text = datasets.replace("WRITTEN", written.toString()).replace("OUTSIDE", outside.toString());
        Path suite = text.startsWith("CALENDAR")
                ? calendarSuite(fixture, text.substring("CALENDAR".length()))
                : fixture.suite("attempt.yaml", text);
        Path gate = dir.resolve("gate.json");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"gate", "--suite", suite.toString(), "--format", "json", "--output", gate.toString(), "--verbose",
                "--warehouse-setting", "allowed_directories=" + dir.resolve("data")}, new PrintWriter(out), new PrintWriter(err));

        assertThat(exit).as(out + "\n" + err).isIn(2, 3);
        // Refused by the sandbox, not by some other mistake of this test's suite.
        assertThat(out + "\n" + err).containsAnyOf("disabled by configuration", "refused to run the statement", "Expected a single SELECT statement");
        assertThat(out + "\n" + err).doesNotContain(PASSWD, "secret");
        if (Files.exists(gate)) {
            assertThat(Files.readString(gate)).doesNotContain(PASSWD, "\"secret\"");
        }
        assertThat(written).doesNotExist();
    }

    @Test
    void a_view_over_a_parquet_file_in_a_declared_directory_is_checked_and_the_same_view_outside_it_is_not() throws Exception {
        Fixture fixture = Fixture.in(dir);
        Path data = Files.createDirectories(dir.resolve("data"));
        copy("SELECT d, 1 AS v FROM range(DATE '2024-01-01', DATE '2024-01-21', INTERVAL 1 DAY) t(d)", data.resolve("days.parquet"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + fixture.warehouse); Statement s = c.createStatement()) {
            s.execute("CREATE VIEW s.parquet_days AS SELECT CAST(d AS DATE) AS d, v FROM read_parquet('" + data.resolve("days.parquet") + "')");
        }
        Path suite = fixture.suite("view.yaml", Fixture.dataset("s.parquet_days", "error"));

        int declared = Main.run(new String[] {"gate", "--suite", suite.toString(), "--warehouse-setting", "allowed_directories=" + data},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        StringWriter out = new StringWriter();
        int undeclared = Main.run(new String[] {"gate", "--suite", suite.toString()}, new PrintWriter(out), new PrintWriter(new StringWriter()));

        assertThat(declared).isZero();
        assertThat(undeclared).isEqualTo(3);
        assertThat(out.toString()).contains("disabled by configuration");
    }

    static String dataset(String checks) {
        return "  - table: s.gappy\n    date_column: d\n    checks:\n" + checks;
    }

    Path calendarSuite(Fixture fixture, String calendar) throws Exception {
        Path suite = fixture.suite("calendar.yaml", Fixture.dataset("s.gappy", "error"));
        Files.writeString(suite, Files.readString(suite).replace("calendar: {table: s.cal, date_column: d}", "calendar: " + calendar));
        return suite;
    }

    /** Writes a Parquet file with a connection of its own, outside any warehouse. */
    static void copy(String query, Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("COPY (" + query + ") TO '" + file + "' (FORMAT parquet)");
        }
    }
}
