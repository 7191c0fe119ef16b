package dev.preflight.reports;

import org.apiguardian.api.API;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * What one calendar date means for one table, as coverage pictures colour it. Only calendar dates have a state:
 * days off are not drawn at all.
 */
@API(status = INTERNAL, since = "0.1")
public enum DayState {
    /** An expected date on which the table has rows. */
    PRESENT("present", "#2e7d32"),
    /** An expected date without rows: it counts against coverage. */
    MISSING("missing", "#c62828"),
    /** A missing date of a table whose shortfall only warns (a fallback or warn severity accepts it): pale, not blocking red. */
    ACCEPTED("missing, fallback accepted", "#f4a3a3"),
    /** A missing date that an approved waiver excuses: it does not count against coverage. */
    WAIVED("waived", "#f9a825"),
    /** A date in a season's first days, when data is not expected yet. */
    BOOTSTRAP("bootstrap", "#90a4ae"),
    /** An expected date with rows that an {@code anomaly} check found out of line with the dates before it. */
    ANOMALOUS("present, anomalous", "#6a1b9a");

    private final String label;
    private final String colour;

    DayState(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    /**
     * {@return the state of every calendar date of one table}
     *
     * @param expected the dates that must have data
     * @param bootstrap calendar dates in a season's first days
     * @param missing expected dates without rows
     * @param waived dates a waiver excuses (whether or not the check also lists them as missing)
     */
    public static Map<LocalDate, DayState> classify(Collection<LocalDate> expected, Collection<LocalDate> bootstrap,
                                                    Collection<LocalDate> missing, Collection<LocalDate> waived) {
        return classify(expected, bootstrap, missing, waived, false, List.of());
    }

    /** @param accepted whether the table's missing dates only warn, so they are {@link #ACCEPTED} rather than {@link #MISSING} */
    public static Map<LocalDate, DayState> classify(Collection<LocalDate> expected, Collection<LocalDate> bootstrap,
                                                    Collection<LocalDate> missing, Collection<LocalDate> waived, boolean accepted) {
        return classify(expected, bootstrap, missing, waived, accepted, List.of());
    }

    /** @param anomalous dates with rows that an anomaly check flagged; a present one is {@link #ANOMALOUS} */
    public static Map<LocalDate, DayState> classify(Collection<LocalDate> expected, Collection<LocalDate> bootstrap,
                                                    Collection<LocalDate> missing, Collection<LocalDate> waived, boolean accepted,
                                                    Collection<LocalDate> anomalous) {
        Set<LocalDate> odd = new HashSet<>(anomalous);
        Set<LocalDate> absent = new HashSet<>(missing);
        Set<LocalDate> excused = new HashSet<>(waived);
        Map<LocalDate, DayState> days = new TreeMap<>();
        bootstrap.forEach(date -> days.put(date, BOOTSTRAP));
        for (LocalDate date : expected) {
            days.put(date, excused.contains(date) ? WAIVED : absent.contains(date) ? (accepted ? ACCEPTED : MISSING)
                    : odd.contains(date) ? ANOMALOUS : PRESENT);
        }
        return days;
    }

    String label() {
        return label;
    }

    /** {@return the fill colour, chosen to stay distinct when printed in grey as well} */
    String colour() {
        return colour;
    }
}
