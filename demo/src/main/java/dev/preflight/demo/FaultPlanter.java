package dev.preflight.demo;

import dev.preflight.demo.ExpectedDates.ExpectedDate;
import dev.preflight.demo.FactTables.PlayerGame;
import dev.preflight.demo.OutagePlanner.Kind;
import dev.preflight.demo.OutagePlanner.Plan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Plants the faults the production pre-flight check found on 2026-01-05: three Phase 3 tables with
 * date gaps (91.5%, 52.6% and 58.5% of expected dates covered), usage rate null in 10.4% of player
 * lines, and a handful of duplicated player lines; and what only an anomaly check finds ({@link AnomalyPlanter}):
 * half-scraped dates and a week of usage_rate NULL drift.
 */
final class FaultPlanter {
    private FaultPlanter() {}

    static final double TEAM_DEFENSE_COVERAGE = 0.915;
    static final double UPCOMING_PLAYER_COVERAGE = 0.526;
    static final double UPCOMING_TEAM_COVERAGE = 0.585;
    static final double USAGE_RATE_NULL_SHARE = 0.104;
    static final int MIN_DUPLICATES = 5;
    static final int MAX_DUPLICATES = 20;

    /** What was planted, for tests that compare the plan with the written file. */
    record Faults(
            FactTables tables,
            Plan teamDefense,
            Plan upcomingPlayer,
            Plan upcomingTeam,
            int duplicates,
            AnomalyPlanter.Plan anomalies) {}

    static Faults plant(FactTables clean, List<ExpectedDate> expected, long seed) {
        // The defense processor lost one whole postseason plus a few weeks.
        Plan teamDefense =
                OutagePlanner.plan(
                        expected,
                        missing(expected, TEAM_DEFENSE_COVERAGE),
                        List.of(Kind.PLAYOFFS, Kind.WEEK, Kind.DAY),
                        Plan.NONE,
                        Seeds.stream(seed, "outages-team-defense"));
        // Both context processors were down together for months; the player one had more outages.
        Plan upcomingTeam =
                OutagePlanner.plan(
                        expected,
                        missing(expected, UPCOMING_TEAM_COVERAGE),
                        List.of(Kind.MONTH, Kind.WEEK, Kind.DAY),
                        Plan.NONE,
                        Seeds.stream(seed, "outages-upcoming-team"));
        Plan upcomingPlayer =
                OutagePlanner.plan(
                        expected,
                        missing(expected, UPCOMING_PLAYER_COVERAGE),
                        List.of(Kind.MONTH, Kind.WEEK, Kind.DAY),
                        upcomingTeam,
                        Seeds.stream(seed, "outages-upcoming-player"));

        // Half-scraped dates lose lines before the NULLs are planted, so the NULL share holds on what is written.
        AnomalyPlanter.Plan anomalies = AnomalyPlanter.plan(expected, clean.playerGames(), Seeds.stream(seed, "anomalies"));
        List<PlayerGame> players =
                UsageRateNulls.plant(
                        AnomalyPlanter.halfScrape(clean.playerGames(), anomalies, Seeds.stream(seed, "half-scraped")),
                        USAGE_RATE_NULL_SHARE,
                        anomalies.drift(),
                        Seeds.stream(seed, "usage-rate-nulls"));
        Random dupRng = Seeds.stream(seed, "duplicates");
        int duplicates = MIN_DUPLICATES + dupRng.nextInt(MAX_DUPLICATES - MIN_DUPLICATES + 1);
        players = withDuplicates(players, duplicates, dupRng);

        FactTables faulty =
                new FactTables(
                        players,
                        clean.teamOffense(),
                        drop(clean.teamDefense(), teamDefense, FactTables.TeamDefense::gameDate),
                        drop(
                                clean.upcomingPlayers(),
                                upcomingPlayer,
                                FactTables.UpcomingPlayer::gameDate),
                        drop(
                                clean.upcomingTeams(),
                                upcomingTeam,
                                FactTables.UpcomingTeam::gameDate));
        return new Faults(faulty, teamDefense, upcomingPlayer, upcomingTeam, duplicates, anomalies);
    }

    /** Missing dates that leave the coverage closest to the target. */
    private static int missing(List<ExpectedDate> expected, double coverage) {
        return expected.size() - (int) Math.round(expected.size() * coverage);
    }

    private static <T> List<T> drop(List<T> rows, Plan plan, Function<T, LocalDate> date) {
        Set<LocalDate> lost = new HashSet<>();
        plan.outages().forEach(o -> lost.addAll(o.from().datesUntil(o.to().plusDays(1)).toList()));
        return rows.stream().filter(r -> !lost.contains(date.apply(r))).toList();
    }

    /**
     * A re-run that appended instead of merging: exact copies of some lines, each written right
     * after its original.
     */
    private static List<PlayerGame> withDuplicates(List<PlayerGame> rows, int count, Random rng) {
        TreeSet<Integer> copies = new TreeSet<>();
        while (copies.size() < count) {
            copies.add(rng.nextInt(rows.size()));
        }
        List<PlayerGame> result = new ArrayList<>(rows.size() + count);
        for (int i = 0; i < rows.size(); i++) {
            result.add(rows.get(i));
            if (copies.contains(i)) {
                result.add(rows.get(i));
            }
        }
        return result;
    }
}
