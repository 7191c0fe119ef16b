package dev.preflight.bigquery;

import dev.preflight.model.WarehouseSpec;
import dev.preflight.sql.Statement;
import dev.preflight.warehouse.WarehouseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The real BigQuery client against {@link BigQueryStubServer}: a text that BigQuery would run as a script, or that is
 * not a query, is refused before any job is created (no request reaches the server), and one query runs, whatever
 * {@code ;} it holds inside strings, names and comments.
 */
class OneQueryTest {

    BigQueryStubServer stub;
    BigQueryWarehouse warehouse;

    @BeforeEach
    void start() {
        stub = BigQueryStubServer.start(sql -> BigQueryWarehouseTest.PER_DATE);
        warehouse = BigQueryWarehouse.open(BigQuerySettings.of(new WarehouseSpec("bigquery",
                Map.of("project", BigQueryWarehouseTest.PROJECT, "host", stub.host()), BigQueryWarehouseTest.AT)), "suite",
                BigQueryWarehouseTest.FAST);
    }

    @AfterEach
    void stop() {
        warehouse.close();
        stub.close();
    }

    static Stream<Arguments> scripts() {
        return Stream.of(
                Arguments.of("two selects", "SELECT 1; SELECT 2"),
                Arguments.of("a select then DML", "SELECT 1; DELETE FROM d.t WHERE true"),
                Arguments.of("DML then a select", "DROP TABLE d.t; SELECT 1"),
                Arguments.of("after a string with an escaped quote", "SELECT 'it\\'s'; DROP TABLE d.t"),
                Arguments.of("after a triple-quoted string", "SELECT '''a ' ; b'''; DROP TABLE d.t"),
                Arguments.of("after a raw string", "SELECT r'\\d+'; DROP TABLE d.t"),
                Arguments.of("after a backquoted name", "SELECT `a;b` FROM d.t; DROP TABLE d.t"),
                Arguments.of("after a line comment ended by a carriage return", "SELECT 1 -- note\r; DROP TABLE d.t"),
                Arguments.of("after a block comment", "SELECT 1 /* ; */; DROP TABLE d.t"),
                Arguments.of("DECLARE then a select", "DECLARE x INT64 DEFAULT 1; SELECT x"),
                Arguments.of("a BEGIN block", "BEGIN SELECT 1; END"),
                Arguments.of("EXECUTE IMMEDIATE", "EXECUTE IMMEDIATE 'DROP TABLE d.t'"),
                Arguments.of("DML alone", "DELETE FROM d.t WHERE true"),
                Arguments.of("CALL", "CALL d.proc()"),
                Arguments.of("an unclosed string", "SELECT 'a; DROP TABLE d.t"),
                Arguments.of("an unclosed comment", "SELECT 1 /* ; DROP TABLE d.t"),
                Arguments.of("nothing but a comment", "-- SELECT 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void is_refused_before_any_job(String name, String sql) {
        assertThatThrownBy(() -> warehouse.execute(scan(sql)))
                .isInstanceOf(WarehouseException.class)
                .hasMessageStartingWith("refused to send the statement to BigQuery: ");
        assertThatThrownBy(() -> warehouse.dryRunBytes(scan(sql))).isInstanceOf(WarehouseException.class);
        assertThat(stub.requests()).isEmpty();
    }

    static Stream<Arguments> queries() {
        return Stream.of(
                Arguments.of("a select", "SELECT 1"),
                Arguments.of("a trailing semicolon and comment", "SELECT 1; -- done\n"),
                Arguments.of("with", "WITH a AS (SELECT 1 AS x) SELECT x FROM a"),
                Arguments.of("a parenthesised union", "(SELECT 1) UNION ALL (SELECT 2)"),
                Arguments.of("semicolons in strings, names and comments",
                        "# a; b\nSELECT 'a;b', \"c;d\", '''e;f''', r'g;h', b'i;j', `k;l` /* ; */ FROM d.t -- ;\n"),
                Arguments.of("lower case", "select 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void runs_as_one_job(String name, String sql) {
        assertThat(warehouse.execute(scan(sql)).rows()).hasSize(5);
        assertThat(stub.requests("POST", "/jobs$")).hasSize(1);
    }

    static Statement scan(String sql) {
        return new Statement(Statement.Kind.CUSTOM, "check", sql, List.of());
    }
}
