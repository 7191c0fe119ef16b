package dev.preflight.bigquery;

import dev.preflight.plan.CalendarPlanner;
import dev.preflight.metric.Metric;
import dev.preflight.model.CalendarSpec;
import dev.preflight.suite.Dataset;
import dev.preflight.model.DateWindow;
import dev.preflight.model.TableName;
import dev.preflight.source.SourceLocation;
import dev.preflight.plan.ScanPlanner;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BigQueryDialectTest {

    static final SourceLocation AT = new SourceLocation(URI.create("file:/s.yaml"), "s.yaml", 1, 1);
    static final BigQueryDialect DIALECT = BigQueryDialect.of("nba-props-platform", "nba_analytics");
    static final DateWindow WINDOW = new DateWindow(LocalDate.of(2021, 10, 19), LocalDate.of(2026, 1, 3));

    @Test
    void tablesRenderAsOneBacktickQuotedPathInTheBillingProject() {
        assertThat(DIALECT.table(table("nba_raw.nbac_schedule"))).isEqualTo("`nba-props-platform.nba_raw.nbac_schedule`");
        assertThat(DIALECT.table(table("other-project.nba_raw.nbac_schedule"))).isEqualTo("`other-project.nba_raw.nbac_schedule`");
        assertThat(DIALECT.table(table("player_game_summary"))).isEqualTo("`nba-props-platform.nba_analytics.player_game_summary`");
        assertThat(BigQueryDialect.of("p-roject", null).table(table("t"))).isEqualTo("`t`");
    }

    @Test
    void identifiersCannotEndTheirQuoting() {
        assertThat(DIALECT.quote("game_date")).isEqualTo("`game_date`");
        assertThat(DIALECT.quote("a`b\\")).isEqualTo("`a\\`b\\\\`");
    }

    @Test
    void theScanIsExactAndFiltersTheWindowOnTheDateColumn() {
        Dataset dataset = new Dataset("player_game_summary", table("nba_analytics.player_game_summary"), "game_date",
                List.of("game_id", "player_lookup"), null, List.of(), List.of(), List.of(), AT);
        String sql = ScanPlanner.plan(dataset, WINDOW, List.of(new Metric.NullCount("usage_rate"),
                new Metric.DuplicateRows(List.of("game_id", "player_lookup"))), DIALECT).statement().sql();

        assertThat(sql).contains("FROM `nba-props-platform.nba_analytics.player_game_summary`"
                        + " WHERE `game_date` BETWEEN DATE '2021-10-19' AND DATE '2026-01-03'")
                .contains("COUNTIF(`usage_rate` IS NULL)")
                .contains("`game_id` IS NOT NULL AND `player_lookup` IS NOT NULL")
                .doesNotContainIgnoringCase("APPROX")
                .doesNotContain("\"");
    }

    @Test
    void aValueSumIsAFloat64SumInTheSameScan() {
        Dataset dataset = new Dataset("player_game_summary", table("nba_analytics.player_game_summary"), "game_date",
                List.of(), null, List.of(), List.of(), List.of(), AT);
        String sql = ScanPlanner.plan(dataset, WINDOW, List.of(new Metric.ValueSum("minutes")), DIALECT).statement().sql();

        assertThat(sql).isEqualTo("SELECT `game_date` AS pf_date, COUNT(*) AS m0, SUM(CAST(`minutes` AS FLOAT64)) AS m1"
                + " FROM `nba-props-platform.nba_analytics.player_game_summary`"
                + " WHERE `game_date` BETWEEN DATE '2021-10-19' AND DATE '2026-01-03' GROUP BY pf_date ORDER BY pf_date");
    }

    @Test
    void theCalendarIsBoundedAboveByTheWindowSoPartitionFiltersAreSatisfied() {
        CalendarSpec.FromTable schedule = new CalendarSpec.FromTable(table("nba_raw.nbac_schedule"), "game_date", "season_year",
                dev.preflight.model.SqlFragment.of("is_regular_season OR is_playoffs"), AT);
        assertThat(CalendarPlanner.statement(schedule, WINDOW, DIALECT).orElseThrow().sql()).isEqualTo(
                "SELECT DISTINCT `game_date`, `season_year` FROM `nba-props-platform.nba_raw.nbac_schedule`"
                        + " WHERE `game_date` <= DATE '2026-01-03' AND (is_regular_season OR is_playoffs)");
        assertThat(CalendarPlanner.statement(new CalendarSpec.Inline(List.of(LocalDate.of(2024, 1, 1)), AT), WINDOW, DIALECT)).isEmpty();
    }

    static TableName table(String name) {
        return TableName.parse(name).orElseThrow();
    }
}
