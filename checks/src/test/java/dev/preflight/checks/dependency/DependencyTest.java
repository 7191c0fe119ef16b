package dev.preflight.checks.dependency;

import dev.preflight.check.CheckResult;
import dev.preflight.check.DatasetFacts;
import dev.preflight.checks.testing.Contexts;
import dev.preflight.checks.testing.SuiteHarness;
import dev.preflight.metric.DatasetMetrics;
import dev.preflight.metric.Dependency;
import dev.preflight.metric.DependencyGaps;
import dev.preflight.plan.DependencyPlanner;
import dev.preflight.duckdb.DuckDbDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.preflight.checks.testing.Contexts.day;
import static org.assertj.core.api.Assertions.assertThat;

class DependencyTest {

    private static final String HEAD = "preflight: 1\nname: t\nwindow: {start: 2024-01-01, end: 2024-01-10}\ndatasets:\n"
            + "  - table: nba_analytics.player_game_summary\n    date_column: game_date\n    checks: [{row_count: {min: 1}}]\n"
            + "  - table: nba_precompute.player_composite_factors\n    date_column: game_date\n    checks:\n";

    @Test
    void should_reject_an_upstream_the_suite_does_not_declare_where_it_is_named() {
        assertThat(SuiteHarness.problems(HEAD + "      - dependency: {upstream: player_game_sumary}\n")).extracting(Object::toString)
                .containsExactly("suite.yaml:11:32: upstream 'player_game_sumary' is not a dataset of this suite; did you mean"
                        + " 'player_game_summary'?; declare it under 'datasets:' (datasets: player_game_summary, player_composite_factors)");
        assertThat(SuiteHarness.problems(HEAD + "      - dependency: {upstream: player_composite_factors}\n")).extracting(Object::toString)
                .containsExactly("suite.yaml:11:32: dataset 'player_composite_factors' cannot depend on itself");
    }

    @Test
    void should_compare_distinct_dates_and_keys_of_both_sides_in_one_statement() {
        var suite = SuiteHarness.parse(HEAD + "      - dependency: {upstream: player_game_summary, keys: {player_lookup: player_lookup}}\n");
        var downstream = suite.datasets().get(1);
        Dependency dependency = downstream.checks().get(0).spec().dependencies().get(0);

        String sql = DependencyPlanner.plan(downstream, suite.datasets().get(0), dependency, suite.window(), DuckDbDialect.INSTANCE).sql();

        assertThat(sql).isEqualTo("SELECT COALESCE(d.pf_date, u.pf_date) AS pf_date, COUNT(*) FILTER (WHERE u.pf_seen IS NULL) AS pf_missing_upstream,"
                + " COUNT(*) FILTER (WHERE d.pf_seen IS NULL) AS pf_unprocessed FROM (SELECT DISTINCT \"game_date\" AS pf_date,"
                + " \"player_lookup\" AS pf_k0, 1 AS pf_seen FROM \"nba_precompute\".\"player_composite_factors\" WHERE \"game_date\" BETWEEN"
                + " DATE '2024-01-01' AND DATE '2024-01-10' AND \"player_lookup\" IS NOT NULL) AS d FULL OUTER JOIN (SELECT DISTINCT \"game_date\""
                + " AS pf_date, \"player_lookup\" AS pf_k0, 1 AS pf_seen FROM \"nba_analytics\".\"player_game_summary\" WHERE \"game_date\" BETWEEN"
                + " DATE '2024-01-01' AND DATE '2024-01-10' AND \"player_lookup\" IS NOT NULL) AS u ON d.pf_date = u.pf_date AND d.pf_k0 = u.pf_k0"
                + " WHERE d.pf_seen IS NULL OR u.pf_seen IS NULL GROUP BY 1 ORDER BY 1");
    }

    @Test
    void should_report_dates_with_incomplete_inputs_and_inputs_not_processed_yet() {
        Dependency dependency = new Dependency("player_game_summary", List.of(), List.of(), Contexts.HERE);
        DependencyGaps gaps = new DependencyGaps(new TreeMap<>(Map.of(day(3), 1L, day(4), 1L)), new TreeMap<>(Map.of(day(9), 1L)));
        DatasetFacts facts = new DatasetFacts(Map.of(), false, false, Map.of(dependency, gaps), Map.of());

        CheckResult result = new DependencySpec(List.of(dependency), null, false).evaluate(Contexts.context(
                Contexts.dataset("nba_precompute.player_composite_factors", "game_date"), new DatasetMetrics(List.of(), Map.of()), facts));

        assertThat(result.status()).isEqualTo(CheckResult.Status.FAILED);
        assertThat(result.message()).isEqualTo("nba_precompute.player_composite_factors ran with incomplete dependencies: it has data on 2 dates"
                + " that upstream player_game_summary lacks: 2024-01-03, 2024-01-04; upstream player_game_summary has 1 date not processed yet:"
                + " 2024-01-09 (window 2024-01-01..2024-01-10)");
        assertThat(result.details().get("dependencies")).asString().isEqualTo("[{upstream=player_game_summary, keys=[],"
                + " dates_missing_upstream=[2024-01-03, 2024-01-04], unprocessed_upstream_dates=[2024-01-09]}]");
    }

    @Test
    void should_cost_one_statement_per_upstream_pair_and_find_the_planted_gaps(@TempDir Path dir) {
        Path db = SuiteHarness.database(dir, "CREATE SCHEMA nba_analytics", "CREATE SCHEMA nba_precompute",
                "CREATE TABLE nba_analytics.player_game_summary AS SELECT DATE '2024-01-01' + CAST(i AS INTEGER) AS game_date, 'p' || (i % 2)"
                        + " AS player_lookup FROM range(8) t(i) WHERE i <> 4",
                "CREATE TABLE nba_analytics.team_defense_game_summary AS SELECT DATE '2024-01-01' + CAST(i AS INTEGER) AS game_date FROM range(3) t(i)",
                "CREATE TABLE nba_precompute.player_composite_factors AS SELECT DATE '2024-01-01' + CAST(i AS INTEGER) AS game_date,"
                        + " 'p' || (i % 2) AS player_lookup FROM range(6) t(i)");
        Path suite = SuiteHarness.suite(dir, db, "window: {start: 2024-01-01, end: 2024-01-10}\ndatasets:\n"
                + "  - {table: nba_analytics.player_game_summary, date_column: game_date, checks: [{row_count: {min: 1}}]}\n"
                + "  - {table: nba_analytics.team_defense_game_summary, date_column: game_date, checks: [{row_count: {min: 1}}]}\n"
                + "  - table: nba_precompute.player_composite_factors\n    date_column: game_date\n    checks:\n"
                + "      - dependency: {upstreams: [player_game_summary, team_defense_game_summary]}\n"
                + "      - dependency: {id: same_pair, upstream: player_game_summary}\n");

        SuiteHarness.Run run = SuiteHarness.run(suite);

        assertThat(run.message("player_composite_factors/dependency")).isEqualTo("nba_precompute.player_composite_factors ran with incomplete"
                + " dependencies: it has data on 1 date that upstream player_game_summary lacks: 2024-01-05; it has data on 3 dates that upstream"
                + " team_defense_game_summary lacks: 2024-01-04, 2024-01-05, 2024-01-06; upstream player_game_summary has 2 dates not processed"
                + " yet: 2024-01-07, 2024-01-08 (window 2024-01-01..2024-01-10)");
        assertThat(run.outcome("player_composite_factors/same_pair")).isEqualTo("FAILED");
        // two pairs, two statements; the second check's pair is shared; no scan: dependency checks need no metrics
        assertThat(run.statements("player_composite_factors")).isEqualTo(2);
    }

    @Test
    void should_name_an_upstream_table_that_does_not_exist(@TempDir Path dir) {
        Path db = SuiteHarness.database(dir, "CREATE SCHEMA nba", "CREATE TABLE nba.down (game_date DATE)");
        Path suite = SuiteHarness.suite(dir, db, "window: {start: 2024-01-01, end: 2024-01-10}\ndatasets:\n"
                + "  - {table: nba.up, date_column: game_date, checks: [{schema: {columns: [game_date]}}]}\n"
                + "  - {table: nba.down, date_column: game_date, checks: [{dependency: {upstream: up}}, {row_count: {min: 0}}]}\n");

        SuiteHarness.Run run = SuiteHarness.run(suite);

        assertThat(run.error("down/dependency")).hasValueSatisfying(m -> assertThat(m).endsWith("suite.yaml:7:80: table nba.up of dataset 'up'"
                + " does not exist in duckdb " + dir.resolve("warehouse.duckdb")));
        assertThat(run.outcome("down/row_count")).isEqualTo("PASSED");
    }
}
