package dev.preflight.execution;

import dev.preflight.model.SqlFragment;
import dev.preflight.calendar.ExpectedCalendar;

import dev.preflight.model.CalendarSpec;
import dev.preflight.model.DateWindow;
import dev.preflight.model.SeasonSpec;
import dev.preflight.model.TableName;
import dev.preflight.source.SourceLocation;
import dev.preflight.source.SuiteDefinitionException;
import dev.preflight.testing.Days;
import dev.preflight.testing.DuckDbFixture;
import dev.preflight.duckdb.DuckDbWarehouse;
import dev.preflight.sql.Statement;
import dev.preflight.warehouse.StatementLog;
import dev.preflight.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalendarLoaderTest {

    private static final SourceLocation CALENDAR_AT = new SourceLocation(URI.create("file:///suites/games.yaml"), "games.yaml", 9, 3);
    private static final TableName SCHEDULE = new TableName(List.of("nba_raw", "nbac_schedule"));

    /** Two seasons of a schedule: 2023 from 2023-10-24 (after preseason games), 2024 from 2024-10-22. */
    private static Path schedule(Path dir) {
        Path database = dir.resolve("schedule.duckdb");
        try (DuckDbFixture db = DuckDbFixture.create(database)) {
            db.table("nba_raw.nbac_schedule", "game_date DATE", "season_year INTEGER", "is_regular_season BOOLEAN")
                    .rowPerDate(Days.of("2023-10-10", "2023-10-12"), 2023, false)
                    .rowPerDate(Days.between("2023-10-24", "2023-10-30"), 2023, true)
                    .rowPerDate(Days.between("2024-10-22", "2024-10-28"), 2024, true)
                    .row(LocalDate.parse("2024-10-22"), 2024, true);
        }
        return database;
    }

    @Test
    void should_load_a_table_calendar_with_one_statement_and_take_openers_from_the_season_column(@TempDir Path dir) {
        Path database = schedule(dir);
        StatementLog log = new StatementLog();
        CalendarSpec spec = new CalendarSpec.FromTable(SCHEDULE, "game_date", "season_year", SqlFragment.of("is_regular_season"), CALENDAR_AT);

        ExpectedCalendar calendar;
        try (Warehouse warehouse = log.observe(DuckDbWarehouse.open(database.toString()))) {
            calendar = CalendarLoader.load(spec, new SeasonSpec(List.of(), 3, 60), () -> warehouse);
        }

        assertThat(log.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.statement().kind()).isEqualTo(Statement.Kind.CALENDAR);
            assertThat(entry.statement().sql()).isEqualTo("SELECT DISTINCT \"game_date\", \"season_year\""
                    + " FROM \"nba_raw\".\"nbac_schedule\" WHERE (is_regular_season)");
        });
        assertThat(calendar.dates()).hasSize(14).doesNotContain(LocalDate.parse("2023-10-10"));
        assertThat(calendar.seasonStarts()).containsExactly(LocalDate.parse("2023-10-24"), LocalDate.parse("2024-10-22"));
        assertThat(calendar.isBootstrap(LocalDate.parse("2023-10-26"))).isTrue();
        assertThat(calendar.isBootstrap(LocalDate.parse("2023-10-27"))).isFalse();
    }

    @Test
    void should_start_a_season_after_a_long_break_when_there_is_no_season_column() {
        CalendarSpec spec = new CalendarSpec.Inline(List.of(LocalDate.parse("2024-04-01"), LocalDate.parse("2024-04-02"),
                LocalDate.parse("2024-06-15"), LocalDate.parse("2024-10-22"), LocalDate.parse("2024-10-23")), CALENDAR_AT);

        ExpectedCalendar calendar = CalendarLoader.load(spec, new SeasonSpec(List.of(), 1, 60), () -> {
            throw new AssertionError("an inline calendar must not open the warehouse");
        });

        // 2024-06-15 is 74 days after 2024-04-02 and 129 days before 2024-10-22: both breaks are longer than 60 days.
        assertThat(calendar.seasonStarts()).containsExactly(
                LocalDate.parse("2024-04-01"), LocalDate.parse("2024-06-15"), LocalDate.parse("2024-10-22"));
    }

    @Test
    void should_split_a_window_into_expected_and_bootstrap_dates_with_openers_before_the_window() {
        CalendarSpec spec = new CalendarSpec.Inline(Days.between("2024-10-22", "2024-10-31"), CALENDAR_AT);
        ExpectedCalendar calendar = CalendarLoader.load(spec, new SeasonSpec(List.of(), 5, 60), () -> null);

        ExpectedCalendar.Expectation expectation = calendar.within(
                new DateWindow(LocalDate.parse("2024-10-25"), LocalDate.parse("2024-10-28")));

        assertThat(expectation.bootstrap()).containsExactlyElementsOf(Days.of("2024-10-25", "2024-10-26"));
        assertThat(expectation.expected()).containsExactlyElementsOf(Days.of("2024-10-27", "2024-10-28"));
    }

    @Test
    void should_read_a_calendar_file_and_skip_its_header(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("game_dates.csv");
        Files.writeString(file, "game_date,season\n2024-10-22,2024\n# preseason left out\n\n2024-10-23,2024\n");

        ExpectedCalendar calendar = CalendarLoader.load(new CalendarSpec.FromFile(file, CALENDAR_AT), SeasonSpec.none(), () -> null);

        assertThat(calendar.dates()).containsExactlyElementsOf(Days.of("2024-10-22", "2024-10-23"));
    }

    @Test
    void should_report_an_empty_calendar_where_it_is_declared(@TempDir Path dir) {
        Path database = schedule(dir);
        CalendarSpec spec = new CalendarSpec.FromTable(SCHEDULE, "game_date", null, SqlFragment.of("season_year = 1999"), CALENDAR_AT);

        try (Warehouse warehouse = DuckDbWarehouse.open(database.toString())) {
            assertThatThrownBy(() -> CalendarLoader.load(spec, SeasonSpec.none(), () -> warehouse))
                    .isInstanceOf(SuiteDefinitionException.class)
                    .hasMessage("games.yaml:9:3: the expected calendar is empty: table nba_raw.nbac_schedule where season_year = 1999"
                            + " gave no dates; check its filter");
        }
    }
}
