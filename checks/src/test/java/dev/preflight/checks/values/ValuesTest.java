package dev.preflight.checks.values;

import dev.preflight.check.CheckResult;
import dev.preflight.checks.testing.Contexts;
import dev.preflight.checks.testing.SuiteHarness;
import dev.preflight.metric.Metric;
import dev.preflight.suite.Dataset;
import dev.preflight.plan.ScanPlanner;
import dev.preflight.duckdb.DuckDbDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.preflight.checks.testing.Contexts.day;
import static org.assertj.core.api.Assertions.assertThat;

class ValuesTest {

    private static final String HEAD = "preflight: 1\nname: t\nwindow: {start: 2024-01-01, end: 2024-01-10}\ndatasets:\n"
            + "  - table: nba.pgs\n    date_column: game_date\n    checks:\n";

    private static ValuesSpec spec(String checkYaml) {
        return (ValuesSpec) SuiteHarness.parse(HEAD + "      - values: " + checkYaml + "\n").datasets().get(0).checks().get(0).spec();
    }

    @Test
    void should_read_range_set_not_negative_mostly_and_where() {
        ValuesSpec spec = spec("{column: points, min: 0, max: 60, strict_max: true, mostly: 99.5, where: minutes_played > 0}");

        assertThat(spec.describe()).isEqualTo("points in [0, 60) in >= 99.5% of rows");
        assertThat(spec.where().text()).isEqualTo("minutes_played > 0");
        assertThat(spec("{column: team_abbr, in: [ATL, '01', 2]}").describe()).isEqualTo("team_abbr in {ATL, 01, 2}");
        assertThat(spec("{column: minutes_played, not_negative: true}").describe()).isEqualTo("minutes_played not negative");
    }

    @Test
    void should_report_located_problems_for_a_rule_less_or_inverted_check() {
        assertThat(SuiteHarness.problems(HEAD + "      - values: {column: points}\n")).extracting(Object::toString)
                .containsExactly("suite.yaml:8:17: check 'values' of dataset 'pgs' needs a rule: 'min', 'max', 'in' or 'not_negative: true'");
        assertThat(SuiteHarness.problems(HEAD + "      - values: {column: points, min: 10, max: 0}\n")).extracting(Object::toString)
                .containsExactly("suite.yaml:8:39: check 'values' of dataset 'pgs' has min 10 above max 0");
        assertThat(SuiteHarness.problems(HEAD + "      - values: {column: points, min: 0, mostly: 101}\n")).extracting(Object::toString)
                .containsExactly("suite.yaml:8:50: 'mostly' of check 'values' of dataset 'pgs' is 101, outside 0–100%; write a percentage such as 95 or 95%");
    }

    @Test
    void should_count_non_null_and_violating_rows_in_the_scan_with_typed_literals() {
        ValuesSpec spec = spec("{column: team_abbr, in: [ATL, \"it's\", 7], where: points IS NOT NULL}");
        Dataset dataset = Contexts.dataset("nba.pgs", "game_date");

        String sql = ScanPlanner.plan(dataset, Contexts.WINDOW, spec.metrics(), DuckDbDialect.INSTANCE).statement().sql();

        assertThat(sql).isEqualTo("SELECT \"game_date\" AS pf_date, COUNT(*) AS m0, COUNT(*) FILTER (WHERE (points IS NOT NULL) AND"
                + " \"team_abbr\" IS NOT NULL) AS m1, COUNT(*) FILTER (WHERE (points IS NOT NULL) AND \"team_abbr\" IS NOT NULL"
                + " AND NOT (\"team_abbr\" IN ('ATL', 'it''s', 7))) AS m2 FROM \"nba\".\"pgs\" WHERE \"game_date\" BETWEEN DATE"
                + " '2024-01-01' AND DATE '2024-01-10' GROUP BY pf_date ORDER BY pf_date");
    }

    @Test
    void should_fail_with_the_counts_when_fewer_than_mostly_comply() {
        ValuesSpec spec = spec("{column: points, min: 0, max: 60, mostly: 99}");
        // 200 + 100 non-NULL values, 3 + 1 out of range: 296 of 300 comply = 98.67%
        var metrics = new Contexts.Metrics(Metric.rowCount(), spec.nonNullRows(), spec.violatingRows())
                .on(day(1), 210, 200, 3).on(day(2), 100, 100, 1).build();

        CheckResult result = spec.evaluate(Contexts.context(Contexts.dataset("nba.pgs", "game_date"), metrics));

        assertThat(result.status()).isEqualTo(CheckResult.Status.FAILED);
        assertThat(result.message()).isEqualTo("points of nba.pgs has 4 of 300 non-NULL values breaking 'in [0, 60]' (98.7% comply, below the 99.0%"
                + " minimum) (window 2024-01-01..2024-01-10)");
        assertThat(result.observations()).containsEntry("non_null_rows", 300L).containsEntry("unexpected_rows", 4L);
    }

    @Test
    void should_pass_only_without_violations_when_mostly_is_not_given() {
        ValuesSpec spec = spec("{column: minutes_played, not_negative: true}");
        var metrics = new Contexts.Metrics(Metric.rowCount(), spec.nonNullRows(), spec.violatingRows()).on(day(1), 5, 5, 1).build();

        CheckResult result = spec.evaluate(Contexts.context(Contexts.dataset("nba.pgs", "game_date"), metrics));

        assertThat(result.status()).isEqualTo(CheckResult.Status.FAILED);
        assertThat(result.message()).isEqualTo("minutes_played of nba.pgs has 1 of 5 non-NULL values breaking 'not negative' (window 2024-01-01..2024-01-10)");
    }

    @Test
    void should_judge_real_rows_and_sample_the_failed_ones_in_one_extra_statement(@TempDir Path dir) {
        Path db = SuiteHarness.database(dir, "CREATE SCHEMA nba",
                "CREATE TABLE nba.pgs AS SELECT * FROM (VALUES (DATE '2024-01-01', 'a', 10), (DATE '2024-01-01', 'b', -2),"
                        + " (DATE '2024-01-02', 'c', NULL), (DATE '2024-01-02', 'd', 75), (DATE '2024-01-03', 'e', 30)) v(game_date, player_lookup, points)");
        Path suite = SuiteHarness.suite(dir, db, "window: {start: 2024-01-01, end: 2024-01-10}\ndatasets:\n"
                + "  - table: nba.pgs\n    date_column: game_date\n    checks:\n"
                + "      - values: {column: points, min: 0, max: 60, samples: {limit: 5, columns: [player_lookup, points]}}\n"
                + "      - values: {id: loose, column: points, min: 0, max: 60, mostly: 50}\n");

        SuiteHarness.Run run = SuiteHarness.run(suite);

        assertThat(run.outcomes()).containsExactly(java.util.Map.entry("pgs/values(points)", "FAILED"), java.util.Map.entry("pgs/loose", "PASSED"));
        assertThat(run.message("pgs/values(points)")).isEqualTo("points of nba.pgs has 2 of 4 non-NULL values breaking 'in [0, 60]' (window 2024-01-01..2024-01-10)");
        assertThat(run.check("pgs/values(points)").path("samples").path("rows").toString()).isEqualTo("[[\"b\",-2],[\"d\",75]]");
        // one scan for both checks (shared metrics), one sample for the failed one
        assertThat(run.statements("pgs")).isEqualTo(2);
        assertThat(List.of(run.entries("pgs/values(points)").get("preflight.samples"))).first().asString().contains("\"columns\":[\"player_lookup\",\"points\"]");
    }
}
