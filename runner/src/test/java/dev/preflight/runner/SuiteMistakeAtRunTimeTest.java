package dev.preflight.runner;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mistakes only the warehouse can see (a calendar table or column that does not exist, a condition it cannot parse
 * or type, a bound of the wrong type) are the suite's: exit 2 at the file:line:col that holds them, with the
 * warehouse's reason, and never "could not verify" (issue 13). A mistake in one check errors that check alone: the
 * suite's other checks are still judged.
 */
class SuiteMistakeAtRunTimeTest {

    @TempDir
    static Path dir;

    static Path warehouse;

    @BeforeAll
    static void warehouse() throws Exception {
        warehouse = dir.resolve("w.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA s");
            s.execute("CREATE TABLE s.cal AS SELECT DATE '2024-01-01' + CAST(i AS INTEGER) AS d FROM range(20) t(i)");
            s.execute("CREATE TABLE s.cal_text AS SELECT CAST(d AS VARCHAR) AS d FROM s.cal");
            s.execute("CREATE TABLE s.full AS SELECT d, 1 AS v, 'x' AS label FROM s.cal");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a calendar table that does not exist   | {table: s.nope, date_column: d}                 | coverage: {min: 95}                 | 5:11 | table s.nope of the calendar does not exist
            a calendar column that does not exist  | {table: s.cal, date_column: dd}                 | coverage: {min: 95}                 | 5:11 | column 'dd' of the calendar does not exist in s.cal; did you mean 'd'?
            a calendar season column missing       | {table: s.cal, date_column: d, season_column: season} | coverage: {min: 95}          | 5:11 | column 'season' of the calendar does not exist in s.cal
            a calendar where that does not parse   | {table: s.cal, date_column: d, where: d >>> 3}  | coverage: {min: 95}                 | 5:11 | the calendar's 'where' is not a condition duckdb accepts
            a calendar where of the wrong type     | {table: s.cal, date_column: d, where: d + 1}    | coverage: {min: 95}                 | 5:11 | the calendar's 'where' is not a condition duckdb accepts
            a calendar date column that is text    | {table: s.cal_text, date_column: d}             | coverage: {min: 95}                 | 5:11 | the calendar's date_column 'd' is VARCHAR in s.cal_text; it must be a DATE
            a calendar query that fails            | {query: SELECT x FROM s.cal}                    | coverage: {min: 95}                 | 5:11 | the calendar query failed in duckdb
            a values bound of the wrong type       | {table: s.cal, date_column: d}                  | values: {column: d, min: abc}       | 10:9 | is not accepted by duckdb
            a values bound text for a number       | {table: s.cal, date_column: d}                  | values: {column: v, max: ten}       | 10:9 | is not accepted by duckdb
            a check condition that does not parse  | {table: s.cal, date_column: d}                  | values: {column: v, min: 0, where: v >>> 1} | 10:9 | is not accepted by duckdb
            a check condition on a missing column  | {table: s.cal, date_column: d}                  | completeness: {where: nope > 1, columns: {v: {min: 90}}} | 10:9 | is not accepted by duckdb
            """)
    void should_locate_the_mistake_and_exit_2(String name, String calendar, String check, String at, String message) throws Exception {
        Path suite = suite("m" + Math.abs(name.hashCode()) + ".yaml", calendar, "", check);

        Cli.Run result = gate(suite);

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.all()).contains(suite.getFileName() + ":" + at + ": ").contains(message)
                .doesNotContain("\tat ").doesNotContain("could not verify");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a dataset condition that does not parse | where: v >>> 1              | 9:12
            a dataset condition on a missing column | where: nope > 1             | 9:12
            """)
    void should_locate_a_dataset_condition_the_warehouse_rejects(String name, String where, String at) throws Exception {
        Path suite = suite("d" + Math.abs(name.hashCode()) + ".yaml", "{table: s.cal, date_column: d}", where, "coverage: {min: 95}");

        Cli.Run result = gate(suite);

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.all()).contains(suite.getFileName() + ":" + at + ": ").contains("is not accepted by duckdb")
                .doesNotContain("\tat ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a values bound of the wrong type      | values: {column: d, min: abc}
            a check condition that does not parse | values: {column: v, min: 0, where: v >>> 1}
            """)
    void should_judge_the_other_checks_of_the_dataset(String name, String check) throws Exception {
        Path suite = suite("o" + Math.abs(name.hashCode()) + ".yaml", "{table: s.cal, date_column: d}", "", check);

        Cli.Run result = gate(suite, "--format", "json");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        // The coverage check and the row count still ran and passed beside the broken one.
        assertThat(result.out()).containsPattern("\"check\" : \"baseline_coverage\",[^}]*\"outcome\" : \"PASSED\"")
                .containsPattern("\"check\" : \"baseline_rows\",[^}]*\"outcome\" : \"PASSED\"");
    }

    private static Path suite(String file, String calendar, String where, String check) throws Exception {
        String text = String.join("\n",
                "preflight: 1",
                "name: mistakes",
                "warehouse: {type: duckdb, path: '" + warehouse + "'}",
                "window: {start: 2024-01-01, end: 2024-01-20}",
                "calendar: " + calendar,
                "datasets:",
                "  - table: s.full",
                "    date_column: d",
                "    checks:",
                "      - " + check,
                "      - coverage: {id: baseline_coverage, min: 95}",
                "      - row_count: {id: baseline_rows, min: 1}",
                "");
        if (!where.isEmpty()) {
            text = text.replace("    date_column: d\n", "    date_column: d\n    " + where + "\n");
        }
        Path path = dir.resolve(file);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path;
    }

    private static Cli.Run gate(Path suite, String... extra) {
        String[] args = new String[3 + extra.length];
        args[0] = "gate";
        args[1] = "--suite";
        args[2] = suite.toString();
        System.arraycopy(extra, 0, args, 3, extra.length);
        return Cli.inProcess(args);
    }
}
