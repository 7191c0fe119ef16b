package dev.preflight.checks.coverage;

import dev.preflight.check.CheckResult;
import dev.preflight.checks.testing.Contexts;
import dev.preflight.checks.testing.SuiteHarness;
import dev.preflight.metric.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;

import static dev.preflight.checks.testing.Contexts.day;
import static org.assertj.core.api.Assertions.assertThat;

class CoverageRowsPerDateTest {

    private static final String HEAD = "preflight: 1\nname: t\nwindow: {start: 2024-01-01, end: 2024-01-10}\n"
            + "calendar: {table: nba_raw.nbac_schedule, date_column: game_date, count_distinct: game_id}\ndatasets:\n"
            + "  - table: nba.team_offense\n    date_column: game_date\n    checks:\n";

    @Test
    void should_read_per_date_rows_and_reject_both_forms_at_once() {
        var spec = (CoverageSpec) SuiteHarness.parse(HEAD + "      - coverage: {min: 95, rows_per_calendar_count: 2}\n")
                .datasets().get(0).checks().get(0).spec();

        assertThat(spec).usingRecursiveComparison().ignoringFields("rowsPerCalendarCountAt").isEqualTo(new CoverageSpec(95, null, 2L));
        assertThat(spec.rowsPerCalendarCountAt()).hasToString("suite.yaml:9:54");
        assertThat(spec.describe()).isEqualTo("coverage >= 95.0%, 2 rows per calendar unit");
        assertThat(SuiteHarness.problems(HEAD + "      - coverage: {min: 95, rows_per_calendar_count: 2, min_rows_per_date: 4}\n"))
                .extracting(Object::toString).containsExactly("suite.yaml:9:54: check 'coverage' of dataset 'team_offense' takes one of"
                        + " 'min_rows_per_date' (a fixed number) and 'rows_per_calendar_count' (times the calendar's count), not both");
    }

    @Test
    void should_count_short_dates_as_not_covered_and_list_them() {
        // Calendar: 4 dates with 3, 2, 1 and 2 games; two team rows per game are expected.
        var calendar = Contexts.calendar(Map.of(1, 3L, 2, 2L, 3, 1L, 4, 2L));
        var metrics = new Contexts.Metrics(Metric.rowCount()).on(day(1), 6).on(day(2), 3).on(day(3), 2).build();

        CheckResult result = new CoverageSpec(50, null, 2L).evaluate(Contexts.context(Contexts.dataset("nba.team_offense", "game_date"),
                metrics, calendar, new TreeSet<>()));

        assertThat(result.status()).isEqualTo(CheckResult.Status.PASSED);
        assertThat(result.message()).isEqualTo("nba.team_offense covers 2 of 4 expected dates (50.0%), at least the 50.0% minimum;"
                + " missing 1 date: 2024-01-04; 1 date short of rows: 2024-01-02 (3 of 4 rows) (window 2024-01-01..2024-01-10, 0 bootstrap dates excluded)");
        assertThat(result.observations()).containsEntry("short_dates", 1).containsEntry("missing_dates", 1).containsEntry("covered_dates", 2);
        assertThat(result.details().get("short_dates")).asString().isEqualTo("[{date=2024-01-02, rows=3, expected_rows=4}]");
    }

    @Test
    void should_take_waived_dates_out_of_the_denominator() {
        var calendar = Contexts.calendar(Map.of(1, 1L, 2, 1L, 3, 1L, 4, 1L));
        var metrics = new Contexts.Metrics(Metric.rowCount()).on(day(1), 20).on(day(2), 5).build();

        CheckResult result = new CoverageSpec(60, 10L, null).evaluate(Contexts.context(Contexts.dataset("nba.pgs", "game_date"), metrics,
                calendar, new TreeSet<>(java.util.List.of(day(3), day(4)))));

        assertThat(result.status()).isEqualTo(CheckResult.Status.FAILED);
        assertThat(result.message()).isEqualTo("nba.pgs covers 1 of 2 expected dates (50.0%), below the 60.0% minimum;"
                + " 1 date short of rows: 2024-01-02 (5 of 10 rows) (window 2024-01-01..2024-01-10, 0 bootstrap dates excluded)");
        assertThat(result.waivedDates()).containsExactly(day(3), day(4));
    }

    @Test
    void should_expect_two_team_rows_per_scheduled_game_from_the_calendar_statement(@TempDir Path dir) {
        Path db = SuiteHarness.database(dir, "CREATE SCHEMA nba_raw", "CREATE SCHEMA nba",
                "CREATE TABLE nba_raw.nbac_schedule AS SELECT * FROM (VALUES ('g1', DATE '2024-01-01'), ('g2', DATE '2024-01-01'),"
                        + " ('g3', DATE '2024-01-02'), ('g4', DATE '2024-01-03')) v(game_id, game_date)",
                "CREATE TABLE nba.team_offense AS SELECT * FROM (VALUES (DATE '2024-01-01', 'A'), (DATE '2024-01-01', 'B'),"
                        + " (DATE '2024-01-01', 'C'), (DATE '2024-01-01', 'D'), (DATE '2024-01-02', 'A'), (DATE '2024-01-03', 'E'),"
                        + " (DATE '2024-01-03', 'F')) v(game_date, team_abbr)");
        Path suite = SuiteHarness.suite(dir, db, HEAD.substring(HEAD.indexOf("window:")) + "      - coverage: {min: 60, rows_per_calendar_count: 2}\n");

        SuiteHarness.Run run = SuiteHarness.run(suite);

        assertThat(run.outcome("team_offense/coverage")).isEqualTo("PASSED");
        assertThat(run.message("team_offense/coverage")).isEqualTo("nba.team_offense covers 2 of 3 expected dates (66.7%), at least the 60.0%"
                + " minimum; 1 date short of rows: 2024-01-02 (1 of 2 rows) (window 2024-01-01..2024-01-10, 0 bootstrap dates excluded)");
        assertThat(run.check("team_offense/coverage").path("short_dates").toString())
                .isEqualTo("[{\"date\":\"2024-01-02\",\"rows\":1,\"expected_rows\":2}]");
    }
}
