package dev.preflight.demo;

import dev.preflight.demo.FactTables.PlayerGame;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Blanks {@code usage_rate} in a given share of player lines, with the patterns that make such
 * nulls in production: the play-by-play feed behind usage rate was down for some months and weeks
 * (about 60% of the nulls), a few players' ids never matched the tracking data (up to 85%), usage
 * is undefined for garbage-time cameos, and the rest is scattered noise.
 */
final class UsageRateNulls {
    private UsageRateNulls() {}

    private static final double FEED_OUTAGE_SHARE = 0.60;
    private static final double UNMATCHED_PLAYER_SHARE = 0.85;
    private static final double GARBAGE_TIME_MINUTES = 3.0;

    static List<PlayerGame> plant(List<PlayerGame> rows, double nullShare, Random rng) {
        int target = (int) Math.round(rows.size() * nullShare);
        boolean[] blank = new boolean[rows.size()];
        int[] count = {0};

        int feedBudget = (int) Math.round(target * FEED_OUTAGE_SHARE);
        blankWholeGroups(
                group(rows, r -> YearMonth.from(r.gameDate())).values(),
                blank,
                count,
                feedBudget,
                rng);
        blankWholeGroups(
                group(rows, r -> weekOf(r.gameDate())).values(), blank, count, feedBudget, rng);
        blankWholeGroups(
                group(rows, PlayerGame::playerLookup).values(),
                blank,
                count,
                (int) Math.round(target * UNMATCHED_PLAYER_SHARE),
                rng);

        for (int i = 0; i < rows.size() && count[0] < target; i++) {
            if (!blank[i]
                    && rows.get(i).minutesPlayed() < GARBAGE_TIME_MINUTES
                    && rng.nextDouble() < 0.5) {
                blank[i] = true;
                count[0]++;
            }
        }
        while (count[0] < target) {
            int i = rng.nextInt(rows.size());
            if (!blank[i]) {
                blank[i] = true;
                count[0]++;
            }
        }

        List<PlayerGame> result = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            result.add(blank[i] ? rows.get(i).withoutUsageRate() : rows.get(i));
        }
        return result;
    }

    /** Takes whole groups, in seeded random order, while they fit the budget. */
    private static void blankWholeGroups(
            Collection<List<Integer>> groups,
            boolean[] blank,
            int[] count,
            int budget,
            Random rng) {
        List<List<Integer>> order = new ArrayList<>(groups);
        Collections.shuffle(order, rng);
        for (List<Integer> group : order) {
            int fresh = (int) group.stream().filter(i -> !blank[i]).count();
            if (fresh > 0 && count[0] + fresh <= budget) {
                group.forEach(i -> blank[i] = true);
                count[0] += fresh;
            }
        }
    }

    /** Row indexes by key, keys sorted so the shuffle alone decides the order. */
    private static <K extends Comparable<K>> Map<K, List<Integer>> group(
            List<PlayerGame> rows, Function<PlayerGame, K> key) {
        Map<K, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            groups.computeIfAbsent(key.apply(rows.get(i)), k -> new ArrayList<>()).add(i);
        }
        return groups;
    }

    private static LocalDate weekOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
