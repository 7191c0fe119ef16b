package dev.preflight.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Play-in and a four-round playoff bracket on a season's real postseason dates, with game ids in
 * the league's format ({@code 004yy00RSG}: round, series, game; play-in {@code 005yy00...}). Like
 * the real 2024-25 schedule, these games are flagged both regular season and playoffs.
 */
final class PostseasonScheduler {
    private PostseasonScheduler() {}

    private static final int PLAY_IN_DATES = 3;
    private static final int MAX_SERIES_GAMES = 7;

    /** Home court in games 1, 2, 5 and 7 belongs to the higher seed (index = game number). */
    private static final boolean[] HIGH_SEED_HOME = {
        false, true, true, false, false, true, false, true
    };

    /** A team with its conference seed; a lower number is the better seed. */
    private record Seeded(String team, int seed) {}

    private static final class Series {
        final int round;
        final int index;
        final Seeded high;
        final Seeded low;
        int games;
        LocalDate lastPlayed;

        Series(int round, int index, Seeded a, Seeded b) {
            this.round = round;
            this.index = index;
            this.high = a.seed() <= b.seed() ? a : b;
            this.low = high == a ? b : a;
        }
    }

    static List<ScheduledGame> schedule(SeasonCalendar season, Random rng) {
        List<LocalDate> dates = season.postseasonDates();
        if (dates.size() < PLAY_IN_DATES + 4) {
            throw new IllegalStateException("too few postseason dates in " + season.seasonYear());
        }
        String yy = String.format("%02d", season.seasonYear() % 100);
        List<ScheduledGame> games = new ArrayList<>();
        List<Seeded> east = playIn(season, conference(Teams.EAST, rng), 0, dates, yy, rng, games);
        List<Seeded> west = playIn(season, conference(Teams.WEST, rng), 2, dates, yy, rng, games);

        List<LocalDate> playoffDates = dates.subList(PLAY_IN_DATES, dates.size());
        int finalsStart = playoffDates.indexOf(season.finalsStart());
        if (finalsStart < 4) {
            throw new IllegalStateException(
                    "the Finals of " + season.seasonYear() + " do not start on a playoff date");
        }
        int firstRound = (int) Math.round(finalsStart * 0.38);
        int secondRound = (int) Math.round(finalsStart * 0.35);
        List<List<LocalDate>> roundDates =
                List.of(
                        playoffDates.subList(0, firstRound),
                        playoffDates.subList(firstRound, firstRound + secondRound),
                        playoffDates.subList(firstRound + secondRound, finalsStart),
                        playoffDates.subList(finalsStart, playoffDates.size()));
        int[] maxGamesPerDate = {4, 2, 1, 1};

        List<Series> series = new ArrayList<>();
        // First round 1v8, 4v5, 3v6, 2v7 in each conference: East series 0-3, West 4-7.
        int[][] pairs = {{1, 8}, {4, 5}, {3, 6}, {2, 7}};
        for (List<Seeded> conf : List.of(east, west)) {
            for (int[] p : pairs) {
                series.add(new Series(1, series.size(), conf.get(p[0] - 1), conf.get(p[1] - 1)));
            }
        }
        for (int round = 1; round <= 4; round++) {
            play(
                    season,
                    series,
                    roundDates.get(round - 1),
                    maxGamesPerDate[round - 1],
                    yy,
                    rng,
                    games);
            List<Seeded> winners =
                    series.stream().map(s -> rng.nextDouble() < 0.65 ? s.high : s.low).toList();
            List<Series> next = new ArrayList<>();
            for (int i = 0; i + 1 < winners.size(); i += 2) {
                next.add(new Series(round + 1, next.size(), winners.get(i), winners.get(i + 1)));
            }
            series = next;
        }
        return games;
    }

    /** Ten teams of a conference in seed order; 1-6 are in, 7-10 go to the play-in. */
    private static List<Seeded> conference(List<String> teams, Random rng) {
        List<String> shuffled = new ArrayList<>(teams);
        java.util.Collections.shuffle(shuffled, rng);
        List<Seeded> seeded = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            seeded.add(new Seeded(shuffled.get(i), i + 1));
        }
        return seeded;
    }

    /**
     * Day 1: 7 v 8; day 2: 9 v 10; day 3: loser of 7 v 8 against winner of 9 v 10. Series digit 0
     * is the East, 2 the West, as in the real ids (0052400101, 0052400121, 0052400201, ...).
     * Returns the conference's eight playoff seeds.
     */
    private static List<Seeded> playIn(
            SeasonCalendar season,
            List<Seeded> conf,
            int seriesDigit,
            List<LocalDate> dates,
            String yy,
            Random rng,
            List<ScheduledGame> games) {
        Seeded s7 = conf.get(6);
        Seeded s8 = conf.get(7);
        Seeded s9 = conf.get(8);
        Seeded s10 = conf.get(9);
        games.add(playInGame(season, dates.get(0), yy, 1, seriesDigit, s7, s8));
        games.add(playInGame(season, dates.get(1), yy, 1, seriesDigit + 1, s9, s10));
        boolean sevenWins = rng.nextDouble() < 0.55;
        Seeded winner78 = sevenWins ? s7 : s8;
        Seeded loser78 = sevenWins ? s8 : s7;
        Seeded winner910 = rng.nextDouble() < 0.55 ? s9 : s10;
        games.add(playInGame(season, dates.get(2), yy, 2, seriesDigit / 2, loser78, winner910));
        Seeded eighth = rng.nextDouble() < 0.55 ? loser78 : winner910;
        List<Seeded> seeds = new ArrayList<>(conf.subList(0, 6));
        seeds.add(new Seeded(winner78.team(), 7));
        seeds.add(new Seeded(eighth.team(), 8));
        return seeds;
    }

    private static ScheduledGame playInGame(
            SeasonCalendar season,
            LocalDate date,
            String yy,
            int round,
            int seriesDigit,
            Seeded a,
            Seeded b) {
        Seeded high = a.seed() <= b.seed() ? a : b;
        Seeded low = high == a ? b : a;
        return new ScheduledGame(
                "005" + yy + "00" + round + seriesDigit + "1",
                date,
                season.seasonYear(),
                ScheduledGame.FINAL,
                true,
                true,
                false,
                high.team(),
                low.team());
    }

    /**
     * Spreads a round's games over its dates: every date gets at least one game, series with the
     * fewest games (and not played the day before) go first, and no series passes seven games.
     */
    private static void play(
            SeasonCalendar season,
            List<Series> series,
            List<LocalDate> dates,
            int maxPerDate,
            String yy,
            Random rng,
            List<ScheduledGame> games) {
        for (int d = 0; d < dates.size(); d++) {
            LocalDate date = dates.get(d);
            int capacity = series.stream().mapToInt(s -> MAX_SERIES_GAMES - s.games).sum();
            int datesAfter = dates.size() - d - 1;
            int wanted = 1 + rng.nextInt(maxPerDate);
            if (maxPerDate >= 4) {
                wanted = Math.max(2, wanted);
            }
            int k = Math.min(wanted, capacity - datesAfter);
            List<Series> open = series.stream().filter(s -> s.games < MAX_SERIES_GAMES).toList();
            k = Math.min(k, open.size());
            if (k < 1) {
                throw new IllegalStateException(
                        "postseason dates of " + season.seasonYear() + " do not fit the bracket");
            }
            double[] noise = open.stream().mapToDouble(s -> rng.nextDouble() * 0.1).toArray();
            List<Integer> order =
                    new ArrayList<>(
                            java.util.stream.IntStream.range(0, open.size()).boxed().toList());
            order.sort(
                    Comparator.comparingDouble(
                            i ->
                                    open.get(i).games
                                            + (date.minusDays(1).equals(open.get(i).lastPlayed)
                                                    ? 0.5
                                                    : 0)
                                            + noise[i]));
            for (int i : order.subList(0, k)) {
                Series s = open.get(i);
                s.games++;
                s.lastPlayed = date;
                boolean highHome = HIGH_SEED_HOME[s.games];
                games.add(
                        new ScheduledGame(
                                "004" + yy + "00" + s.round + s.index + s.games,
                                date,
                                season.seasonYear(),
                                ScheduledGame.FINAL,
                                true,
                                true,
                                false,
                                highHome ? s.high.team() : s.low.team(),
                                highHome ? s.low.team() : s.high.team()));
            }
        }
    }
}
