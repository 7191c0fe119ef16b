package dev.preflight.demo;

import java.time.LocalDate;
import java.util.List;

/** The rows of the five {@code nba_analytics} tables, in memory until they are written. */
record FactTables(
        List<PlayerGame> playerGames,
        List<TeamOffense> teamOffense,
        List<TeamDefense> teamDefense,
        List<UpcomingPlayer> upcomingPlayers,
        List<UpcomingTeam> upcomingTeams) {

    /** {@code player_game_summary}; usage rate is nullable because production has nulls. */
    record PlayerGame(
            String gameId,
            String playerLookup,
            String teamAbbr,
            LocalDate gameDate,
            double minutesPlayed,
            Double usageRate,
            int points,
            int rebounds,
            int assists,
            int fgAttempts,
            int threePtAttempts,
            int paintAttempts) {
        PlayerGame withoutUsageRate() {
            return new PlayerGame(
                    gameId,
                    playerLookup,
                    teamAbbr,
                    gameDate,
                    minutesPlayed,
                    null,
                    points,
                    rebounds,
                    assists,
                    fgAttempts,
                    threePtAttempts,
                    paintAttempts);
        }
    }

    /** {@code team_offense_game_summary}. */
    record TeamOffense(
            String gameId,
            String teamAbbr,
            LocalDate gameDate,
            double pace,
            double offensiveRating,
            int pointsScored) {}

    /** {@code team_defense_game_summary}. */
    record TeamDefense(
            String gameId,
            String defendingTeamAbbr,
            String opponentTeamAbbr,
            LocalDate gameDate,
            double defensiveRating,
            double opponentFgPct,
            int turnoversForced) {}

    /**
     * {@code upcoming_player_game_context}; the points line is null when there is no prop line,
     * days rest is null before a team's first game of a season.
     */
    record UpcomingPlayer(
            LocalDate gameDate,
            String playerLookup,
            String teamAbbr,
            String gameId,
            boolean hasPropLine,
            Double pointsLine,
            Integer daysRest) {}

    /**
     * {@code upcoming_team_game_context}; the spread is from this team's side (negative =
     * favourite).
     */
    record UpcomingTeam(
            LocalDate gameDate,
            String teamAbbr,
            String gameId,
            double gameSpread,
            double gameTotal) {}
}
