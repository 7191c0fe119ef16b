package dev.preflight.metric;

import org.apiguardian.api.API;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;

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
    /** Each metric's column: checks look their metrics up by value, and a scan may hold thousands. */
    private final Map<Metric, Integer> index;
    /** Racy but safe: every thread computes the same sums from values that never change. */
    private volatile long[] totals;

    /**
     * @param metrics the metrics, in column order
     * @param perDate for each date with rows, one count per metric in the same order
     */
    public DatasetMetrics(List<Metric> metrics, Map<LocalDate, long[]> perDate) {
        this(List.copyOf(metrics), widen(perDate, metrics.size()), indexOf(metrics));
    }

    /** Adopts {@code perDate} as it is: the public factories copy or build it, and nobody else holds it. */
    private DatasetMetrics(List<Metric> metrics, NavigableMap<LocalDate, double[]> perDate, Map<Metric, Integer> index) {
        this.metrics = metrics;
        this.perDate = Collections.unmodifiableNavigableMap(perDate);
        this.index = index;
    }

    /**
     * {@return the metrics of a scan over values that the caller hands over and never changes again}: a scan of
     * thousands of metrics over a thousand dates is megabytes of values, not copied. Counts are whole numbers; sums
     * ({@link Metric#isCount()} false) keep their fraction.
     *
     * @param perDate for each date with rows, one value per metric in the same order
     */
    public static DatasetMetrics adopt(List<Metric> metrics, Map<LocalDate, double[]> perDate) {
        List<Metric> columns = List.copyOf(metrics);
        return new DatasetMetrics(columns, checked(perDate instanceof TreeMap<LocalDate, double[]> sorted ? sorted : new TreeMap<>(perDate),
                columns.size()), indexOf(columns));
    }

    /**
     * {@return the metrics of a scan that has sums as well as counts}, copied
     *
     * @param perDate for each date with rows, one value per metric in the same order
     */
    public static DatasetMetrics ofValues(List<Metric> metrics, Map<LocalDate, double[]> perDate) {
        TreeMap<LocalDate, double[]> copy = new TreeMap<>();
        perDate.forEach((date, values) -> copy.put(date, values.clone()));
        return adopt(metrics, copy);
    }

    private static TreeMap<LocalDate, double[]> widen(Map<LocalDate, long[]> counts, int width) {
        TreeMap<LocalDate, double[]> values = new TreeMap<>();
        counts.forEach((date, c) -> values.put(date, java.util.Arrays.stream(c).asDoubleStream().toArray()));
        return checked(values, width);
    }

    private static TreeMap<LocalDate, double[]> checked(TreeMap<LocalDate, double[]> perDate, int width) {
        perDate.forEach((date, values) -> {
            if (values.length != width) {
                throw new IllegalArgumentException("expected " + width + " values for " + date + " but got " + values.length);
            }
        });
        return perDate;
    }

    private static Map<Metric, Integer> indexOf(List<Metric> metrics) {
        Map<Metric, Integer> columns = new java.util.HashMap<>(metrics.size() * 2);
        for (int i = 0; i < metrics.size(); i++) {
            columns.putIfAbsent(metrics.get(i), i);
        }
        return columns;
    }

    public List<Metric> metrics() {
        return metrics;
    }

    /** {@return the sum of the count over every date} */
    public long total(Metric metric) {
        return totals()[countIndexOf(metric)];
    }

    /** Every metric's total, summed once on first use: thousands of checks each ask for theirs. */
    private long[] totals() {
        long[] sums = totals;
        if (sums == null) {
            sums = new long[metrics.size()];
            for (double[] values : perDate.values()) {
                for (int i = 0; i < sums.length; i++) {
                    sums[i] += (long) values[i];
                }
            }
            totals = sums;
        }
        return sums;
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

    /** {@return the same metrics without the given dates, e.g. waived ones; a date not present changes nothing} */
    public DatasetMetrics without(java.util.Collection<LocalDate> dates) {
        if (dates.isEmpty()) {
            return this;
        }
        TreeMap<LocalDate, double[]> kept = new TreeMap<>(perDate);
        dates.forEach(kept::remove);
        return new DatasetMetrics(metrics, kept, index);
    }

    /** {@return whether the scan computed {@code metric}} */
    public boolean has(Metric metric) {
        return index.containsKey(metric);
    }

    /** {@return the dates on which the dataset has at least one row}: a view, as the metrics never change */
    public NavigableSet<LocalDate> datesWithRows() {
        return perDate.navigableKeySet();
    }

    private int countIndexOf(Metric metric) {
        int index = indexOf(metric);
        if (!metric.isCount()) {
            throw new IllegalArgumentException(metric.name() + " is a sum, not a count; read it with value()");
        }
        return index;
    }

    private int indexOf(Metric metric) {
        Integer index = this.index.get(metric);
        if (index == null) {
            throw new IllegalArgumentException(metric.name() + " was not computed; declare it in the check's metrics()");
        }
        return index;
    }
}
