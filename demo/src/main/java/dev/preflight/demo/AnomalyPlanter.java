package dev.preflight.demo;

import dev.preflight.demo.ExpectedDates.ExpectedDate;
import dev.preflight.demo.FactTables.PlayerGame;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plans the quiet faults that coverage calls present and only an anomaly check finds: a few half-scraped dates,
 * where the box-score scraper timed out and {@code player_game_summary} has about {@value #KEPT_SHARE} of each
 * team's player lines, and one regular-season week where {@code usage_rate} is NULL on {@value #DRIFT_SHARE} of the
 * lines instead of the usual tenth (its NULLs are taken from elsewhere: {@link UsageRateNulls} keeps the overall
 * share).
 */
final class AnomalyPlanter {
    private AnomalyPlanter() {}

    static final int HALF_SCRAPED_DATES = 4;
    static final double KEPT_SHARE = 0.6;
    static final double DRIFT_SHARE = 0.30;
    /** A half-scraped date has at least this many games: a scraper times out on a busy night. */
    static final int BUSY_NIGHT_GAMES = 6;

    /**
     * @param halfScraped the dates with about 60% of their player lines, ascending
     * @param drift the game dates of the week of usage_rate NULL drift, ascending
     */
    record Plan(List<LocalDate> halfScraped, List<LocalDate> drift) {
        Plan {
            halfScraped = List.copyOf(halfScraped);
            drift = List.copyOf(drift);
        }
    }

    /**
     * Half-scraped dates: busy regular-season nights in different seasons, at least a month into the season; the
     * drift: the game dates of one regular-season week (Monday to Sunday) of yet another season, in its middle.
     */
    static Plan plan(List<ExpectedDate> expected, List<PlayerGame> players, Random rng) {
        Map<LocalDate, Set<String>> games = new LinkedHashMap<>();
        players.forEach(p -> games.computeIfAbsent(p.gameDate(), d -> new HashSet<>()).add(p.gameId()));
        Map<Integer, List<ExpectedDate>> bySeason = new LinkedHashMap<>();
        expected.stream().filter(d -> !d.postseason()).forEach(d -> bySeason.computeIfAbsent(d.seasonYear(), s -> new ArrayList<>()).add(d));
        // Only full seasons: the window's last season has barely started.
        List<Integer> seasons = new ArrayList<>(bySeason.keySet().stream().filter(s -> bySeason.get(s).size() > 100).toList());
        java.util.Collections.shuffle(seasons, rng);
        int driftSeason = seasons.remove(seasons.size() - 1);

        TreeSet<LocalDate> halfScraped = new TreeSet<>();
        for (int i = 0; i < HALF_SCRAPED_DATES; i++) {
            List<ExpectedDate> season = bySeason.get(seasons.get(i % seasons.size()));
            List<LocalDate> busy = season.subList(season.size() / 6, season.size()).stream().map(ExpectedDate::date)
                    .filter(d -> games.getOrDefault(d, Set.of()).size() >= BUSY_NIGHT_GAMES && !halfScraped.contains(d)).toList();
            halfScraped.add(busy.get(rng.nextInt(busy.size())));
        }

        List<ExpectedDate> season = bySeason.get(driftSeason);
        LocalDate middle = season.get(season.size() / 3 + rng.nextInt(season.size() / 3)).date();
        LocalDate monday = middle.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<LocalDate> drift = season.stream().map(ExpectedDate::date)
                .filter(d -> !d.isBefore(monday) && d.isBefore(monday.plusDays(7))).toList();
        return new Plan(new ArrayList<>(halfScraped), drift);
    }

    /** Keeps about {@value #KEPT_SHARE} of each team's player lines on the half-scraped dates, chosen at random. */
    static List<PlayerGame> halfScrape(List<PlayerGame> rows, Plan plan, Random rng) {
        Set<LocalDate> dates = new HashSet<>(plan.halfScraped());
        List<PlayerGame> kept = new ArrayList<>(rows.size());
        for (PlayerGame row : rows) {
            if (!dates.contains(row.gameDate()) || rng.nextDouble() < KEPT_SHARE) {
                kept.add(row);
            }
        }
        return kept;
    }
}
