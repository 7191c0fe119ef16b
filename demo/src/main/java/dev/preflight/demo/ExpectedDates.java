package dev.preflight.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The gate's notion of which dates a Phase 3 table must cover, computed from the in-memory schedule
 * so faults can be planned against it. {@link GroundTruthQueries} computes the same thing again in
 * SQL from the written file; the tests check that both agree.
 *
 * <p>Expected dates are the distinct dates in the window with a regular-season or playoff game,
 * minus each season's bootstrap fortnight (opener to opener + 13 days), where the opener is the
 * first such date of the season.
 */
final class ExpectedDates {
    private ExpectedDates() {}

    static final int BOOTSTRAP_DAYS = 14;

    /** An expected date, with what the outage planner needs to group it. */
    record ExpectedDate(LocalDate date, int seasonYear, boolean postseason) {}

    static List<ExpectedDate> of(
            List<ScheduledGame> schedule, LocalDate windowStart, LocalDate windowEnd) {
        Map<LocalDate, ExpectedDate> byDate = new TreeMap<>();
        Map<Integer, LocalDate> openers = new TreeMap<>();
        for (ScheduledGame game : schedule) {
            if (!game.producesStats()) {
                continue;
            }
            openers.merge(game.seasonYear(), game.gameDate(), (a, b) -> a.isBefore(b) ? a : b);
            ExpectedDate previous = byDate.get(game.gameDate());
            boolean postseason = game.playoffs() || (previous != null && previous.postseason());
            byDate.put(
                    game.gameDate(),
                    new ExpectedDate(game.gameDate(), game.seasonYear(), postseason));
        }
        TreeSet<LocalDate> bootstrap = new TreeSet<>();
        openers.values()
                .forEach(
                        opener ->
                                bootstrap.addAll(
                                        opener.datesUntil(opener.plusDays(BOOTSTRAP_DAYS))
                                                .toList()));
        return byDate.values().stream()
                .filter(d -> !d.date().isBefore(windowStart) && !d.date().isAfter(windowEnd))
                .filter(d -> !bootstrap.contains(d.date()))
                .toList();
    }
}
