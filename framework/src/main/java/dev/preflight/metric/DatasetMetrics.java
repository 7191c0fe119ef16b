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
 * The metrics of one dataset and window as values per date: what the scan returned, and all a check may read. Counts
 * are read as longs ({@link #on}, {@link #total}); sums ({@link Metric#isCount()} false) as doubles ({@link #value}).
 * Values are kept as doubles, which hold every count below 2^53 exactly.
 */
@API(status = STABLE, since = "0.1")
public final class DatasetMetrics {

    /**
     * The one key of a dataset without a date column: its scan groups every row under this stand-in date. Its checks
     * never ask for dates, only for totals.
     */
    public static final LocalDate UNDATED = LocalDate.of(1, 1, 1);

    private final List<Metric> metrics;
    private final NavigableMap<LocalDate, double[]> perDate;

    /**
     * @param metrics the metrics, in column order
     * @param perDate for each date with rows, one count per metric in the same order
     */
    public DatasetMetrics(List<Metric> metrics, Map<LocalDate, long[]> perDate) {
        this(widen(perDate), metrics);
    }

    /** Values first: both maps erase to {@code Map}, so the order of the parameters tells the constructors apart. */
    private DatasetMetrics(Map<LocalDate, double[]> perDate, List<Metric> metrics) {
        this.metrics = List.copyOf(metrics);
        TreeMap<LocalDate, double[]> copy = new TreeMap<>();
        perDate.forEach((date, values) -> {
            if (values.length != this.metrics.size()) {
                throw new IllegalArgumentException("expected " + this.metrics.size() + " values for " + date + " but got " + values.length);
            }
            copy.put(date, values.clone());
        });
        this.perDate = Collections.unmodifiableNavigableMap(copy);
    }

    /**
     * {@return the metrics of a scan that has sums as well as counts}
     *
     * @param perDate for each date with rows, one value per metric in the same order
     */
    public static DatasetMetrics ofValues(List<Metric> metrics, Map<LocalDate, double[]> perDate) {
        return new DatasetMetrics(perDate, metrics);
    }

    private static Map<LocalDate, double[]> widen(Map<LocalDate, long[]> counts) {
        Map<LocalDate, double[]> values = new TreeMap<>();
        counts.forEach((date, c) -> values.put(date, java.util.Arrays.stream(c).asDoubleStream().toArray()));
        return values;
    }

    public List<Metric> metrics() {
        return metrics;
    }

    /** {@return the sum of the metric over every date} */
    public long total(Metric metric) {
        int index = countIndexOf(metric);
        long sum = 0;
        for (double[] values : perDate.values()) {
            sum += (long) values[index];
        }
        return sum;
    }

    /** {@return the count on one date, 0 where the dataset has no rows} */
    public long on(Metric metric, LocalDate date) {
        double[] values = perDate.get(date);
        int index = countIndexOf(metric);
        return values == null ? 0 : (long) values[index];
    }

    /** {@return the metric's value on one date, a count or a sum; 0 where the dataset has no rows} */
    public double value(Metric metric, LocalDate date) {
        double[] values = perDate.get(date);
        int index = indexOf(metric);
        return values == null ? 0 : values[index];
    }

    /** {@return the count per date, for dates with rows} */
    public NavigableMap<LocalDate, Long> perDate(Metric metric) {
        int index = countIndexOf(metric);
        TreeMap<LocalDate, Long> out = new TreeMap<>();
        perDate.forEach((date, values) -> out.put(date, (long) values[index]));
        return Collections.unmodifiableNavigableMap(out);
    }

    /** {@return the same counts without the given dates, e.g. waived ones; a date not present changes nothing} */
    public DatasetMetrics without(java.util.Collection<LocalDate> dates) {
        if (dates.isEmpty()) {
            return this;
        }
        Map<LocalDate, double[]> kept = new TreeMap<>(perDate);
        dates.forEach(kept::remove);
        return new DatasetMetrics(kept, metrics);
    }

    /** {@return whether the scan computed {@code metric}} */
    public boolean has(Metric metric) {
        return metrics.contains(metric);
    }

    /** {@return the dates on which the dataset has at least one row} */
    public NavigableSet<LocalDate> datesWithRows() {
        return Collections.unmodifiableNavigableSet(new TreeSet<>(perDate.navigableKeySet()));
    }

    private int countIndexOf(Metric metric) {
        int index = indexOf(metric);
        if (!metric.isCount()) {
            throw new IllegalArgumentException(metric.name() + " is a sum, not a count; read it with value()");
        }
        return index;
    }

    private int indexOf(Metric metric) {
        int index = metrics.indexOf(metric);
        if (index < 0) {
            throw new IllegalArgumentException(metric.name() + " was not computed; declare it in the check's metrics()");
        }
        return index;
    }
}
