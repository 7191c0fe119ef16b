package dev.preflight.checks.coverage;

import dev.preflight.calendar.DateRanges;
import dev.preflight.check.CheckResult;
import dev.preflight.checks.BuiltInChecks;
import dev.preflight.testing.Days;
import dev.preflight.testing.DuckDbFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage against hand-built calendars with hand-computed answers.
 *
 * <p>The schedule has two short seasons with a 3-day bootstrap:
 * <pre>
 * season 2023: 2023-10-24 .. 2023-10-31  bootstrap 10-24, 10-25, 10-26  expected 10-27 .. 10-31 (5)
 * season 2024: 2024-10-22 .. 2024-10-27  bootstrap 10-22, 10-23, 10-24  expected 10-25 .. 10-27 (3)
 * </pre>
 * The window 2023-10-25..2024-10-27 starts after the 2023 opener, so it holds 5 bootstrap dates
 * (2023-10-25, 2023-10-26 and 2024-10-22..24) and 8 expected dates.
 */
class CoverageTest {

    private static final List<LocalDate> SEASON_2023 = Days.between("2023-10-24", "2023-10-31");
    private static final List<LocalDate> SEASON_2024 = Days.between("2024-10-22", "2024-10-27");

    @TempDir
    Path dir;

    private static String suite(String window, String min) {
        return """
                preflight: 1
                name: team_defense
                window: %s
                calendar:
                  table: nba_raw.nbac_schedule
                  date_column: game_date
                  season_column: season_year
                seasons:
                  bootstrap_days: 3
                datasets:
                  - table: nba_analytics.team_defense_game_summary
                    date_column: game_date
                    checks:
                      - coverage: {min: %s}
                """.formatted(window, min);
    }

    private static final String WINDOW = "{start: 2023-10-25, end: 2024-10-27}";

    /** The schedule above, and a team-defense table with one row on each of {@code dates}. */
    private Path warehouse(List<LocalDate> dates) {
        Path database = dir.resolve("nba.duckdb");
        try (DuckDbFixture db = DuckDbFixture.create(database)) {
            db.table("nba_raw.nbac_schedule", "game_date DATE", "season_year INTEGER")
                    .rowPerDate(SEASON_2023, 2023)
                    .rowPerDate(SEASON_2024, 2024);
            db.table("nba_analytics.team_defense_game_summary", "game_date DATE", "game_id VARCHAR", "defending_team_abbr VARCHAR")
                    .rowPerDate(dates, "0022300001", "BOS");
        }
        return database;
    }

    private CheckResult coverage(String window, String min, List<LocalDate> dates) {
        return BuiltInChecks.evaluate(suite(window, min), warehouse(dates)).result("team_defense_game_summary", "coverage");
    }

    @Test
    void should_exclude_each_seasons_bootstrap_and_never_join_missing_dates_across_seasons() {
        // GIVEN rows on bootstrap days (which count for nothing) and on 4 of the 8 expected dates
        List<LocalDate> rows = Days.of("2023-10-24", "2023-10-27", "2023-10-28", "2023-10-30", "2024-10-22", "2024-10-27");

        // WHEN
        CheckResult result = coverage(WINDOW, "95", rows);

        // THEN 4 of 8; 2023-10-31 and 2024-10-25 are neighbours among expected dates, but a season lies between them
        assertThat(result.status()).isEqualTo(CheckResult.Status.FAILED);
        assertThat(result.observations()).containsExactly(Map.entry("covered_dates", 4), Map.entry("expected_dates", 8),
                Map.entry("missing_dates", 4), Map.entry("bootstrap_dates", 5), Map.entry("coverage_percent", 50.0));
        assertThat(result.missingDates()).containsExactlyElementsOf(Days.of("2023-10-29", "2023-10-31", "2024-10-25", "2024-10-26"));
        assertThat(result.missingRanges()).containsExactly(
                new DateRanges.Range(LocalDate.parse("2023-10-29"), LocalDate.parse("2023-10-29"), 1),
                new DateRanges.Range(LocalDate.parse("2023-10-31"), LocalDate.parse("2023-10-31"), 1),
                new DateRanges.Range(LocalDate.parse("2024-10-25"), LocalDate.parse("2024-10-26"), 2));
        assertThat(result.expected()).isEqualTo(">= 95.0%");
        assertThat(result.actual()).isEqualTo("50.0%");
        assertThat(result.message()).isEqualTo("nba_analytics.team_defense_game_summary covers 4 of 8 expected dates (50.0%),"
                + " below the 95.0% minimum; missing 4 dates: 2023-10-29, 2023-10-31, 2024-10-25..2024-10-26 (2)"
                + " (window 2023-10-25..2024-10-27, 5 bootstrap dates excluded)");
    }

    @Test
    void should_pass_and_say_so_when_the_window_lies_inside_a_bootstrap_period() {
        CheckResult result = coverage("{start: 2024-10-22, end: 2024-10-24}", "95", List.of());

        assertThat(result.status()).isEqualTo(CheckResult.Status.PASSED);
        assertThat(result.observations()).containsExactly(Map.entry("covered_dates", 0), Map.entry("expected_dates", 0),
                Map.entry("missing_dates", 0), Map.entry("bootstrap_dates", 3), Map.entry("coverage_percent", 100.0));
        assertThat(result.actual()).isEqualTo("nothing expected");
        assertThat(result.message()).isEqualTo("nba_analytics.team_defense_game_summary has no expected dates to cover:"
                + " every calendar date in the window is a bootstrap date or the window has none"
                + " (window 2024-10-22..2024-10-24, 3 bootstrap dates excluded)");
    }

    @Test
    void should_find_every_expected_date_missing_in_an_empty_table() {
        CheckResult result = coverage(WINDOW, "95", List.of());

        assertThat(result.status()).isEqualTo(CheckResult.Status.FAILED);
        assertThat(result.missingDates()).containsExactlyElementsOf(Days.of("2023-10-27", "2023-10-28", "2023-10-29", "2023-10-30",
                "2023-10-31", "2024-10-25", "2024-10-26", "2024-10-27"));
        assertThat(result.message()).isEqualTo("nba_analytics.team_defense_game_summary covers 0 of 8 expected dates (0.0%),"
                + " below the 95.0% minimum; missing 8 dates: 2023-10-27..2023-10-31 (5), 2024-10-25..2024-10-27 (3)"
                + " (window 2023-10-25..2024-10-27, 5 bootstrap dates excluded)");
    }

    @Test
    void should_ignore_rows_outside_the_window() {
        // GIVEN a window of 2023's five expected dates; rows before it, after it, and on one date inside it
        List<LocalDate> rows = Days.of("2023-10-24", "2023-10-25", "2023-10-26", "2023-10-28", "2024-10-25", "2024-10-26");

        CheckResult result = coverage("{start: 2023-10-27, end: 2023-10-31}", "95", rows);

        assertThat(result.observations()).containsEntry("covered_dates", 1).containsEntry("expected_dates", 5)
                .containsEntry("bootstrap_dates", 0);
        assertThat(result.message()).isEqualTo("nba_analytics.team_defense_game_summary covers 1 of 5 expected dates (20.0%),"
                + " below the 95.0% minimum; missing 4 dates: 2023-10-27, 2023-10-29..2023-10-31 (3)"
                + " (window 2023-10-27..2023-10-31, 0 bootstrap dates excluded)");
    }

    @Test
    void should_count_a_date_once_however_many_rows_it_has() {
        // GIVEN five rows on 2023-10-27 and one on each of five other expected dates
        List<LocalDate> rows = new java.util.ArrayList<>(List.of(LocalDate.parse("2023-10-27"), LocalDate.parse("2023-10-27"),
                LocalDate.parse("2023-10-27"), LocalDate.parse("2023-10-27")));
        rows.addAll(Days.of("2023-10-27", "2023-10-28", "2023-10-29", "2023-10-30", "2023-10-31", "2024-10-25"));

        // WHEN the minimum is exactly the coverage
        CheckResult result = coverage(WINDOW, "75", rows);

        // THEN 6 of 8 dates, not 10 rows of 8, and 75.0% meets a 75% minimum
        assertThat(result.status()).isEqualTo(CheckResult.Status.PASSED);
        assertThat(result.observations()).containsEntry("covered_dates", 6).containsEntry("expected_dates", 8);
        assertThat(result.message()).isEqualTo("nba_analytics.team_defense_game_summary covers 6 of 8 expected dates (75.0%),"
                + " at least the 75.0% minimum; missing 2 dates: 2024-10-26..2024-10-27 (2)"
                + " (window 2023-10-25..2024-10-27, 5 bootstrap dates excluded)");
    }

    @Test
    void should_pass_at_full_coverage_without_listing_anything() {
        List<LocalDate> rows = Days.except(SEASON_2023, Days.of("2023-10-24"));
        rows = new java.util.ArrayList<>(rows);
        rows.addAll(SEASON_2024);

        CheckResult result = coverage(WINDOW, "100", rows);

        assertThat(result.status()).isEqualTo(CheckResult.Status.PASSED);
        assertThat(result.missingDates()).isEmpty();
        assertThat(result.message()).isEqualTo("nba_analytics.team_defense_game_summary covers 8 of 8 expected dates (100.0%),"
                + " at least the 100.0% minimum (window 2023-10-25..2024-10-27, 5 bootstrap dates excluded)");
    }

    @Test
    void should_not_expect_dates_that_the_calendar_filter_leaves_out() {
        // GIVEN the 2024-25 schedule around All-Star weekend (2025-02-14 Rising Stars, 2025-02-16 All-Star Game);
        // the team tables have no All-Star rows because those games are not team games
        Path database = dir.resolve("nba.duckdb");
        try (DuckDbFixture db = DuckDbFixture.create(database)) {
            db.table("nba_raw.nbac_schedule", "game_date DATE", "season_year INTEGER", "is_regular_season BOOLEAN",
                            "is_playoffs BOOLEAN", "is_all_star BOOLEAN")
                    .rowPerDate(Days.of("2024-10-22", "2025-02-12", "2025-02-13", "2025-02-19", "2025-02-20"), 2024, true, false, false)
                    .rowPerDate(Days.of("2025-02-14", "2025-02-16"), 2024, false, false, true);
            db.table("nba_analytics.team_defense_game_summary", "game_date DATE")
                    .rowPerDate(Days.of("2025-02-12", "2025-02-13", "2025-02-19", "2025-02-20"));
        }
        String filtered = """
                preflight: 1
                name: team_defense
                window: {start: 2025-02-12, end: 2025-02-20}
                calendar:
                  table: nba_raw.nbac_schedule
                  date_column: game_date
                  season_column: season_year
                  where: is_regular_season OR is_playoffs
                seasons: {bootstrap_days: 14}
                datasets:
                  - table: nba_analytics.team_defense_game_summary
                    date_column: game_date
                    checks:
                      - coverage: {min: 95}
                """;
        String unfiltered = filtered.replace("  where: is_regular_season OR is_playoffs\n", "");

        // WHEN
        CheckResult withFilter = BuiltInChecks.evaluate(filtered, database).result("team_defense_game_summary", "coverage");
        CheckResult withoutFilter = BuiltInChecks.evaluate(unfiltered, database).result("team_defense_game_summary", "coverage");

        // THEN
        assertThat(withFilter.status()).isEqualTo(CheckResult.Status.PASSED);
        assertThat(withFilter.message()).isEqualTo("nba_analytics.team_defense_game_summary covers 4 of 4 expected dates (100.0%),"
                + " at least the 95.0% minimum (window 2025-02-12..2025-02-20, 0 bootstrap dates excluded)");
        assertThat(withoutFilter.status()).isEqualTo(CheckResult.Status.FAILED);
        assertThat(withoutFilter.message()).isEqualTo("nba_analytics.team_defense_game_summary covers 4 of 6 expected dates (66.7%),"
                + " below the 95.0% minimum; missing 2 dates: 2025-02-14..2025-02-16 (2)"
                + " (window 2025-02-12..2025-02-20, 0 bootstrap dates excluded)");
    }
}
