package dev.preflight.reports;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarPictureTest {

    private static final LocalDate OPENER_2021 = LocalDate.parse("2021-10-19");
    private static final LocalDate OPENER_2022 = LocalDate.parse("2022-10-18");

    @Test
    void should_draw_one_block_per_season_and_one_rectangle_per_run_of_equal_days() {
        Map<LocalDate, DayState> days = DayState.classify(
                List.of(LocalDate.parse("2021-11-02"), LocalDate.parse("2021-11-03"), LocalDate.parse("2022-04-18"), LocalDate.parse("2022-11-01")),
                List.of(OPENER_2021, OPENER_2022), List.of(LocalDate.parse("2022-04-18")), List.of(LocalDate.parse("2022-11-01")));

        String svg = CalendarPicture.svg("t", List.of(OPENER_2021, OPENER_2022), List.of(new CalendarPicture.Row("nba.t <x>", days)));

        assertThat(svg).contains("Season 2021-22", "Season 2022-23")
                .contains("2021-10-19 → 2022-04-18 · 4 calendar dates", "2022-10-18 → 2022-11-01 · 2 calendar dates")
                .contains("2021-11-02 → 2021-11-03: present (2 dates)", "2022-04-18: missing (1 date)", "2022-11-01: waived (1 date)")
                .contains("nba.t &lt;x&gt;");
        assertThat(svg.split("<rect ", -1)).as("6 legend swatches + 5 runs").hasSize(1 + 6 + 5);
    }

    @Test
    void should_prefer_waived_over_missing_for_a_date_that_is_both() {
        LocalDate date = LocalDate.parse("2024-01-05");
        assertThat(DayState.classify(List.of(date), List.of(), List.of(date), List.of(date))).containsEntry(date, DayState.WAIVED);
    }

    @Test
    void should_mark_a_present_date_an_anomaly_check_flagged_but_never_hide_a_missing_one() {
        LocalDate half = LocalDate.parse("2024-01-05");
        LocalDate gone = LocalDate.parse("2024-01-06");

        Map<LocalDate, DayState> days = DayState.classify(List.of(half, gone), List.of(), List.of(gone), List.of(), false, List.of(half, gone));

        assertThat(days).containsEntry(half, DayState.ANOMALOUS).containsEntry(gone, DayState.MISSING);
    }
}
