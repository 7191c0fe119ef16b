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
    /** Each metric's column: checks look their metrics up by value, and a scan may hold thousands. */
    private final Map<Metric, Integer> index;
    /** Racy but safe: every thread computes the same sums from immutable counts. */
    private volatile long[] totals;

    /**
     * @param metrics the metrics, in column order
     * @param perDate for each date with rows, one count per metric in the same order
     */
    public DatasetMetrics(List<Metric> metrics, Map<LocalDate, long[]> perDate) {
        this(List.copyOf(metrics), perDate, true);
    }

    private DatasetMetrics(List<Metric> metrics, Map<LocalDate, long[]> perDate, boolean copy) {
        this.metrics = metrics;
        TreeMap<LocalDate, long[]> sorted = new TreeMap<>();
        perDate.forEach((date, counts) -> {
            if (counts.length != metrics.size()) {
                throw new IllegalArgumentException("expected " + metrics.size() + " counts for " + date + " but got " + counts.length);
            }
            sorted.put(date, copy ? counts.clone() : counts);
        });
        this.perDate = Collections.unmodifiableNavigableMap(sorted);
        Map<Metric, Integer> columns = new java.util.HashMap<>(metrics.size() * 2);
        for (int i = 0; i < metrics.size(); i++) {
            columns.putIfAbsent(metrics.get(i), i);
        }
        this.index = columns;
    }

    private DatasetMetrics(List<Metric> metrics, NavigableMap<LocalDate, long[]> perDate, Map<Metric, Integer> index) {
        this.metrics = metrics;
        this.perDate = Collections.unmodifiableNavigableMap(perDate);
        this.index = index;
    }

    /**
     * {@return the metrics over counts that the caller hands over and never changes again}: a scan of thousands of
     * metrics over a thousand dates is megabytes of counts, not copied.
     */
    public static DatasetMetrics adopt(List<Metric> metrics, Map<LocalDate, long[]> perDate) {
        return new DatasetMetrics(List.copyOf(metrics), perDate, false);
    }

    public List<Metric> metrics() {
        return metrics;
    }

    /** {@return the sum of the metric over every date} */
    public long total(Metric metric) {
        return totals()[indexOf(metric)];
    }

    /** Every metric's total, summed once on first use: thousands of checks each ask for theirs. */
    private long[] totals() {
        long[] sums = totals;
        if (sums == null) {
            sums = new long[metrics.size()];
            for (long[] counts : perDate.values()) {
                for (int i = 0; i < sums.length; i++) {
                    sums[i] += counts[i];
                }
            }
            totals = sums;
        }
        return sums;
    }

    /** {@return the metric on one date, 0 where the dataset has no rows} */
    public long on(Metric metric, LocalDate date) {
        long[] counts = perDate.get(date);
        return counts == null ? 0 : counts[indexOf(metric)];
    }

    /** {@return every metric's count on one date, in metric order; zeros where the dataset has no rows} */
    public long[] countsOn(LocalDate date) {
        long[] counts = perDate.get(date);
        return counts == null ? new long[metrics.size()] : counts.clone();
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
        TreeMap<LocalDate, long[]> kept = new TreeMap<>(perDate);
        dates.forEach(kept::remove);
        return new DatasetMetrics(metrics, kept, index);
    }

    /** {@return whether the scan computed {@code metric}} */
    public boolean has(Metric metric) {
        return index.containsKey(metric);
    }

    /** {@return the dates on which the dataset has at least one row} */
    public NavigableSet<LocalDate> datesWithRows() {
        return Collections.unmodifiableNavigableSet(new TreeSet<>(perDate.navigableKeySet()));
    }

    private int indexOf(Metric metric) {
        Integer index = this.index.get(metric);
        if (index == null) {
            throw new IllegalArgumentException(metric.name() + " was not computed; declare it in the check's metrics()");
        }
        return index;
    }
}
