package dev.preflight.calendar;

import dev.preflight.model.DateWindow;

import org.apiguardian.api.API;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.NavigableSet;
import java.util.SortedSet;
import java.util.TreeSet;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The dates on which data must exist, with each season's opener and its bootstrap period.
 *
 * @param dates every calendar date
 * @param seasonStarts each season's opener, ascending
 * @param bootstrapDays days 0 to {@code bootstrapDays - 1} after each opener are not expected
 * @param counts the calendar's per-date count (e.g. games), for the dates that have one; may be empty
 */
@API(status = STABLE, since = "0.1")
public record ExpectedCalendar(NavigableSet<LocalDate> dates, List<LocalDate> seasonStarts, int bootstrapDays,
                               Map<LocalDate, Long> counts) {

    public ExpectedCalendar {
        dates = Collections.unmodifiableNavigableSet(new TreeSet<>(dates));
        seasonStarts = List.copyOf(new TreeSet<>(seasonStarts));
        counts = counts == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(counts));
    }

    /** A calendar without per-date counts. */
    ExpectedCalendar(NavigableSet<LocalDate> dates, List<LocalDate> seasonStarts, int bootstrapDays) {
        this(dates, seasonStarts, bootstrapDays, Map.of());
    }

    /** {@return whether the calendar says how many units (games) each date has} */
    public boolean hasCounts() {
        return !counts.isEmpty();
    }

    /** {@return the calendar's count on {@code date}, 0 when it has none} */
    public long countOn(LocalDate date) {
        return counts.getOrDefault(date, 0L);
    }

    /** {@return true when the date falls in the first {@code bootstrapDays} days of a season} */
    public boolean isBootstrap(LocalDate date) {
        for (LocalDate opener : seasonStarts) {
            if (!date.isBefore(opener) && date.isBefore(opener.plusDays(bootstrapDays))) {
                return true;
            }
        }
        return false;
    }

    /** {@return the opener of the season {@code date} falls in: the latest season start on or before it, if any} */
    public Optional<LocalDate> openerOf(LocalDate date) {
        LocalDate found = null;
        for (LocalDate opener : seasonStarts) {
            if (opener.isAfter(date)) {
                break;
            }
            found = opener;
        }
        return Optional.ofNullable(found);
    }

    /** {@return what the window expects: calendar dates in it, split into expected and bootstrap} */
    public Expectation within(DateWindow window) {
        TreeSet<LocalDate> expected = new TreeSet<>();
        TreeSet<LocalDate> bootstrap = new TreeSet<>();
        for (LocalDate date : dates.subSet(window.start(), true, window.end(), true)) {
            (isBootstrap(date) ? bootstrap : expected).add(date);
        }
        return new Expectation(window, expected, bootstrap);
    }

    /**
     * The calendar seen through one window.
     *
     * @param expected dates that must have data
     * @param bootstrap calendar dates excluded because they fall in a season's bootstrap period
     */
    public record Expectation(DateWindow window, SortedSet<LocalDate> expected, SortedSet<LocalDate> bootstrap) {
        public Expectation {
            expected = Collections.unmodifiableSortedSet(new TreeSet<>(expected));
            bootstrap = Collections.unmodifiableSortedSet(new TreeSet<>(bootstrap));
        }
    }
}
