package dev.preflight.calendar;

import org.apiguardian.api.API;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Compacts dates into runs. A run is contiguous in the expected calendar, not in the civil calendar, so a missing
 * week of game dates with off days between them is one range, and one backfill command.
 */
@API(status = STABLE, since = "0.1")
public final class DateRanges {

    private DateRanges() {
    }

    /** A run of missing dates: the first, the last, and how many expected dates it holds. */
    public record Range(LocalDate first, LocalDate last, int count) {
        @Override
        public String toString() {
            return first.equals(last) ? first.toString() : first + ".." + last + " (" + count + ")";
        }
    }

    /**
     * @param dates the dates to compact (a subset of {@code calendar})
     * @param calendar the ordered calendar that defines adjacency
     */
    public static List<Range> compact(Collection<LocalDate> dates, SortedSet<LocalDate> calendar) {
        TreeSet<LocalDate> wanted = new TreeSet<>(dates);
        List<Range> ranges = new ArrayList<>();
        LocalDate first = null;
        LocalDate last = null;
        int count = 0;
        for (LocalDate date : calendar) {
            if (wanted.remove(date)) {
                if (first == null) {
                    first = date;
                }
                last = date;
                count++;
            } else if (first != null) {
                ranges.add(new Range(first, last, count));
                first = null;
                count = 0;
            }
        }
        if (first != null) {
            ranges.add(new Range(first, last, count));
        }
        // Dates outside the calendar still deserve to be listed, one by one.
        for (LocalDate stray : wanted) {
            ranges.add(new Range(stray, stray, 1));
        }
        ranges.sort(java.util.Comparator.comparing(Range::first));
        return List.copyOf(ranges);
    }

    /** {@return the ranges joined for one line of text; at most {@code limit} ranges, then "…"} */
    public static String describe(List<Range> ranges, int limit) {
        String shown = ranges.stream().limit(limit).map(Range::toString).collect(Collectors.joining(", "));
        return ranges.size() > limit ? shown + ", … (" + (ranges.size() - limit) + " more ranges)" : shown;
    }
}
