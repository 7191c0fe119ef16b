package dev.preflight.demo;

import dev.preflight.demo.FactTables.PlayerGame;
import dev.preflight.demo.FactTables.TeamDefense;
import dev.preflight.demo.FactTables.TeamOffense;
import dev.preflight.demo.Rosters.Spot;
import dev.preflight.demo.Rosters.TeamSeason;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Box scores for every regular-season and playoff game: about 13 player lines per team, and the
 * team offense and defense rows derived from those lines, so points scored is the sum of the
 * players' points and a team's defensive rating is its opponent's offensive rating.
 */
final class BoxScoreGenerator {
    private BoxScoreGenerator() {}

    record BoxScores(
            List<PlayerGame> players, List<TeamOffense> offense, List<TeamDefense> defense) {}

    /** One team's side of a game while it is being generated. */
    private record Side(
            String team,
            List<PlayerGame> lines,
            int fieldGoalsMade,
            int fieldGoalAttempts,
            int points) {}

    private static final double REGULATION_MINUTES = 240;
    private static final double OVERTIME_MINUTES = 265;

    /** Field-goal attempts per minute per usage point, tuned to about 88 attempts a team. */
    private static final double ATTEMPTS_PER_USAGE_MINUTE = 0.0183;

    private static final double LEAGUE_USAGE = 20.0;

    static BoxScores generate(List<ScheduledGame> schedule, Rosters rosters, long seed) {
        Random rng = Seeds.stream(seed, "box-scores");
        List<PlayerGame> players = new ArrayList<>();
        List<TeamOffense> offense = new ArrayList<>();
        List<TeamDefense> defense = new ArrayList<>();
        for (ScheduledGame game : schedule) {
            if (!game.producesStats()) {
                continue;
            }
            TeamSeason home = rosters.team(game.seasonYear(), game.homeTeam());
            TeamSeason away = rosters.team(game.seasonYear(), game.awayTeam());
            double pace =
                    Draws.round1(Draws.normal(rng, (home.pace() + away.pace()) / 2, 2.5, 88, 112));
            double minutes = rng.nextDouble() < 0.06 ? OVERTIME_MINUTES : REGULATION_MINUTES;
            Side h = side(game, game.homeTeam(), home, minutes, 0.01, rng);
            Side a = side(game, game.awayTeam(), away, minutes, 0.0, rng);
            if (h.points() == a.points()) {
                // There are no ties in basketball: a late free throw decides it.
                if (rng.nextBoolean()) {
                    h = withFreeThrow(h, rng);
                } else {
                    a = withFreeThrow(a, rng);
                }
            }
            for (Side[] pair : new Side[][] {{h, a}, {a, h}}) {
                Side us = pair[0];
                Side them = pair[1];
                players.addAll(us.lines());
                offense.add(
                        new TeamOffense(
                                game.gameId(),
                                us.team(),
                                game.gameDate(),
                                pace,
                                rating(us, pace),
                                us.points()));
                defense.add(
                        new TeamDefense(
                                game.gameId(),
                                us.team(),
                                them.team(),
                                game.gameDate(),
                                rating(them, pace),
                                Draws.round3(
                                        (double) them.fieldGoalsMade()
                                                / Math.max(1, them.fieldGoalAttempts())),
                                Draws.count(rng, 14)));
            }
        }
        return new BoxScores(players, offense, defense);
    }

    private static Side withFreeThrow(Side side, Random rng) {
        List<PlayerGame> lines = new ArrayList<>(side.lines());
        int i = rng.nextInt(Math.min(5, lines.size()));
        PlayerGame p = lines.get(i);
        lines.set(
                i,
                new PlayerGame(
                        p.gameId(),
                        p.playerLookup(),
                        p.teamAbbr(),
                        p.gameDate(),
                        p.minutesPlayed(),
                        p.usageRate(),
                        p.points() + 1,
                        p.rebounds(),
                        p.assists(),
                        p.fgAttempts(),
                        p.threePtAttempts(),
                        p.paintAttempts()));
        return new Side(
                side.team(),
                lines,
                side.fieldGoalsMade(),
                side.fieldGoalAttempts(),
                side.points() + 1);
    }

    /** Points per 100 possessions. */
    private static double rating(Side side, double pace) {
        return Draws.round1(side.points() * 100.0 / pace);
    }

    private static Side side(
            ScheduledGame game,
            String abbr,
            TeamSeason team,
            double teamMinutes,
            double homeEdge,
            Random rng) {
        List<Spot> active = active(team.roster(), rng);
        double[] raw = new double[active.size()];
        double[] rawUsage = new double[active.size()];
        double rawTotal = 0;
        double usageMinutes = 0;
        for (int i = 0; i < raw.length; i++) {
            raw[i] = Math.max(0.5, active.get(i).minutes() * (1 + rng.nextGaussian() * 0.18));
            rawUsage[i] = Draws.normal(rng, active.get(i).usage(), 3.5, 5, 45);
            rawTotal += raw[i];
            usageMinutes += raw[i] * rawUsage[i];
        }
        // Usage is a share of the team's possessions, so weighted by minutes it averages 20%.
        double usageScale = LEAGUE_USAGE * rawTotal / usageMinutes;
        // Better teams shoot a little better; home teams a little better still.
        double edge = (team.strength() - 0.55) * 0.10 + homeEdge;
        List<PlayerGame> lines = new ArrayList<>(active.size());
        int made = 0;
        int attempts = 0;
        int points = 0;
        for (int i = 0; i < raw.length; i++) {
            Spot spot = active.get(i);
            double minutes = Draws.round1(raw[i] * teamMinutes / rawTotal);
            double usage = Draws.round1(Draws.clamp(rawUsage[i] * usageScale, 5, 45));
            int fga = Draws.count(rng, minutes * usage * ATTEMPTS_PER_USAGE_MINUTE);
            int threes = Draws.binomial(rng, fga, spot.threeShare());
            int paint = Draws.binomial(rng, fga - threes, spot.paintShare());
            int threesMade = Draws.binomial(rng, threes, 0.36 + edge);
            int twosMade =
                    Draws.binomial(rng, paint, 0.60 + edge)
                            + Draws.binomial(rng, fga - threes - paint, 0.42 + edge);
            int freeThrows =
                    Draws.binomial(rng, Draws.count(rng, fga * 0.22 + (usage > 25 ? 2 : 0)), 0.78);
            int pts = 3 * threesMade + 2 * twosMade + freeThrows;
            int rebounds = Draws.count(rng, minutes * spot.reboundsPerMinute());
            int assists = Draws.count(rng, minutes * spot.assistsPerMinute() * usage / 20);
            lines.add(
                    new PlayerGame(
                            game.gameId(),
                            spot.lookup(),
                            abbr,
                            game.gameDate(),
                            minutes,
                            usage,
                            pts,
                            rebounds,
                            assists,
                            fga,
                            threes,
                            paint));
            made += threesMade + twosMade;
            attempts += fga;
            points += pts;
        }
        return new Side(abbr, lines, made, attempts, points);
    }

    /** One to three players sit out, mostly from the end of the bench. */
    private static List<Spot> active(List<Spot> roster, Random rng) {
        int inactive = 1 + rng.nextInt(3);
        Set<Integer> out = new HashSet<>();
        while (out.size() < inactive) {
            out.add(
                    rng.nextDouble() < 0.6
                            ? roster.size() - 4 + rng.nextInt(4)
                            : rng.nextInt(roster.size()));
        }
        List<Spot> active = new ArrayList<>();
        for (int slot = 0; slot < roster.size(); slot++) {
            if (!out.contains(slot)) {
                active.add(roster.get(slot));
            }
        }
        return active;
    }
}
