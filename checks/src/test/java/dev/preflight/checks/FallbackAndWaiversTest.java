package dev.preflight.checks;

import dev.preflight.checks.testing.SuiteHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every check type shares: a fallback that turns a failure into a warning with its note, and waivers that take
 * approved dates out of the judgement, stop applying when they expire, and are reported when they match nothing.
 */
class FallbackAndWaiversTest {

    /** Ten calendar days; the context table has rows on days 1–6, the other on days 1–3. */
    private static Path warehouse(Path dir) {
        return SuiteHarness.database(dir, "CREATE SCHEMA nba",
                "CREATE TABLE nba.calendar AS SELECT DATE '2024-01-01' + CAST(i AS INTEGER) AS game_date FROM range(10) t(i)",
                "CREATE TABLE nba.player_context AS SELECT DATE '2024-01-01' + CAST(i AS INTEGER) AS game_date FROM range(6) t(i)",
                "CREATE TABLE nba.team_context AS SELECT DATE '2024-01-01' + CAST(i AS INTEGER) AS game_date FROM range(3) t(i)");
    }

    private static final String HEAD = "window: {start: 2024-01-01, end: 2024-01-10}\ncalendar: {table: nba.calendar, date_column: game_date}\n";

    @Test
    void should_warn_with_the_note_above_the_fallback_and_fail_below_both(@TempDir Path dir) {
        Path suite = SuiteHarness.suite(dir, warehouse(dir), HEAD + "datasets:\n"
                + "  - table: nba.player_context\n    date_column: game_date\n    checks:\n"
                + "      - coverage: {min: 95, fallback: {note: synthetic context, min: 50}}\n"
                + "  - table: nba.team_context\n    date_column: game_date\n    checks:\n"
                + "      - coverage: {min: 95, fallback: {note: synthetic context, min: 50}}\n");

        SuiteHarness.Run run = SuiteHarness.run(suite);

        assertThat(run.outcomes()).containsExactly(Map.entry("player_context/coverage", "WARNED"), Map.entry("team_context/coverage", "FAILED"));
        assertThat(run.message("player_context/coverage")).endsWith("(window 2024-01-01..2024-01-10, 0 bootstrap dates excluded);"
                + " accepted with fallback 'synthetic context' (coverage >= 50.0% holds)");
        assertThat(run.message("team_context/coverage")).endsWith("; fallback 'synthetic context' does not hold either (coverage >= 50.0%)");
        assertThat(run.check("player_context/coverage").path("fallback").toString())
                .isEqualTo("{\"note\":\"synthetic context\",\"condition\":\"coverage >= 50.0%\",\"used\":true}");
        assertThat(run.entries("player_context/coverage")).containsEntry("preflight.outcome", "WARNED");
    }

    @Test
    void should_attach_a_note_only_fallback_to_a_warning(@TempDir Path dir) {
        Path suite = SuiteHarness.suite(dir, warehouse(dir), HEAD + "datasets:\n"
                + "  - table: nba.team_context\n    date_column: game_date\n    checks:\n"
                + "      - coverage: {min: 95, severity: warn, fallback: synthetic context}\n");

        SuiteHarness.Run run = SuiteHarness.run(suite);

        assertThat(run.outcome("team_context/coverage")).isEqualTo("WARNED");
        assertThat(run.message("team_context/coverage")).endsWith(" [fallback: synthetic context]");
        assertThat(run.check("team_context/coverage").path("fallback").path("note").asText()).isEqualTo("synthetic context");
    }

    @Test
    void should_report_waived_dates_as_waived_and_expired_or_unused_waivers_as_such(@TempDir Path dir) {
        Path suite = SuiteHarness.suite(dir, warehouse(dir), HEAD + "datasets:\n"
                + "  - table: nba.player_context\n    date_column: game_date\n    checks:\n      - coverage: {min: 95}\n"
                + "  - table: nba.team_context\n    date_column: game_date\n    checks:\n      - coverage: {min: 95}\n"
                + "waivers:\n"
                + "  - {dataset: player_context, check: coverage, dates: [2024-01-07..2024-01-10], reason: scraper outage,"
                + " approved_by: data-platform, expires: 2099-12-31}\n"
                + "  - {dataset: player_context, check: coverage, dates: [2024-01-02], reason: double booked,"
                + " approved_by: data-platform, expires: 2099-12-31}\n"
                + "  - {dataset: team_context, dates: [2024-01-04..2024-01-10], reason: old outage, approved_by: ops, expires: 2020-01-31}\n");

        SuiteHarness.Run run = SuiteHarness.run(suite, Map.of("preflight.today", "2026-01-05"));

        assertThat(run.outcomes()).containsExactly(Map.entry("player_context/coverage", "PASSED"), Map.entry("team_context/coverage", "FAILED"));
        assertThat(run.message("player_context/coverage")).isEqualTo("nba.player_context covers 6 of 6 expected dates (100.0%), at least the 95.0%"
                + " minimum (window 2024-01-01..2024-01-10, 0 bootstrap dates excluded); 4 dates waived: 2024-01-07..2024-01-10 (4)"
                + " ('scraper outage', approved by data-platform until 2099-12-31)");
        assertThat(run.check("player_context/coverage").path("waived_dates").toString())
                .isEqualTo("[\"2024-01-07\",\"2024-01-08\",\"2024-01-09\",\"2024-01-10\"]");
        assertThat(run.check("player_context/coverage").path("waivers").findValuesAsText("status")).containsExactly("applied", "unused");
        assertThat(run.entries("player_context/coverage").get("preflight.waiver.unused")).startsWith("double booked (").endsWith("suite.yaml:17:5)");
        assertThat(run.message("team_context/coverage")).endsWith("; waiver 'old outage' (approved by ops) expired on 2020-01-31 and no longer applies");
        assertThat(run.check("team_context/coverage").path("missing_dates")).hasSize(7);
    }

    @Test
    void should_reject_waivers_that_name_nothing_or_have_no_real_date() {
        String suite = "preflight: 1\nname: t\n" + HEAD + "datasets:\n"
                + "  - table: nba.team_context\n    date_column: game_date\n    checks:\n      - coverage: {min: 95}\n"
                + "waivers:\n"
                + "  - {dataset: team_contxt, dates: [2024-01-04], reason: r, approved_by: me, expires: 2099-01-01}\n"
                + "  - {dataset: team_context, check: coverag, dates: [2024-01-04], reason: r, approved_by: me, expires: 2099-01-01}\n"
                + "  - {dataset: team_context, dates: [2024-01-04], reason: r, approved_by: me, expires: next spring}\n"
                + "  - {dataset: team_context, dates: [2024-02-30..2024-03-02], reason: r, approved_by: me, expires: 2099-01-01}\n";

        assertThat(SuiteHarness.problems(suite)).extracting(Object::toString).containsExactly(
                "suite.yaml:11:15: the waiver names dataset 'team_contxt', which the suite does not declare; did you mean 'team_context'?;"
                        + " datasets: team_context",
                "suite.yaml:12:36: the waiver names check 'coverag', which dataset 'team_context' does not have; did you mean 'coverage'?;"
                        + " its checks: coverage",
                "suite.yaml:13:87: 'expires' of waiver expects a date written as YYYY-MM-DD, not 'next spring'",
                "suite.yaml:14:37: an entry of 'dates' of the waiver expects a date written as YYYY-MM-DD, not '2024-02-30'");
    }
}
