package dev.preflight.demo;

import java.time.LocalDate;

/** One row of {@code nba_raw.nbac_schedule}. */
record ScheduledGame(
        String gameId,
        LocalDate gameDate,
        int seasonYear,
        int gameStatus,
        boolean regularSeason,
        boolean playoffs,
        boolean allStar,
        String homeTeam,
        String awayTeam) {

    /** Game status 3 means final; every game in the demo has been played. */
    static final int FINAL = 3;

    /**
     * Regular-season and playoff games (play-in and NBA Cup group/knockout games included) are the
     * ones the analytics tables hold; preseason, All-Star events and the Cup final are not.
     */
    boolean producesStats() {
        return regularSeason || playoffs;
    }
}
