package dev.preflight.metric;

import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A count, or a sum, that the warehouse computes per date of a dataset's window, in the dataset's one scan.
 * Metrics are counts and sums, never ratios or means, so that per-date values can be summed over any sub-window
 * (Deequ's states): a mean is a {@link ValueSum} over the count of non-NULL values. Equal metrics are computed once,
 * however many checks ask for them.
 */
@API(status = STABLE, since = "0.1")
public sealed interface Metric permits Metric.RowCount, Metric.NullCount, Metric.DuplicateRows, Metric.CountIf,
        Metric.RepeatedKeyRows, Metric.ValueSum {

    /** {@return the columns the metric reads, for projection and diagnostics} */
    List<String> columns();

    /** {@return a short name for reports, e.g. {@code null_count(usage_rate)}} */
    String name();

    /**
     * {@return whether the value is a whole count}: read with {@link DatasetMetrics#on}; a sum is read with
     * {@link DatasetMetrics#value}
     */
    default boolean isCount() {
        return true;
    }

    /** Rows on the date. */
    record RowCount() implements Metric {
        @Override
        public List<String> columns() {
            return List.of();
        }

        @Override
        public String name() {
            return "row_count";
        }
    }

    /** Rows on the date whose {@code column} is NULL. */
    record NullCount(String column) implements Metric {
        @Override
        public List<String> columns() {
            return List.of(column);
        }

        @Override
        public String name() {
            return "null_count(" + column + ")";
        }
    }

    /**
     * Rows that repeat a key within the window (a key present three times counts two), counted on the date the key
     * first appears. Which rows with NULLs in the key take part is {@code nullKeys}' choice.
     */
    record DuplicateRows(List<String> keys, NullKeys nullKeys) implements Metric {
        public DuplicateRows {
            keys = List.copyOf(keys);
            java.util.Objects.requireNonNull(nullKeys, "nullKeys must not be null");
        }

        /** Rows with a NULL in any key column are never duplicates, as in SQL's UNIQUE. */
        public DuplicateRows(List<String> keys) {
            this(keys, NullKeys.IGNORE_ANY);
        }

        @Override
        public List<String> columns() {
            return keys;
        }

        @Override
        public String name() {
            return "duplicate_rows(" + String.join(", ", keys) + ")" + (nullKeys == NullKeys.IGNORE_ANY ? "" : "[nulls " + nullKeys.key() + "]");
        }
    }

    /**
     * Rows on the date where {@code predicate} holds: a conditional count in the same scan, so a check with its own
     * row filter, a range or a set still costs no statement of its own.
     */
    record CountIf(Predicate predicate) implements Metric {
        public CountIf {
            java.util.Objects.requireNonNull(predicate, "predicate must not be null");
        }

        @Override
        public List<String> columns() {
            return predicate.columns();
        }

        @Override
        public String name() {
            return "count_if(" + predicate + ")";
        }
    }

    /**
     * Rows on the date whose key occurs more than once in the window, every copy counted (a key present three times
     * counts three): the rows that are not unique, as Great Expectations' uniqueness counts them. Rows with a NULL in
     * any key column never count.
     */
    record RepeatedKeyRows(List<String> keys, NullKeys nullKeys) implements Metric {
        public RepeatedKeyRows {
            keys = List.copyOf(keys);
            java.util.Objects.requireNonNull(nullKeys, "nullKeys must not be null");
        }

        /** Rows with a NULL in any key column are never repeated. */
        public RepeatedKeyRows(List<String> keys) {
            this(keys, NullKeys.IGNORE_ANY);
        }

        @Override
        public List<String> columns() {
            return keys;
        }

        @Override
        public String name() {
            return "repeated_key_rows(" + String.join(", ", keys) + ")" + (nullKeys == NullKeys.IGNORE_ANY ? "" : "[nulls " + nullKeys.key() + "]");
        }
    }

    /**
     * The sum of the date's non-NULL values of a numeric {@code column}, as a double: with the rows and the NULL
     * count of the column, the date's mean ({@code value_mean}) without a ratio in the scan.
     */
    record ValueSum(String column) implements Metric {
        public ValueSum {
            java.util.Objects.requireNonNull(column, "column must not be null");
        }

        @Override
        public List<String> columns() {
            return List.of(column);
        }

        @Override
        public String name() {
            return "value_sum(" + column + ")";
        }

        @Override
        public boolean isCount() {
            return false;
        }
    }

    static CountIf countIf(Predicate predicate) {
        return new CountIf(predicate);
    }

    static RowCount rowCount() {
        return new RowCount();
    }
}
