package dev.preflight.demo;

import dev.preflight.demo.FactTables.PlayerGame;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Blanks {@code usage_rate} in a given share of player lines: a week of drift (the tracking feed degrading, so
 * {@link AnomalyPlanter#DRIFT_SHARE} of that week's lines lack it), usage undefined for garbage-time cameos, and
 * the rest scattered over the other dates. The overall share is the given one whatever the drift takes: the
 * drift's NULLs are moved from elsewhere, not added. The share is steady from date to date outside the drift
 * week, as a healthy feed's is, so the week stands out to an anomaly check.
 */
final class UsageRateNulls {
    private UsageRateNulls() {}

    private static final double GARBAGE_TIME_MINUTES = 3.0;

    static List<PlayerGame> plant(List<PlayerGame> rows, double nullShare, List<LocalDate> drift, Random rng) {
        int target = (int) Math.round(rows.size() * nullShare);
        boolean[] blank = new boolean[rows.size()];
        int count = 0;

        // The drift week: each of its dates at the drift share, chosen at random among the date's lines.
        Set<LocalDate> driftDates = new HashSet<>(drift);
        Map<LocalDate, List<Integer>> byDate = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (driftDates.contains(rows.get(i).gameDate())) {
                byDate.computeIfAbsent(rows.get(i).gameDate(), d -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> lines : byDate.values()) {
            List<Integer> order = new ArrayList<>(lines);
            Collections.shuffle(order, rng);
            int blanks = (int) Math.round(lines.size() * AnomalyPlanter.DRIFT_SHARE);
            for (int i = 0; i < blanks; i++) {
                blank[order.get(i)] = true;
                count++;
            }
        }

        // Garbage-time cameos, then scattered lines, on the other dates until the overall share is reached. The
        // cameos are capped at a third of the rest, so every date keeps a scattered part.
        int cameos = count + (target - count) / 3;
        List<Integer> order = new ArrayList<>(IntStream.range(0, rows.size()).boxed().toList());
        Collections.shuffle(order, rng);
        for (int k = 0; k < order.size() && count < cameos; k++) {
            int i = order.get(k);
            if (!blank[i] && !driftDates.contains(rows.get(i).gameDate())
                    && rows.get(i).minutesPlayed() < GARBAGE_TIME_MINUTES && rng.nextDouble() < 0.5) {
                blank[i] = true;
                count++;
            }
        }
        while (count < target) {
            int i = rng.nextInt(rows.size());
            if (!blank[i] && !driftDates.contains(rows.get(i).gameDate())) {
                blank[i] = true;
                count++;
            }
        }

        List<PlayerGame> result = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            result.add(blank[i] ? rows.get(i).withoutUsageRate() : rows.get(i));
        }
        return result;
    }
}
