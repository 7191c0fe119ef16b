package dev.preflight.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The game dates of one season the demo generates matchups for (2024-25 comes from the real
 * schedule instead), split into the parts that get different kinds of games.
 *
 * @param finalsStart first day of the Finals; null for a season without a postseason yet
 */
record SeasonCalendar(
        int seasonYear,
        List<LocalDate> regularSeasonDates,
        List<LocalDate> allStarDates,
        List<LocalDate> postseasonDates,
        LocalDate finalsStart) {

    /** The window of the production pre-flight run this demo reproduces. */
    static final LocalDate WINDOW_START = LocalDate.of(2021, 10, 19);

    static final LocalDate WINDOW_END = LocalDate.of(2026, 1, 3);

    /** Opening night of 2025-26; the season is generated up to the end of the window. */
    static final LocalDate OPENER_2025 = LocalDate.of(2025, 10, 21);

    /** 2025-26 days without games inside the window: Thanksgiving and Christmas Eve. */
    static final Set<LocalDate> OFF_DAYS_2025 =
            Set.of(LocalDate.of(2025, 11, 27), LocalDate.of(2025, 12, 24));

    /**
     * Public facts the dates file does not say: the last regular-season day of each season (the
     * play-in starts on the next game date), the All-Star weekend's Friday and Sunday (the two
     * mid-February dates with no regular-season games) and the first day of the Finals.
     */
    private record Facts(
            int seasonYear,
            LocalDate regularSeasonEnd,
            List<LocalDate> allStarDates,
            LocalDate finalsStart) {}

    private static final List<Facts> FACTS =
            List.of(
                    new Facts(
                            2021,
                            LocalDate.of(2022, 4, 10),
                            List.of(LocalDate.of(2022, 2, 18), LocalDate.of(2022, 2, 20)),
                            LocalDate.of(2022, 6, 2)),
                    new Facts(
                            2022,
                            LocalDate.of(2023, 4, 9),
                            List.of(LocalDate.of(2023, 2, 17), LocalDate.of(2023, 2, 19)),
                            LocalDate.of(2023, 6, 1)),
                    new Facts(
                            2023,
                            LocalDate.of(2024, 4, 14),
                            List.of(LocalDate.of(2024, 2, 16), LocalDate.of(2024, 2, 18)),
                            LocalDate.of(2024, 6, 6)));

    /** 2021-22, 2022-23 and 2023-24 from the real dates file, then 2025-26 to the window's end. */
    static List<SeasonCalendar> generatedSeasons(List<LocalDate> gameDates) {
        List<SeasonCalendar> seasons = new java.util.ArrayList<>();
        for (Facts facts : FACTS) {
            LocalDate from = LocalDate.of(facts.seasonYear(), 10, 1);
            LocalDate to = LocalDate.of(facts.seasonYear() + 1, 7, 31);
            List<LocalDate> dates =
                    gameDates.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).toList();
            if (!dates.containsAll(facts.allStarDates()) || !dates.contains(facts.finalsStart())) {
                throw new IllegalStateException(
                        "All-Star or Finals dates of "
                                + facts.seasonYear()
                                + " are not in the dates file");
            }
            seasons.add(
                    new SeasonCalendar(
                            facts.seasonYear(),
                            dates.stream()
                                    .filter(
                                            d ->
                                                    !d.isAfter(facts.regularSeasonEnd())
                                                            && !facts.allStarDates().contains(d))
                                    .toList(),
                            facts.allStarDates(),
                            dates.stream()
                                    .filter(d -> d.isAfter(facts.regularSeasonEnd()))
                                    .toList(),
                            facts.finalsStart()));
        }
        seasons.add(
                new SeasonCalendar(
                        2025,
                        OPENER_2025
                                .datesUntil(WINDOW_END.plusDays(1))
                                .filter(d -> !OFF_DAYS_2025.contains(d))
                                .toList(),
                        List.of(),
                        List.of(),
                        null));
        return List.copyOf(seasons);
    }
}
