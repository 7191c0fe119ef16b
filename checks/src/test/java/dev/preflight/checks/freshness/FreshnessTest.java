package dev.preflight.checks.freshness;

import dev.preflight.check.CheckResult;
import dev.preflight.checks.testing.Contexts;
import dev.preflight.checks.testing.SuiteHarness;
import dev.preflight.metric.Metric;
import org.junit.jupiter.api.Test;

import static dev.preflight.checks.testing.Contexts.day;
import static org.assertj.core.api.Assertions.assertThat;

class FreshnessTest {

    private static final String HEAD = "preflight: 1\nname: t\nwindow: {start: 2024-01-01, end: 2024-01-10}\ndatasets:\n"
            + "  - table: nba.pgs\n";

    @Test
    void should_read_the_reference_and_need_a_date_column() {
        assertThat(SuiteHarness.parse(HEAD + "    date_column: game_date\n    checks: [{freshness: {max_days_behind: 2, from: today}}]\n")
                .datasets().get(0).checks().get(0).spec()).isEqualTo(new FreshnessSpec(2, true));
        assertThat(SuiteHarness.problems(HEAD + "    checks: [{freshness: {max_days_behind: 2}}]\n")).extracting(Object::toString)
                .containsExactly("suite.yaml:6:15: check 'freshness' is about dates, and dataset 'pgs' has no 'date_column'");
        assertThat(SuiteHarness.problems(HEAD + "    date_column: game_date\n    checks: [{freshness: {max_days_behind: 2, from: tomorow}}]\n"))
                .extracting(Object::toString).containsExactly("suite.yaml:7:53: 'from' of check 'freshness' of dataset 'pgs' is window_end or today,"
                        + " not 'tomorow'");
    }

    @Test
    void should_measure_the_lag_from_the_window_end_or_from_today() {
        var metrics = new Contexts.Metrics(Metric.rowCount()).on(day(2), 5).on(day(7), 5).build();
        var context = Contexts.context(Contexts.dataset("nba.pgs", "game_date"), metrics);

        CheckResult fromEnd = new FreshnessSpec(2, false).evaluate(context);
        CheckResult fromToday = new FreshnessSpec(3, true).evaluate(context);

        assertThat(fromEnd.status()).isEqualTo(CheckResult.Status.FAILED);
        assertThat(fromEnd.message()).isEqualTo("nba.pgs's latest date with rows is 2024-01-07, 3 days before the window end 2024-01-10,"
                + " more than the 2 allowed (window 2024-01-01..2024-01-10)");
        assertThat(fromToday.status()).isEqualTo(CheckResult.Status.PASSED);
        assertThat(fromToday.message()).isEqualTo("nba.pgs's latest date with rows is 2024-01-07, 3 days before today 2024-01-10, within the 3 allowed");
        assertThat(new FreshnessSpec(3, false).evaluate(Contexts.context(Contexts.dataset("nba.pgs", "game_date"),
                new Contexts.Metrics(Metric.rowCount()).build())).message()).isEqualTo("nba.pgs has no rows in the window 2024-01-01..2024-01-10,"
                + " so nothing is fresh");
    }
}
