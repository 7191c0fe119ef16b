package dev.preflight.demo;

import dev.preflight.demo.ExpectedDates.ExpectedDate;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Plans the outages of one table so it misses exactly a target number of expected dates, the way a
 * real pipeline loses data: a whole postseason, whole months, whole weeks, and only as many single
 * days as it takes to land on the target.
 *
 * <p>Blocks are tried largest kind first, in seeded random order; a block is taken when the
 * expected dates it newly removes still fit in what is left of the target.
 */
final class OutagePlanner {
    private OutagePlanner() {}

    enum Kind {
        PLAYOFFS,
        MONTH,
        WEEK,
        DAY
    }

    /** Every row dated {@code from} to {@code to} (inclusive) is lost, bootstrap days included. */
    record Outage(Kind kind, LocalDate from, LocalDate to) {
        boolean covers(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }

    record Plan(List<Outage> outages, SortedSet<LocalDate> missing) {
        static final Plan NONE = new Plan(List.of(), new TreeSet<>());
    }

    /**
     * @param kinds block kinds in the order to try them; at most one postseason is ever taken
     * @param base an outage plan this one extends (two tables losing data in the same incident)
     */
    static Plan plan(
            List<ExpectedDate> expected,
            int missingTarget,
            List<Kind> kinds,
            Plan base,
            Random rng) {
        List<Outage> outages = new ArrayList<>(base.outages());
        TreeSet<LocalDate> missing = new TreeSet<>(base.missing());
        for (Kind kind : kinds) {
            List<Outage> candidates = candidates(expected, kind);
            Collections.shuffle(candidates, rng);
            int taken = 0;
            for (Outage candidate : candidates) {
                if (kind == Kind.PLAYOFFS && taken == 1) {
                    break;
                }
                List<LocalDate> newly =
                        expected.stream()
                                .map(ExpectedDate::date)
                                .filter(d -> candidate.covers(d) && !missing.contains(d))
                                .toList();
                if (!newly.isEmpty() && missing.size() + newly.size() <= missingTarget) {
                    outages.add(candidate);
                    missing.addAll(newly);
                    taken++;
                }
            }
        }
        if (missing.size() != missingTarget) {
            throw new IllegalStateException(
                    "outage plan reached " + missing.size() + " of " + missingTarget + " dates");
        }
        outages.sort(java.util.Comparator.comparing(Outage::from));
        return new Plan(List.copyOf(outages), Collections.unmodifiableSortedSet(missing));
    }

    /** Candidate blocks in date order (so the shuffle alone decides, deterministically). */
    private static List<Outage> candidates(List<ExpectedDate> expected, Kind kind) {
        Map<Object, Outage> blocks = new TreeMap<>();
        for (ExpectedDate e : expected) {
            LocalDate d = e.date();
            switch (kind) {
                case PLAYOFFS -> {
                    if (e.postseason()) {
                        blocks.merge(
                                e.seasonYear(),
                                new Outage(kind, d, d),
                                (a, b) ->
                                        new Outage(
                                                kind,
                                                min(a.from(), b.from()),
                                                max(a.to(), b.to())));
                    }
                }
                case MONTH ->
                        blocks.putIfAbsent(
                                YearMonth.from(d),
                                new Outage(
                                        kind,
                                        d.withDayOfMonth(1),
                                        d.with(TemporalAdjusters.lastDayOfMonth())));
                case WEEK -> {
                    LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    blocks.putIfAbsent(monday, new Outage(kind, monday, monday.plusDays(6)));
                }
                case DAY -> blocks.putIfAbsent(d, new Outage(kind, d, d));
            }
        }
        return new ArrayList<>(blocks.values());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
