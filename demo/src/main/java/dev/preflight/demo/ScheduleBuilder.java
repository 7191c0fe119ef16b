package dev.preflight.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The whole {@code nbac_schedule}: the real 2024-25 schedule unchanged, and generated games on the
 * real dates of 2021-22 to 2023-24 plus 2025-26 up to the end of the window.
 */
final class ScheduleBuilder {
    private ScheduleBuilder() {}

    /** The season still in progress at the end of the window, so it has no postseason yet. */
    static final int CURRENT_SEASON = 2025;

    static List<ScheduledGame> build(ReferenceData reference, long seed) {
        List<ScheduledGame> games = new ArrayList<>(reference.schedule2024());
        for (SeasonCalendar season : SeasonCalendar.generatedSeasons(reference.gameDates())) {
            String stream = "schedule-" + season.seasonYear();
            boolean complete = season.seasonYear() != CURRENT_SEASON;
            games.addAll(
                    RegularSeasonScheduler.schedule(
                            season, complete, Seeds.stream(seed, stream + "-regular")));
            games.addAll(allStar(season));
            if (!season.postseasonDates().isEmpty()) {
                games.addAll(
                        PostseasonScheduler.schedule(
                                season, Seeds.stream(seed, stream + "-postseason")));
            }
        }
        games.sort(
                Comparator.comparing(ScheduledGame::gameDate).thenComparing(ScheduledGame::gameId));
        return List.copyOf(games);
    }

    /**
     * Friday: the Rising Stars mini-tournament (two semifinals and a final); Sunday: the All-Star
     * Game. The event teams get placeholder tricodes, as the real ones (TMC, CHK, ...) are not
     * franchises either.
     */
    private static List<ScheduledGame> allStar(SeasonCalendar season) {
        List<ScheduledGame> games = new ArrayList<>();
        if (season.allStarDates().isEmpty()) {
            return games;
        }
        String prefix = String.format("003%02d", season.seasonYear() % 100);
        LocalDate friday = season.allStarDates().get(0);
        LocalDate sunday = season.allStarDates().get(1);
        String[][] matchups = {{"RSA", "RSB"}, {"RSC", "RSD"}, {"RSA", "RSC"}};
        for (int i = 0; i < matchups.length; i++) {
            games.add(event(prefix + String.format("%05d", i + 1), friday, season, matchups[i]));
        }
        games.add(event(prefix + "00004", sunday, season, new String[] {"EST", "WST"}));
        return games;
    }

    private static ScheduledGame event(
            String id, LocalDate date, SeasonCalendar season, String[] teams) {
        return new ScheduledGame(
                id,
                date,
                season.seasonYear(),
                ScheduledGame.FINAL,
                false,
                false,
                true,
                teams[0],
                teams[1]);
    }
}
