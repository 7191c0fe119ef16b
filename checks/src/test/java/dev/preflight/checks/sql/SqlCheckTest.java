package dev.preflight.checks.sql;

import dev.preflight.checks.testing.SuiteHarness;
import dev.preflight.metric.CustomQuery;
import dev.preflight.plan.CustomQueries;
import dev.preflight.duckdb.DuckDbDialect;
import dev.preflight.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SqlCheckTest {

    private static final String HEAD = "preflight: 1\nname: t\nparameters: {start_date: 2024-01-01, end_date: 2024-01-10, team: \"O'Neal\"}\n"
            + "datasets:\n  - table: nba.pgs\n    date_column: game_date\n    checks:\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            not a SELECT             | failing_rows: "DELETE FROM nba.pgs"                        | 8:29 | 'failing_rows' of check 'sql' of dataset 'pgs' must be one SELECT (or WITH … SELECT) statement, not one that starts 'DELETE'
            a second statement       | failing_rows: "SELECT 1; DROP TABLE nba.pgs"               | 8:29 | a query is one SELECT statement, but 'SELECT 1; DROP TABLE nba.pgs' has ';' ends a statement; a condition is one expression (at character 9)
            a comment                | failing_rows: "SELECT * FROM ${table} -- note"             | 8:29 | a query is one SELECT statement, but 'SELECT * FROM ${table} -- note' has a comment; leave comments out of SQL in a suite (YAML has '#' comments) (at character 24)
            an unknown placeholder   | metric: "SELECT 1 FROM ${tabel}", min: 1                   | 8:23 | unknown placeholder '${tabel}'; known: end_date, start_date, table, team
            a quoted placeholder     | failing_rows: "SELECT * FROM ${table} WHERE team = '${team}'" | 8:29 | write ${team} without quotes around it: in SQL a placeholder is a value of its own type (text is quoted for you), so '${team}' would be the text itself
            an unclosed parenthesis  | failing_rows: "SELECT * FROM (SELECT 1"                    | 8:29 | a query is one SELECT statement, but 'SELECT * FROM (SELECT 1' has 1 parenthesis is never closed (at character 24)
            """)
    void should_reject_a_query_that_is_not_one_select(String name, String check, String at, String message) {
        assertThat(SuiteHarness.problems(HEAD + "      - sql: {" + check + "}\n")).extracting(Object::toString)
                .containsExactly("suite.yaml:" + at + ": " + message);
    }

    @Test
    void should_allow_a_semicolon_inside_a_string_and_one_at_the_end() {
        var suite = SuiteHarness.parse(HEAD + "      - sql: {failing_rows: \"SELECT * FROM ${table} WHERE team = ';';\"}\n");
        assertThat(suite.datasets().get(0).checks().get(0).spec().queries().get(0).sql()).isEqualTo("SELECT * FROM ${table} WHERE team = ';'");
    }

    @Test
    void should_bind_window_and_parameters_and_quote_the_table() {
        var suite = SuiteHarness.parse(HEAD + "      - sql: {failing_rows: \"SELECT * FROM ${table} WHERE game_date BETWEEN ${start_date} AND"
                + " ${end_date} AND team = ${team}\"}\n");
        CustomQuery query = suite.datasets().get(0).checks().get(0).spec().queries().get(0);

        Statement statement = CustomQueries.plan(query, suite.datasets().get(0), suite.window(), suite.parameters(), DuckDbDialect.INSTANCE);

        assertThat(statement.sql()).isEqualTo("SELECT COUNT(*) AS pf_failing_rows FROM (SELECT * FROM \"nba\".\"pgs\" WHERE game_date BETWEEN ?"
                + " AND ? AND team = ?) AS pf_failing");
        assertThat(statement.parameters()).containsExactly(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-10"), "O'Neal");
        assertThat(statement.kind()).isEqualTo(Statement.Kind.CUSTOM);
    }

    @Test
    void should_judge_metric_and_failing_rows_queries_with_bound_values_and_sample_them(@TempDir Path dir) {
        Path db = SuiteHarness.database(dir, "CREATE SCHEMA nba",
                "CREATE TABLE nba.pgs AS SELECT * FROM (VALUES (DATE '2024-01-01', 'a', 'O''Neal', 10), (DATE '2024-01-02', 'b', 'O''Neal', -3),"
                        + " (DATE '2024-01-03', 'c', 'Bird', -1), (DATE '2023-12-31', 'd', 'O''Neal', -9)) v(game_date, player_lookup, team, points)");
        Path suite = SuiteHarness.suite(dir, db, "parameters: {start_date: 2024-01-01, end_date: 2024-01-10, team: \"O'Neal\"}\n"
                + "datasets:\n  - table: nba.pgs\n    date_column: game_date\n    checks:\n"
                + "      - sql:\n          id: no_negative_points\n"
                + "          failing_rows: SELECT player_lookup, points FROM ${table} WHERE game_date BETWEEN ${start_date} AND ${end_date}"
                + " AND team = ${team} AND points < 0\n"
                + "          samples: {limit: 3, columns: [player_lookup, points]}\n"
                + "      - sql: {id: average, metric: \"SELECT avg(points) FROM ${table} WHERE game_date BETWEEN ${start_date} AND ${end_date}\","
                + " min: 0}\n");

        SuiteHarness.Run run = SuiteHarness.run(suite);

        assertThat(run.outcomes()).as(run.errors().toString()).containsExactly(Map.entry("pgs/no_negative_points", "FAILED"), Map.entry("pgs/average", "PASSED"));
        assertThat(run.message("pgs/no_negative_points")).isEqualTo("the failing-rows query on nba.pgs returned 1 row, more than the 0 allowed"
                + " (window 2024-01-01..2024-01-10)");
        assertThat(run.message("pgs/average")).isEqualTo("the metric query on nba.pgs returned 2, >= 0 (window 2024-01-01..2024-01-10)");
        assertThat(run.check("pgs/no_negative_points").path("samples").path("rows").toString()).isEqualTo("[[\"b\",-3]]");
        // two custom queries and one sample; no scan
        assertThat(run.statements("pgs")).isEqualTo(3);
    }

    @Test
    void should_error_only_the_check_whose_query_the_warehouse_rejects_at_its_location(@TempDir Path dir) {
        Path db = SuiteHarness.database(dir, "CREATE SCHEMA nba", "CREATE TABLE nba.pgs (game_date DATE, points INTEGER)");
        Path suite = SuiteHarness.suite(dir, db, "window: {start: 2024-01-01, end: 2024-01-10}\n"
                + "datasets:\n  - table: nba.pgs\n    date_column: game_date\n    checks:\n"
                + "      - sql: {failing_rows: \"SELECT * FROM ${table} WHERE pointz < 0\"}\n"
                + "      - row_count: {min: 0}\n");

        SuiteHarness.Run run = SuiteHarness.run(suite);

        assertThat(run.error("pgs/sql")).as(run.errors().toString()).hasValueSatisfying(m -> assertThat(m).contains("suite.yaml:9:29: the query failed in duckdb")
                .contains("pointz"));
        assertThat(run.check("pgs/sql").path("error").asText()).isEqualTo("suite");
        assertThat(run.outcome("pgs/row_count")).isEqualTo("PASSED");
        assertThat(List.of(run.statements("pgs"))).containsExactly(2);
    }
}
