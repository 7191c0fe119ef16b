package dev.preflight.demo;

import dev.preflight.demo.FactTables.PlayerGame;
import dev.preflight.demo.FactTables.UpcomingPlayer;
import dev.preflight.demo.FactTables.UpcomingTeam;
import dev.preflight.demo.Rosters.Spot;
import dev.preflight.demo.Rosters.TeamSeason;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The pre-game context tables: what was known before tip-off. Lines come from team strength and
 * from a player's earlier games that season, never from the game's own result.
 */
final class ContextGenerator {
    private ContextGenerator() {}

    record Context(List<UpcomingPlayer> players, List<UpcomingTeam> teams) {}

    /** Points per field-goal attempt including free throws, for players without a track record. */
    private static final double POINTS_PER_ATTEMPT = 1.25;

    /**
     * @param playerGames the box-score lines in schedule order; a player's context row exists for
     *     every game he has a line in
     */
    static Context generate(
            List<ScheduledGame> schedule,
            List<PlayerGame> playerGames,
            Rosters rosters,
            long seed) {
        Random rng = Seeds.stream(seed, "context");
        Map<String, ScheduledGame> games = new HashMap<>();
        Map<String, Integer> daysRest = new HashMap<>();
        Map<String, LocalDate> lastGame = new HashMap<>();
        List<UpcomingTeam> teams = new ArrayList<>();
        for (ScheduledGame game : schedule) {
            if (!game.producesStats()) {
                continue;
            }
            games.put(game.gameId(), game);
            for (String team : List.of(game.homeTeam(), game.awayTeam())) {
                LocalDate previous = lastGame.put(game.seasonYear() + "/" + team, game.gameDate());
                // Days off between games: 0 on the second night of a back-to-back; unknown on
                // opening night.
                daysRest.put(
                        game.gameId() + "/" + team,
                        previous == null
                                ? null
                                : (int) ChronoUnit.DAYS.between(previous, game.gameDate()) - 1);
            }
            teams.addAll(teamLines(game, rosters, rng));
        }

        Map<String, Spot> spots = new HashMap<>();
        Map<String, double[]> pointsSoFar = new HashMap<>();
        List<UpcomingPlayer> players = new ArrayList<>(playerGames.size());
        for (PlayerGame line : playerGames) {
            ScheduledGame game = games.get(line.gameId());
            String seasonPlayer = game.seasonYear() + "/" + line.playerLookup();
            Spot spot =
                    spots.computeIfAbsent(
                            game.seasonYear() + "/" + line.teamAbbr() + "/" + line.playerLookup(),
                            k ->
                                    find(
                                            rosters.team(game.seasonYear(), line.teamAbbr()),
                                            line.playerLookup()));
            double[] sumAndCount = pointsSoFar.computeIfAbsent(seasonPlayer, k -> new double[2]);
            boolean hasLine = rng.nextDouble() < propLineChance(spot.slot());
            Double pointsLine = null;
            if (hasLine) {
                double expected =
                        sumAndCount[1] >= 3
                                ? sumAndCount[0] / sumAndCount[1]
                                : spot.minutes() * spot.usage() * 0.0183 * POINTS_PER_ATTEMPT;
                // Player props are quoted on the half point so there is no push.
                pointsLine = Math.floor(Math.max(0.5, expected + rng.nextGaussian())) + 0.5;
            }
            players.add(
                    new UpcomingPlayer(
                            line.gameDate(),
                            line.playerLookup(),
                            line.teamAbbr(),
                            line.gameId(),
                            hasLine,
                            pointsLine,
                            daysRest.get(line.gameId() + "/" + line.teamAbbr())));
            sumAndCount[0] += line.points();
            sumAndCount[1]++;
        }
        return new Context(players, teams);
    }

    /** Books post points props for starters and the first men off the bench. */
    private static double propLineChance(int slot) {
        return slot <= 6 ? 0.92 : slot <= 8 ? 0.40 : 0.03;
    }

    private static List<UpcomingTeam> teamLines(ScheduledGame game, Rosters rosters, Random rng) {
        TeamSeason home = rosters.team(game.seasonYear(), game.homeTeam());
        TeamSeason away = rosters.team(game.seasonYear(), game.awayTeam());
        double homeMargin =
                (home.strength() - away.strength()) * 30 + 2.5 + rng.nextGaussian() * 1.5;
        double homeSpread = Draws.roundHalf(-homeMargin) + 0.0;
        double total = Draws.roundHalf((home.pace() + away.pace()) * 1.13 + rng.nextGaussian() * 4);
        return List.of(
                new UpcomingTeam(
                        game.gameDate(), game.homeTeam(), game.gameId(), homeSpread, total),
                new UpcomingTeam(
                        game.gameDate(), game.awayTeam(), game.gameId(), -homeSpread + 0.0, total));
    }

    private static Spot find(TeamSeason team, String lookup) {
        return team.roster().stream()
                .filter(s -> s.lookup().equals(lookup))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(lookup + " is not on the roster"));
    }
}
