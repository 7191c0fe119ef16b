package dev.preflight.metric;

import org.apiguardian.api.API;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The metrics of one dataset and window as counts per date: what the scan returned, and all a check may read.
 */
@API(status = STABLE, since = "0.1")
public final class DatasetMetrics {

    /**
     * The one key of a dataset without a date column: its scan groups every row under this stand-in date. Its checks
     * never ask for dates, only for totals.
     */
    public static final LocalDate UNDATED = LocalDate.of(1, 1, 1);

    private final List<Metric> metrics;
    private final NavigableMap<LocalDate, long[]> perDate;

    /**
     * @param metrics the metrics, in column order
     * @param perDate for each date with rows, one count per metric in the same order
     */
    public DatasetMetrics(List<Metric> metrics, Map<LocalDate, long[]> perDate) {
        this.metrics = List.copyOf(metrics);
        TreeMap<LocalDate, long[]> copy = new TreeMap<>();
        perDate.forEach((date, counts) -> {
            if (counts.length != this.metrics.size()) {
                throw new IllegalArgumentException("expected " + this.metrics.size() + " counts for " + date + " but got " + counts.length);
            }
            copy.put(date, counts.clone());
        });
        this.perDate = Collections.unmodifiableNavigableMap(copy);
    }

    public List<Metric> metrics() {
        return metrics;
    }

    /** {@return the sum of the metric over every date} */
    public long total(Metric metric) {
        int index = indexOf(metric);
        long sum = 0;
        for (long[] counts : perDate.values()) {
            sum += counts[index];
        }
        return sum;
    }

    /** {@return the metric on one date, 0 where the dataset has no rows} */
    public long on(Metric metric, LocalDate date) {
        long[] counts = perDate.get(date);
        return counts == null ? 0 : counts[indexOf(metric)];
    }

    /** {@return the metric per date, for dates with rows} */
    public NavigableMap<LocalDate, Long> perDate(Metric metric) {
        int index = indexOf(metric);
        TreeMap<LocalDate, Long> out = new TreeMap<>();
        perDate.forEach((date, counts) -> out.put(date, counts[index]));
        return Collections.unmodifiableNavigableMap(out);
    }

    /** {@return the same counts without the given dates, e.g. waived ones; a date not present changes nothing} */
    public DatasetMetrics without(java.util.Collection<LocalDate> dates) {
        if (dates.isEmpty()) {
            return this;
        }
        Map<LocalDate, long[]> kept = new TreeMap<>(perDate);
        dates.forEach(kept::remove);
        return new DatasetMetrics(metrics, kept);
    }

    /** {@return whether the scan computed {@code metric}} */
    public boolean has(Metric metric) {
        return metrics.contains(metric);
    }

    /** {@return the dates on which the dataset has at least one row} */
    public NavigableSet<LocalDate> datesWithRows() {
        return Collections.unmodifiableNavigableSet(new TreeSet<>(perDate.navigableKeySet()));
    }

    private int indexOf(Metric metric) {
        int index = metrics.indexOf(metric);
        if (index < 0) {
            throw new IllegalArgumentException(metric.name() + " was not computed; declare it in the check's metrics()");
        }
        return index;
    }
}
