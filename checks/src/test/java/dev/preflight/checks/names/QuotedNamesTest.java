package dev.preflight.checks.names;

import dev.preflight.check.CheckResult;
import dev.preflight.checks.BuiltInChecks;
import dev.preflight.testing.DuckDbFixture;
import dev.preflight.testing.SuiteEvaluation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names that need quoting work in every check type: a table named by a reserved word in mixed case, columns with
 * spaces, upper case and reserved words, written in the suite in another case than the table's (DuckDB, like
 * BigQuery, resolves names without regard to case). Every check passes on data that meets it, so a wrongly quoted
 * name shows as an error, not as a pass.
 */
class QuotedNamesTest {

    private static SuiteEvaluation evaluation;

    @BeforeAll
    static void evaluate(@TempDir Path dir) {
        Path database = dir.resolve("names.duckdb");
        try (DuckDbFixture db = DuckDbFixture.create(database)) {
            db.sql("CREATE SCHEMA \"Stats\"",
                    "CREATE TABLE \"Stats\".\"Select\" (\"Game Date\" DATE, \"Player ID\" VARCHAR, \"order\" INTEGER, \"POINTS\" DOUBLE,"
                            + " \"group\" VARCHAR)",
                    "INSERT INTO \"Stats\".\"Select\" SELECT DATE '2024-01-01' + CAST(i % 5 AS INTEGER), 'p' || i, i, i % 30, 'g'"
                            + " FROM range(50) t(i)");
        }
        evaluation = BuiltInChecks.evaluate("""
                preflight: 1
                name: quoted_names
                window: {start: 2024-01-01, end: 2024-01-05}
                calendar: {dates: [2024-01-01, 2024-01-02, 2024-01-03, 2024-01-04, 2024-01-05]}
                datasets:
                  - table: Stats.Select
                    id: odd
                    date_column: game date
                    keys: [Game Date, player id]
                    where: "\\"order\\" >= 0"
                    checks:
                      - coverage: {min: 100}
                      - row_count: {min: 50, max: 50}
                      - row_count_per_date: {min: 10, max: 10}
                      - null_rate: {column: points, max: 0}
                      - null_rate: {column: player id, max: 0}
                      - duplicates: {max: 0}
                      - values: {column: Points, min: 0, max: 29, where: "\\"group\\" = 'g'"}
                      - completeness: {columns: {order: 100, GROUP: 100}}
                      - schema: {columns: {game date: DATE, PLAYER ID: VARCHAR, Order: INTEGER, points: DOUBLE, group: VARCHAR}, extra_columns: false}
                      - freshness: {max_days_behind: 0}
                """, database);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"coverage", "row_count", "row_count_per_date", "null_rate(points)", "null_rate(player id)", "duplicates", "values(Points)", "completeness",
            "schema", "freshness"})
    void should_pass_with_names_that_need_quoting(String check) {
        CheckResult result = evaluation.result("odd", check);

        assertThat(result.status()).as(result.message()).isEqualTo(CheckResult.Status.PASSED);
    }
}
