package dev.preflight.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Generated regular-season matchups on real game dates: opening night has two games, other dates 5
 * to 15, and a full season adds up to the league's 1,230 games (82 per team). Teams that have
 * played least go first, nobody plays three days in a row, and home games stay balanced.
 */
final class RegularSeasonScheduler {
    private RegularSeasonScheduler() {}

    static final int FULL_SEASON_GAMES = 1230;

    /** League average for a season still in progress (1,230 games over about 165 dates). */
    static final double GAMES_PER_DATE = 7.4;

    private static final int OPENING_NIGHT_GAMES = 2;
    private static final int MIN_GAMES = 5;
    private static final int MAX_GAMES = 15;

    static List<ScheduledGame> schedule(SeasonCalendar season, boolean fullSeason, Random rng) {
        List<LocalDate> dates = season.regularSeasonDates();
        int total =
                fullSeason ? FULL_SEASON_GAMES : (int) Math.round(dates.size() * GAMES_PER_DATE);
        int[] perDate = gamesPerDate(dates.size(), total, rng);

        List<String> teams = Teams.ALL;
        int[] played = new int[teams.size()];
        int[] home = new int[teams.size()];
        LocalDate[] last = new LocalDate[teams.size()];
        LocalDate[] beforeLast = new LocalDate[teams.size()];
        String prefix = String.format("002%02d", season.seasonYear() % 100);
        int sequence = 0;
        List<ScheduledGame> games = new ArrayList<>(total);

        for (int i = 0; i < dates.size(); i++) {
            LocalDate date = dates.get(i);
            List<Integer> picked = pickTeams(date, 2 * perDate[i], played, last, beforeLast, rng);
            java.util.Collections.shuffle(picked, rng);
            for (int g = 0; g + 1 < picked.size(); g += 2) {
                int a = picked.get(g);
                int b = picked.get(g + 1);
                boolean aHome = home[a] != home[b] ? home[a] < home[b] : rng.nextBoolean();
                int h = aHome ? a : b;
                int v = aHome ? b : a;
                home[h]++;
                games.add(
                        new ScheduledGame(
                                prefix + String.format("%05d", ++sequence),
                                date,
                                season.seasonYear(),
                                ScheduledGame.FINAL,
                                true,
                                false,
                                false,
                                teams.get(h),
                                teams.get(v)));
            }
            for (int t : picked) {
                played[t]++;
                beforeLast[t] = last[t];
                last[t] = date;
            }
        }
        return games;
    }

    /** Every date gets the minimum, the rest of the season's games land on random dates. */
    private static int[] gamesPerDate(int dates, int total, Random rng) {
        int[] perDate = new int[dates];
        Arrays.fill(perDate, MIN_GAMES);
        perDate[0] = OPENING_NIGHT_GAMES;
        int remaining = total - Arrays.stream(perDate).sum();
        while (remaining > 0) {
            int d = 1 + rng.nextInt(dates - 1);
            if (perDate[d] < MAX_GAMES) {
                perDate[d]++;
                remaining--;
            }
        }
        return perDate;
    }

    private static List<Integer> pickTeams(
            LocalDate date,
            int count,
            int[] played,
            LocalDate[] last,
            LocalDate[] beforeLast,
            Random rng) {
        int n = played.length;
        double[] key = new double[n];
        boolean[] tired = new boolean[n];
        for (int t = 0; t < n; t++) {
            boolean yesterday = date.minusDays(1).equals(last[t]);
            tired[t] = yesterday && date.minusDays(2).equals(beforeLast[t]);
            // Back-to-backs happen, but less often than rested games.
            key[t] = played[t] + (yesterday ? 1.5 : 0) + rng.nextDouble();
        }
        Comparator<Integer> byKey = Comparator.comparingDouble(t -> key[t]);
        List<Integer> order =
                new ArrayList<>(
                        IntStream.range(0, n)
                                .boxed()
                                .filter(t -> !tired[t])
                                .sorted(byKey)
                                .toList());
        // A third day in a row only if the date needs more teams than are rested.
        order.addAll(IntStream.range(0, n).boxed().filter(t -> tired[t]).sorted(byKey).toList());
        return new ArrayList<>(order.subList(0, count));
    }
}
