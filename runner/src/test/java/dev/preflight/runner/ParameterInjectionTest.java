package dev.preflight.runner;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A gate that should stay closed stays closed whatever a parameter says: a parameter reaches SQL as a value of its
 * declared type, and an author's condition cannot close the parenthesis the planner puts around it (issue 13).
 * The table has 2,000 rows, 49 of them LAL's; the suites ask for at least 1,000 rows, so any filter that stops
 * filtering opens the gate.
 */
class ParameterInjectionTest {

    @TempDir
    static Path dir;

    static Path warehouse;

    @BeforeAll
    static void warehouse() throws Exception {
        warehouse = dir.resolve("w.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA nba");
            s.execute("CREATE TABLE nba.games AS SELECT DATE '2024-01-01' + CAST(i % 20 AS INTEGER) AS game_date,"
                    + " CASE WHEN i < 49 THEN 'LAL' ELSE 'BOS' END AS team_abbr, i % 40 AS points FROM range(2000) t(i)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            the declared value filters            | team_abbr = ${team} |
            a quote that would end the text       | team_abbr = ${team} | team=x' OR '1'='1
            a parenthesis that would end the AND  | team_abbr = ${team} | team=LAL') OR (1=1
            a backslash before the quote          | team_abbr = ${team} | team=LAL\\' OR 1=1 OR team_abbr = \\'
            a comment that would cut the rest     | team_abbr = ${team} | team=LAL' --
            """)
    void should_keep_the_gate_closed_whatever_the_parameter(String name, String where, String param) throws Exception {
        Path suite = suite("closed-" + name.hashCode() + ".yaml", "{team: LAL}", where);

        Cli.Run result = gate(suite, param == null ? List.of() : List.of("--param", param));

        assertThat(result.exitCode()).as(result.all()).isEqualTo(1);
        assertThat(result.out()).contains("GATE CLOSED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a condition that closes the planner's parenthesis | 1=1) OR (1=1                         | {team: LAL} |                    | a condition is one SQL expression, but '1=1) OR (1=1' has ')' closes a parenthesis the text did not open (at character 4)
            a second statement                                | team_abbr = 'LAL'; SELECT 1            | {team: LAL} |                    | ';' ends a statement
            a comment                                         | team_abbr = 'LAL' -- OR 1=1            | {team: LAL} |                    | a comment; leave comments out of SQL in a suite
            a placeholder in quotes                           | team_abbr = '${team}'                  | {team: LAL} |                    | write ${team} without quotes around it
            a number that is not one                          | points >= ${min}                       | {min: 10}   | min=0 OR 1=1       | parameter 'min' is a number (its default under 'parameters:' is one), but its value '0 OR 1=1' is not
            a date that is not one                            | game_date >= ${since}                  | {since: 2024-01-01} | since=2024-01-01' OR '1'='1 | parameter 'since' is a date (its default under 'parameters:' is one), but its value '2024-01-01' OR '1'='1' is not a YYYY-MM-DD date
            an unknown parameter                              | team_abbr = ${teem}                    | {team: LAL} |                    | unknown placeholder '${teem}'
            """)
    void should_refuse_a_condition_that_is_not_one_expression_of_values(String name, String where, String parameters, String param,
                                                                        String message) throws Exception {
        Path suite = suite("refused-" + name.hashCode() + ".yaml", parameters, where);

        Cli.Run result = gate(suite, param == null ? List.of() : List.of("--param", param));

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.all()).contains(suite.getFileName() + ":10:12: ").contains(message).doesNotContain("\tat ");
    }

    @Test
    void should_keep_the_gate_closed_when_the_environment_carries_the_injection() throws Exception {
        Path suite = suite("env.yaml", "{team: LAL}", "team_abbr = ${team}");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "gate", "--suite", suite.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PREFLIGHT_PARAM_TEAM", "x' OR '1'='1");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).as(out).isEqualTo(1);
        assertThat(out).contains("GATE CLOSED");
    }

    @Test
    void should_filter_by_the_declared_number_and_date() throws Exception {
        // points >= 39 keeps 50 of 2,000 rows: the typed literal filters exactly as the author wrote it.
        Path suite = suite("typed.yaml", "{min: 39, since: 2024-01-01}", "points >= ${min} AND game_date >= ${since}");

        Cli.Run result = gate(suite, List.of("--format", "json"));

        assertThat(result.exitCode()).as(result.all()).isEqualTo(1);
        assertThat(result.out()).contains("\"actual\" : \"50\"");
    }

    private static Path suite(String file, String parameters, String where) throws Exception {
        String text = String.join("\n",
                "preflight: 1",
                "name: injection",
                "parameters: " + parameters,
                "warehouse: {type: duckdb, path: '" + warehouse + "'}",
                "window: {start: 2024-01-01, end: 2024-01-20}",
                "datasets:",
                "  - table: nba.games",
                "    id: games",
                "    date_column: game_date",
                "    where: \"" + where.replace("\\", "\\\\").replace("\"", "\\\"") + "\"",
                "    checks:",
                "      - row_count: {min: 1000}",
                "");
        Path path = dir.resolve(file);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path;
    }

    private static Cli.Run gate(Path suite, List<String> extra) {
        List<String> args = new ArrayList<>(List.of("gate", "--suite", suite.toString()));
        args.addAll(extra);
        return Cli.inProcess(args.toArray(String[]::new));
    }
}
