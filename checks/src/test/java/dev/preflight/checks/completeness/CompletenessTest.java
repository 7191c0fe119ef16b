package dev.preflight.checks.completeness;

import dev.preflight.check.CheckResult;
import dev.preflight.checks.testing.Contexts;
import dev.preflight.checks.testing.SuiteHarness;
import dev.preflight.metric.Metric;
import dev.preflight.plan.ScanPlanner;
import dev.preflight.duckdb.DuckDbDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.preflight.checks.testing.Contexts.day;
import static org.assertj.core.api.Assertions.assertThat;

class CompletenessTest {

    private static final String HEAD = "preflight: 1\nname: t\nwindow: {start: 2024-01-01, end: 2024-01-10}\ndatasets:\n"
            + "  - table: nba.pgs\n    date_column: game_date\n    checks:\n";

    private static final CompletenessSpec SPEC = new CompletenessSpec(List.of(new Feature("minutes_played", 99, true),
            new Feature("paint_attempts", 40, false)), dev.preflight.model.SqlFragment.of("points IS NOT NULL"));

    @Test
    void should_read_columns_with_minimums_criticality_and_the_row_filter() {
        var spec = SuiteHarness.parse(HEAD + "      - completeness:\n          where: points IS NOT NULL\n          columns:\n"
                + "            minutes_played: {min: 99, critical: true}\n            paint_attempts: 40\n").datasets().get(0).checks().get(0).spec();

        assertThat(spec).isEqualTo(SPEC);
    }

    @Test
    void should_report_a_bad_column_name_and_a_missing_minimum_where_they_are_written() {
        assertThat(SuiteHarness.problems(HEAD + "      - completeness: {columns: {\" \": 99, usage_rate: {critical: true}}}\n"))
                .extracting(Object::toString).containsExactly(
                        "suite.yaml:8:34: ' ' is not a column name: " + dev.preflight.model.Identifiers.COLUMN_RULE,
                        "suite.yaml:8:55: 'usage_rate' of 'columns' of check 'completeness' of dataset 'pgs' needs 'min'");
    }

    @Test
    void should_count_rows_and_nulls_under_the_filter_in_the_one_scan() {
        String sql = ScanPlanner.plan(Contexts.dataset("nba.pgs", "game_date"), Contexts.WINDOW, SPEC.metrics(), DuckDbDialect.INSTANCE)
                .statement().sql();

        assertThat(sql).isEqualTo("SELECT \"game_date\" AS pf_date, COUNT(*) AS m0, COUNT(*) FILTER (WHERE (points IS NOT NULL)) AS m1, COUNT(*)"
                + " FILTER (WHERE (points IS NOT NULL) AND \"minutes_played\" IS NULL) AS m2, COUNT(*) FILTER (WHERE (points IS"
                + " NOT NULL) AND \"paint_attempts\" IS NULL) AS m3 FROM \"nba\".\"pgs\" WHERE \"game_date\" BETWEEN DATE"
                + " '2024-01-01' AND DATE '2024-01-10' GROUP BY pf_date ORDER BY pf_date");
    }

    private static CheckResult evaluate(long rows, long minutesNulls, long paintNulls) {
        var metrics = new Contexts.Metrics(Metric.rowCount(), SPEC.rows(), SPEC.nulls("minutes_played"), SPEC.nulls("paint_attempts"))
                .on(day(1), rows + 7, rows, minutesNulls, paintNulls).build();
        return SPEC.evaluate(Contexts.context(Contexts.dataset("nba.pgs", "game_date"), metrics));
    }

    @Test
    void should_fail_on_a_critical_column_and_only_warn_on_the_others() {
        CheckResult critical = evaluate(1000, 11, 700);
        CheckResult other = evaluate(1000, 10, 700);

        assertThat(critical.status()).isEqualTo(CheckResult.Status.FAILED);
        assertThat(critical.message()).isEqualTo("nba.pgs (rows where points IS NOT NULL): 2 of 2 features below their minimum non-NULL share"
                + " in 1,000 rows; critical: minutes_played 98.9% < 99.0% (989 rows); non-critical: paint_attempts 30.0% < 40.0% (300 rows)"
                + " (window 2024-01-01..2024-01-10)");
        assertThat(other.status()).isEqualTo(CheckResult.Status.WARNED);
        assertThat(other.message()).isEqualTo("nba.pgs (rows where points IS NOT NULL): 1 of 2 features below their minimum non-NULL share"
                + " in 1,000 rows; non-critical only: paint_attempts 30.0% < 40.0% (300 rows) (window 2024-01-01..2024-01-10)");
        assertThat(evaluate(1000, 10, 600).status()).isEqualTo(CheckResult.Status.PASSED);
        assertThat(evaluate(0, 0, 0).status()).isEqualTo(CheckResult.Status.NOT_APPLICABLE);
    }

    @Test
    void should_share_null_counts_with_null_rate_and_warn_even_at_error_severity(@TempDir Path dir) {
        Path db = SuiteHarness.database(dir, "CREATE SCHEMA nba",
                "CREATE TABLE nba.pgs AS SELECT DATE '2024-01-01' + CAST(i % 5 AS INTEGER) AS game_date, i AS points,"
                        + " CASE WHEN i % 10 = 0 THEN NULL ELSE 30.0 END AS usage_rate, CASE WHEN i % 2 = 0 THEN NULL ELSE 3 END AS paint_attempts"
                        + " FROM range(100) t(i)");
        Path suite = SuiteHarness.suite(dir, db, "window: {start: 2024-01-01, end: 2024-01-10}\ndatasets:\n"
                + "  - table: nba.pgs\n    date_column: game_date\n    checks:\n"
                + "      - completeness: {columns: {usage_rate: {min: 85, critical: true}, paint_attempts: 60}}\n"
                + "      - null_rate: {column: usage_rate, min: 95}\n");

        SuiteHarness.Run run = SuiteHarness.run(suite);

        assertThat(run.outcomes()).containsExactly(Map.entry("pgs/completeness", "WARNED"), Map.entry("pgs/null_rate(usage_rate)", "FAILED"));
        assertThat(run.statements("pgs")).isEqualTo(1);
        assertThat(run.check("pgs/completeness").path("features").get(1).toString()).isEqualTo("{\"column\":\"paint_attempts\","
                + "\"min_percent\":60.0,\"critical\":false,\"non_null_rows\":50,\"non_null_percent\":50.0,\"passed\":false}");
    }

    @Test
    void should_name_a_completeness_column_that_does_not_exist_where_the_check_is_written(@TempDir Path dir) {
        Path db = SuiteHarness.database(dir, "CREATE SCHEMA nba", "CREATE TABLE nba.pgs (game_date DATE, usage_rate DOUBLE)");
        Path suite = SuiteHarness.suite(dir, db, "window: {start: 2024-01-01, end: 2024-01-10}\ndatasets:\n"
                + "  - table: nba.pgs\n    date_column: game_date\n    checks:\n"
                + "      - completeness: {columns: {usage_rat: 95}}\n");

        SuiteHarness.Run run = SuiteHarness.run(suite);

        assertThat(run.error("pgs/completeness")).hasValueSatisfying(m -> assertThat(m).endsWith("suite.yaml:9:9: column 'usage_rat' does not"
                + " exist in nba.pgs; did you mean 'usage_rate'?; its columns: game_date, usage_rate"));
        assertThat(run.check("pgs/completeness").path("error").asText()).isEqualTo("suite");
    }
}
