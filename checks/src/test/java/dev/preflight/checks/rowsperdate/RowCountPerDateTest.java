package dev.preflight.checks.rowsperdate;

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

class RowCountPerDateTest {

    @Test
    void should_read_bounds_use_the_calendar_when_there_is_one_and_reject_inverted_bounds() {
        String head = "preflight: 1\nname: t\nwindow: {start: 2024-01-01, end: 2024-01-10}\n";
        String dataset = "datasets:\n  - table: nba.pgs\n    date_column: game_date\n    checks:\n";

        assertThat(SuiteHarness.parse(head + "calendar: {dates: [2024-01-01]}\n" + dataset + "      - row_count_per_date: {min: 20, max: 40}\n")
                .datasets().get(0).checks().get(0).spec()).isEqualTo(new RowCountPerDateSpec(20L, 40L, true));
        assertThat(SuiteHarness.parse(head + dataset + "      - row_count_per_date: {max: 40}\n").datasets().get(0).checks().get(0).spec())
                .isEqualTo(new RowCountPerDateSpec(null, 40L, false));
        assertThat(SuiteHarness.problems(head + dataset + "      - row_count_per_date: {min: 41, max: 40}\n")).extracting(Object::toString)
                .containsExactly("suite.yaml:8:35: check 'row_count_per_date' of dataset 'pgs' has min 41 above max 40");
    }

    @Test
    void should_judge_every_expected_date_with_zero_for_a_date_without_rows() {
        var calendar = Contexts.calendar(Map.of(1, 1L, 2, 1L, 3, 1L));
        var metrics = new Contexts.Metrics(Metric.rowCount()).on(day(1), 20).on(day(2), 45).on(day(5), 50).build();

        CheckResult result = new RowCountPerDateSpec(10L, 40L, true).evaluate(Contexts.context(Contexts.dataset("nba.pgs", "game_date"), metrics,
                calendar, new TreeSet<>()));

        assertThat(result.status()).isEqualTo(CheckResult.Status.FAILED);
        assertThat(result.message()).isEqualTo("nba.pgs has 3 dates of 4 outside in [10, 40] rows; below 10: 2024-01-03 (0);"
                + " above 40: 2024-01-02 (45), 2024-01-05 (50) (window 2024-01-01..2024-01-10)");
        assertThat(result.observations()).containsEntry("dates_below_min", 1).containsEntry("dates_above_max", 2);
    }

    @Test
    void should_judge_the_dates_with_rows_without_a_calendar(@TempDir Path dir) {
        Path db = SuiteHarness.database(dir, "CREATE SCHEMA nba",
                "CREATE TABLE nba.pgs AS SELECT DATE '2024-01-01' + CAST(i % 3 AS INTEGER) AS game_date FROM range(7) t(i)");
        Path suite = SuiteHarness.suite(dir, db, "window: {start: 2024-01-01, end: 2024-01-10}\ndatasets:\n"
                + "  - table: nba.pgs\n    date_column: game_date\n    checks:\n      - row_count_per_date: {min: 3}\n");

        SuiteHarness.Run run = SuiteHarness.run(suite);

        assertThat(run.message("pgs/row_count_per_date")).isEqualTo("nba.pgs has 2 dates of 3 outside >= 3 rows; below 3: 2024-01-02 (2), 2024-01-03 (2)"
                + " (window 2024-01-01..2024-01-10)");
    }
}
